// An article's text for an export: the open document's, else the file's (the review layer reads it the same way for
// "checked before"); undefined when it cannot be read (the export then goes without line numbers).
import type * as vscode from 'vscode';

export { articleText } from '../review/articles';

/** The last part of a URI's path (the file name). */
export const nameOf = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

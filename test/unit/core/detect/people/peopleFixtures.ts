// The made-up stories of test/fixtures/people and the views of a detection their tests compare.
import fs from 'node:fs';
import path from 'node:path';
import { detectPeople } from '../../../../../src/core/detect/people';

export const fixture = (name: string): string => fs.readFileSync(path.resolve(__dirname, '../../../../fixtures/people', name), 'utf8');
/** Each mention as written, with the person it names. */
export const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);
/** Each mention as written. */
export const texts = (text: string): string[] => detectPeople(text).map(p => p.text);

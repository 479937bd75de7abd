// A name right before what a firm runs it as ("… wealth management unit", "… brokerage business", "the … label"):
// a firm's or a brand's name used as a noun's modifier, as a person's is not.
import { lazyPattern } from '../../text/lazyPattern';

/** The nouns of a unit a firm runs, each of which the tail's pattern needs. */
const UNIT_NOUN_SHAPE = /unit|division|subsidiary|business|label|brokerage/;
/**
 * After the name: up to three words of a line of business (none a verb: "Hale said the unit" is a person's), then a
 * unit's noun, then what ends a noun phrase (a stop or a comma, a verb, a preposition; not a noun the unit's word
 * qualifies: "business partner", "unit commander", "label boss").
 */
const UNIT_AFTER = lazyPattern(() => new RegExp(String.raw`^[ \t]{1,2}(?:(?:wealth|management|asset|private|retail|consumer|investment|banking|brokerage|insurance|lending|securities|fashion|luxury|beauty|software|payments)[ \t]{1,2}){0,3}(?:unit|division|subsidiary|business|label|brokerage)(?:[ \t]*[.,;:)]|[ \t]{1,2}(?:is|was|has|had|have|which|that|and|or|in|to|for|from|of|on|at|with|will|would|could|said|says|over|after|since|by|lost|gained|reported|rose|fell)(?![\p{L}'’-]))`, 'u'));

/** Whether the words after a name (`tail`, from the name's end) are a unit of a firm it names: " brokerage business over". */
export function businessUnitAfter(tail: string): boolean {
  return UNIT_NOUN_SHAPE.test(tail) && UNIT_AFTER().test(tail);
}

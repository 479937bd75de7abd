/** The US states as the wire services write them short after a town ("Fremont, Calif.", "Newark, N.J."), without their
 *  closing stop: the alternation of a regular expression. */
export const US_STATE_SHORT = String.raw`Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|W\.Va|Wyo`;

// Words that stand before a name and say "a person follows", but are never part of the name itself
// (the eval conventions: "President Zelensky" → "Zelensky"); and, at the end, the other words of people's roles, ranks
// and kin that single rules read. Lower case, without a trailing full stop.

/** Capitalised titles and honorifics written directly before a name: "Mr Smith", "Gen. Budanov", "Pope Francis". */
export const TITLES: readonly string[] = `
mr mrs ms miss mx messrs mmes dr doctor prof professor sir dame lord lady madame madam mme mlle monsieur herr frau signor signora
senor senora señor señora doña sheikh sheik imam rabbi rev reverend father fr brother sister cardinal archbishop bishop archdeacon canon vicar pope ayatollah mullah
patriarch archimandrite archpriest deacon abbot abbess mufti consul consul-general vice-consul
president vice-president premier chancellor minister secretary ambassador envoy governor gov mayor senator sen
representative rep congressman congresswoman assemblyman assemblywoman councillor councilman councilwoman
councilmember cllr alderman alderwoman speaker chairman chairwoman chair
councilor councilperson selectman selectwoman supervisor trustee freeholder
judge justice magistrate recorder prosecutor attorney sheriff inspector commissioner superintendent constable detective officer
coroner patrolman honorable plaintiff relator cji
det insp supt ch dci dsi ptl ptlm
king queen prince princess crown duke duchess earl count countess baron baroness emperor empress sultan emir shah tsar czar emeritus emerita
general gen lieutenant lt colonel col major maj captain capt commander cmdr cdr admiral adm sergeant sgt corporal cpl private pte
marshal brigadier brig commodore cmde ensign field-marshal lieutenant-general lieutenant-colonel major-general ldr rtd retd
coach manager skipper striker defender midfielder goalkeeper keeper forward winger batsman bowler
quarterback kicker punter linebacker cornerback pitcher
chief director chairperson ceo cfo
administrator treasurer comptroller ombudsman registrar principal provost rector secretary-general director-general
valedictorian salutatorian laureate
comrade citizen
pak bapak ibu datuk datin dato tun
shri smt shrimati swami maulana mawlana shaikh shaykh taoiseach alhaji alhaja hajiya hajia mallam gogo aling mang tánaiste tanaiste engr asec usec
barrister advocate cr hon barr cde ratu
garda gardai cathaoirleach leas
`.trim().split(/\s+/);

/** Lower-case role nouns that often stand right before a name: "striker Alan Shearer", "spokesman Nicholas Burns". */
export const ROLE_NOUNS: readonly string[] = `
president vice-president premier chancellor minister secretary ambassador envoy governor mayor senator congressman
democrat republican libertarian conservative socialist liberal communist tory nationalist separatist loyalist islamist
congresswoman lawmaker legislator deputy deputies mp parliamentarian diplomat official spokesman spokeswoman spokesperson
councilor councillor councilman councilwoman councilmember alderman alderwoman selectman selectwoman supervisor trustee commissioner member
chairman chairwoman chair director manager boss executive chief head founder owner president-elect leader
leaders candidate challenger rival opponent incumbent nominee
judge justice prosecutor lawyer attorney counsel defendant suspect witness
general commander colonel captain lieutenant sergeant officer soldier marshal admiral
coach trainer striker defender midfielder goalkeeper keeper forward winger fullback full-back centre-back sweeper
playmaker substitute kicker punter linebacker cornerback lineman tailback halfback captain skipper batsman batter bowler spinner off-spinner leg-spinner all-rounder opener wicketkeeper
wicket-keeper pitcher catcher shortstop outfielder infielder hitter quarterback rookie veteran champion titleholder
holder seed qualifier runner-up winner finalist pro golfer player players rider cyclist driver jockey swimmer sprinter
hurdler runner jumper thrower boxer fighter wrestler skater skier gymnast olympian paralympian teammate team-mate compatriot countryman
countrywoman
analyst economist strategist dealer trader broker stockbroker banker investor analysts economists
salesman saleswoman salesperson chartist actuary treasurer principal
writer author novelist poet journalist reporter correspondent editor columnist commentator photographer historian
scientist researcher professor doctor physician surgeon nurse engineer architect lawyer
actor actress singer musician guitarist drummer pianist violinist cellist violist bassist saxophonist trumpeter organist harpist flautist clarinettist clarinetist percussionist soprano mezzo-soprano contralto tenor baritone accompanist
composer conductor director producer artist painter sculptor dancer
star superstar legend supermodel
king queen prince princess monarch emperor dictator strongman warlord rebel militant guerrilla
priest bishop archbishop cardinal imam cleric rabbi pastor monk nun
father mother son daughter brother sister wife husband widow widower uncle aunt cousin nephew niece grandson
granddaughter grandfather grandmother fiancee fiance girlfriend boyfriend
mr mrs
businessman businesswoman tycoon magnate entrepreneur millionaire billionaire industrialist
activist dissident campaigner protester negotiator mediator adviser advisor aide assistant secretary-general
investigator inspector detective police policeman policewoman sheriff agent spy
student teacher pupil valedictorian salutatorian freshman sophomore dissident referee umpire linesman scrum-half fly-half half-back stand-off flanker lock prop
hooker number-eight centre wing fullback full-back back-rower hitman gunman hostage victim survivor veteran
passenger resident neighbour neighbor bystander onlooker eyewitness shopper commuter motorist pilot co-pilot firefighter paramedic
pensioner retiree tourist traveller traveler spectator mourner shopkeeper
labourer laborer heroine narrator protagonist orphan maid servant
lifeguard coastguard midwife janitor postman postwoman fisherman barista groundsman groundskeeper gamekeeper stewardess
librarian archivist dentist lecturer headteacher headmaster headmistress waitress bartender organiser electrician
plumber receptionist pharmacist caretaker carer chef volunteer promoter organizer bandmate parishioner churchgoer worshipper congregant classmate schoolmate roommate housemate flatmate
explorer astronaut cosmonaut aviator inventor philosopher physicist astronomer mountaineer adventurer
`.trim().split(/\s+/);

/** Name suffixes that belong to the name: "Martin Luther King Jr." */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv'];

/** What a firm is the manager, trader, broker or producer of, before that role noun: "the asset manager", "the oil
 *  trader", "a wine producer". */
export const FIRM_ROLE_NOUNS: readonly string[] = ['asset', 'assets', 'fund', 'funds', 'investment', 'wealth', 'money', 'portfolio', 'hedge',
  'oil', 'commodity', 'commodities', 'energy', 'property', 'grain', 'metals', 'currency', 'bond', 'equity', 'insurance',
  'crude', 'gas', 'coal', 'steel', 'power', 'electricity', 'wine', 'food', 'dairy', 'milk', 'cocoa', 'coffee', 'sugar',
  'cement', 'copper', 'gold', 'aluminium', 'aluminum', 'chemicals', 'fertiliser', 'fertilizer', 'chip', 'drug', 'vaccine'];

export const PEOPLE_WORDS: readonly string[] = ['man', 'woman', 'men', 'women', 'boy', 'girl', 'child', 'son', 'daughter', 'brother', 'sister',
  'father', 'mother', 'wife', 'husband', 'friend', 'fan', 'fans', 'player', 'partner', 'someone', 'anyone', 'everyone',
  'nobody', 'people', 'person', 'whoever'];

/** Titles only a living person holds in office or by courtesy, not ones streets and buildings are named with. */
export const PERSONAL_TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'senator', 'governor', 'mayor', 'judge',
  'coach', 'premier', 'chancellor', 'secretary', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'ambassador'];

/** Ranks that a named side, country or party has only in a person: "the England captain", not "the Serie A champion". */
export const PERSON_RANKS_AFTER_NAME: readonly string[] = ['captain', 'skipper', 'coach', 'manager', 'goalkeeper', 'striker', 'midfielder',
  'defender', 'winger', 'batsman', 'bowler', 'spinner', 'wicketkeeper', 'quarterback', 'pitcher', 'chairman',
  'chairwoman', 'spokesman', 'spokeswoman', 'mp', 'senator', 'governor', 'mayor', 'minister', 'ambassador', 'envoy',
  'president', 'prime', 'premier', 'chancellor'];

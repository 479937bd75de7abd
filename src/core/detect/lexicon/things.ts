// Word classes of things (goods, holdings, businesses and trades, buildings, vehicles, animals, places, what is named
// after a person) that tell a name's company, vehicle, animal, place or namesake from a person in the people detector.
// Lower case. Shipped in the word lists file
// (./handWrittenLists.ts), read through the lexicon (./index.ts).

/** What a company's name is followed by when it is the company: "Orchard's shares", "Orchard shares". */
export const BUSINESS_NOUNS: readonly string[] = `
shares share stock stocks stake stakes revenue revenues sales profit profits earnings
turnover dividend dividends shareholders stockholders investors customers subscribers users employees workforce staff
products product brand brands stores store outlets factory factories plant plants mill headquarters subsidiary
subsidiaries unit units division divisions ceo cfo chairman executives executive board directors spokesman spokeswoman
spokesperson app apps software devices device platform fleet aircraft plane planes jet jets airliner airliners flight
flights car cars vehicle vehicles truck trucks model models lineup portfolio operations rival rivals competitor
competitors merger takeover acquisition bid listing valuation debt bonds logo website phone phones smartphone smartphones
handset handsets tablet tablets laptop laptops console consoles chip chips engine engines drone drones freighter freighters
airliner tanker tankers shipyard shipyards creditors fund funds scooter scooters bike bikes bicycle bicycles motorcycle
motorcycles tractor tractors boat boats driver drivers rider riders pilot pilots vans buses lorries trams tyres tires range
`.trim().split(/\s+/);

/** What a person owns or has too: "Musk's shares", "Smith's car", "the senator's spokesman", "her rival". */
export const PERSONAL_HOLDINGS: readonly string[] = `
shares share stock stocks stake stakes brand brands store unit units executive staff
fleet aircraft plane planes jet jets car cars vehicle vehicles truck trucks model models rival rivals competitor
competitors bid debt bonds website logo spokesman spokeswoman spokesperson device portfolio phone phones smartphone
handset tablet laptop laptops scooter bike bicycle motorcycle tractor boat driver pilot
`.trim().split(/\s+/);

/** Of those, what a person has more often than a firm: "Jane Dunn's car", "her phone". */
export const BELONGINGS: readonly string[] = `
car cars phone phones smartphone handset tablet laptop laptops scooter bike bicycle motorcycle
boat
`.trim().split(/\s+/);

/** What an appositive says a company is: "Kestrel Dynamics, the drone maker", ", a unit of …". */
export const COMPANY_NOUNS: readonly string[] = `
company firm maker manufacturer producer retailer carrier airline group bank insurer lender
chipmaker automaker carmaker planemaker drugmaker shipbuilder toymaker steelmaker brewer label studio conglomerate giant subsidiary unit supplier operator developer publisher broadcaster
startup start-up brand chain business corporation broker brokerage contractor builder consortium consultancy
partnership imprint agency charity cooperative co-operative utility multinational wholesaler distributor exporter
importer housebuilder outsourcer provider
ship vessel tanker freighter ferry trawler liner yacht
`.trim().split(/\s+/);

/** What an appositive says a building or a works is: "the Whitmore Mill, a disused textile factory" (not a person's
 *  trade after it: "a factory worker", "a mill owner"). */
export const BUILDING_NOUNS: readonly string[] = `
factory mill plant building warehouse refinery brewery distillery foundry smelter
shipyard landmark
`.trim().split(/\s+/);

/** What an appositive says a vehicle is: "the Princess Lorna, a paddle steamer", ", a seaplane that …". */
export const VEHICLE_NOUNS: readonly string[] = `
steamer steamship locomotive seaplane aircraft airliner plane jet airship schooner
tug tugboat barge warship cruiser frigate destroyer submarine lifeboat icebreaker clipper sloop galleon catamaran
hovercraft spacecraft rocket dredger lander rover orbiter probe capsule boat robot
`.trim().split(/\s+/);

/** What an appositive says an animal is: "Lady Arden, a seven-year-old mare", ", a greyhound"; a zoo's or a wild one
 *  too, whose name is a person's as often: "Mabel, the baby hippo", "the grizzly Juniper". */
export const ANIMAL_NOUNS: readonly string[] = `
horse racehorse gelding mare colt filly stallion thoroughbred steeplechaser broodmare yearling greyhound hound dog puppy
hippo hippopotamus bear grizzly elephant whale orca gorilla panda giraffe lion tiger cat kitten otter penguin dolphin pig mascot
`.trim().split(/\s+/);

/** What is sold under a brand, by the piece: a food, a drink, its pack, the place that sells it. */
export const BRANDED_GOODS: readonly string[] = `
soda sodas cola colas drink drinks beverage juice beer lager cider whisky vodka coffee tea
pizza pizzas burger burgers sandwich sandwiches fries chips crisps cookie cookies biscuit biscuits cereal sauce ketchup
candy chocolate snack snacks yogurt noodles soup cake cakes pie pies donut donuts doughnut doughnuts bottle bottles can
cans carton cartons restaurant restaurants franchise franchises outlet outlets
`.trim().split(/\s+/);

/**
 * What only an organisation has or is part of, before "of", "for", "at" or "in" and the name: "shares of Dunmore
 * Kealy", "a spokeswoman for Ellery Vance", "a unit of …", "workers at …", "a stake in …".
 */
export const OWNED_BY_ORGANISATIONS: readonly string[] = `
shares stock stake stakes spokesman spokeswoman spokesperson unit units subsidiary
division divisions customers shareholders stockholders employees workers staff workforce ceo cfo headquarters plant
plants factory factories stores brand brands takeover acquisition merger engineers bankers traders dealers brokers
executives owner owners shareholder stockholder investor investors
`.trim().split(/\s+/);

/** What an appositive says a place is: "Tamar Char, an island in the bay", ", a village north of …". */
export const PLACE_NOUNS: readonly string[] = `
island islet village town city hamlet camp township settlement municipality suburb
enclave outpost oasis valley peninsula
`.trim().split(/\s+/);

/** What a firm is said to be, last word of the words between ", of" and its name: "wealth manager", "stockbroker". */
export const FIRM_DESCRIPTIONS: readonly string[] = `
manager managers specialist specialists firm company group bank broker brokers
brokerage stockbroker stockbrokers adviser advisers advisor advisors consultancy consultants consultant house insurer
lender fund funds solicitors accountants researchers analysts economists forecaster forecasters maker retailer
agency agents partnership planner planners provider trader traders boutique
`.trim().split(/\s+/);

/** What ends the name of a place or a body named after a person: "Ngozi Eze International Airport". */
export const NAMESAKE_NOUNS: readonly string[] = ['airport', 'hospital', 'university', 'college', 'school', 'academy', 'foundation', 'trust',
  'institute', 'prize', 'award', 'awards', 'medal', 'trophy', 'cup', 'stadium', 'arena', 'street', 'road', 'avenue', 'square',
  'bridge', 'act', 'memorial', 'centre', 'center', 'library', 'museum', 'hall', 'park', 'theatre', 'theater', 'station',
  'terminal', 'lecture', 'scholarship', 'fellowship', 'fund', 'endowment', 'clinic', 'infirmary', 'hospice', 'highway', 'boulevard', 'tower',
  // a venue's or a festival's stage named after someone ("the Anna Kessler Stage", "the Ada Vell Ballroom")
  'stage', 'ballroom', 'coliseum', 'auditorium', 'amphitheatre', 'amphitheater', 'playhouse', 'pavilion'];

/** Nouns of places and bodies that Romance languages (and French English) put before the name they take: "Universidad
 *  Diego Portales", "Circuit Gilles Villeneuve", "Stade Pierre Mauroy", "Avenida Paulista", "Alpe d'Huez". */
export const PLACE_NOUNS_BEFORE: readonly string[] = ['universidad', 'universidade', 'università', 'université', 'universitat', 'circuit',
  'circuito', 'stade', 'stadio', 'estadio', 'estádio', 'aeropuerto', 'aeroporto', 'aéroport', 'avenida', 'rue', 'calle',
  'via', 'viale', 'piazza', 'plaza', 'praça', 'praca', 'parc', 'parque', 'parco', 'alpe', 'puerto', 'instituto', 'institut',
  'istituto', 'colegio', 'collège', 'lycée', 'liceo', 'escuela', 'école', 'hôpital', 'fundación', 'fundação', 'fondation',
  'fondazione', 'teatro', 'théâtre', 'museo', 'musée', 'museu', 'biblioteca', 'bibliothèque', 'palazzo', 'palacio', 'palais',
  'estación', 'estação', 'gare', 'torre', 'ponte', 'puente', 'pont', 'paseo', 'rambla', 'boulevard', 'quai',
  // and other languages' streets, lakes and saints: "Jalan Sudirman", "Lough Corrib", "Agios Nikolaos", "Szent István"
  'jalan', 'lough', 'loch', 'agios', 'agia', 'ayios', 'szent', 'sankt', 'vila', 'rua', 'kampung',
  // and houses, restaurants and institutes French or German English keeps before a name: "Chez Odette", "Maison Kayser"
  'chez', 'maison', 'ristorante', 'trattoria', 'osteria', 'ospedale', 'klinikum', 'akademie', 'académie', 'hochschule',
  'politecnico', 'observatoire', 'observatorio',
  // (and galleries: "Galerie Kessler", "Galleria Ferri")
  'galerie', 'galería', 'galleria'];

/** Buildings and estates named after a person, in lower case after the name ("the Hannah Moore estate"). */
export const NAMED_PLACES: readonly string[] = ['estate', 'estates', 'building', 'centre', 'center', 'library', 'hall', 'school', 'academy',
  'hospital', 'clinic', 'stadium', 'bridge', 'tower', 'theatre', 'theater', 'museum', 'gallery', 'pavilion', 'campus', 'wing', 'ward',
  'pub', 'inn', 'hotel', 'mall', 'airport', 'terminal', 'prize', 'award', 'medal', 'trophy', 'telescope', 'observatory',
  'foundation', 'trust', 'fund', 'lecture', 'lectures', 'scholarship', 'fellowship',
  // (and places of worship: "the Al Noor mosque", "the Guru Nanak gurdwara")
  'mosque', 'masjid', 'church', 'chapel', 'cathedral', 'temple', 'synagogue', 'gurdwara', 'mandir', 'shrine'];

/** Trades firms are giants of: the word before "giant", or the last part of a hyphened one ("mortgage-finance giant"). */
export const GIANT_TRADES: readonly string[] = ['mortgage', 'finance', 'banking', 'bank', 'insurance', 'payments', 'oil', 'energy', 'retail',
  'tech', 'technology', 'software', 'chip', 'internet', 'e-commerce', 'commerce', 'media', 'telecoms', 'telecom',
  'pharmaceutical', 'pharma', 'drug', 'food', 'drinks', 'beverage', 'mining', 'shipping', 'chemicals', 'investment',
  'asset', 'grocery', 'supermarket', 'fashion', 'auto', 'consumer', 'crypto', 'search', 'lending', 'brokerage',
  // farm and metals trades: "meatpacking giant …", "agribusiness giant …", "copper giant …"
  'meatpacking', 'agribusiness', 'commodities', 'commodity', 'grain', 'fertiliser', 'fertilizer', 'dairy', 'meat', 'steel',
  'copper', 'aluminium', 'aluminum'];

/** Things, not firms, that a name may be given to: "a horse called Molly Brannagh". */
export const THINGS_CALLED: readonly string[] = ['horse', 'dog', 'cat', 'pony', 'boat', 'robot', 'app', 'tool', 'bot', 'chatbot', 'doll',
  'puppet', 'game', 'storm', 'virus', 'variant', 'engine', 'locomotive', 'train', 'plane', 'car', 'product', 'drink', 'dish',
  'cocktail', 'beer', 'wine', 'rose', 'variety', 'play', 'painting', 'sculpture', 'piece', 'poem', 'story', 'column', 'project',
  'chip', 'processor', 'model', 'device', 'system', 'software', 'feature', 'algorithm', 'rover', 'drone', 'vehicle', 'phone',
  'tablet', 'laptop', 'assistant', 'voice', 'font', 'typeface'];

/** The last words of WORK_NOUN_BEFORE (../people/works.ts): its nouns and its titles, in lower case. */
export const WORK_NOUN_ENDS: readonly string[] = ['film', 'films', 'movie', 'biopic', 'drama', 'novel', 'novella', 'musical', 'opera', 'sitcom',
  'documentary', 'docuseries', 'comedy', 'thriller', 'memoir', 'album', 'ballet', 'miniseries', 'masterpiece', 'blockbuster',
  'sequel', 'prequel', 'remake', 'mixtape', 'podcast', 'play', 'show', 'book', 'series', 'painting', 'song', 'single', 'classic',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'sir', 'lady', 'lord', 'dame', 'professor', 'captain', 'inspector', 'father',
  'sister', 'uncle', 'aunt'];

/** Words that end a source's or a body's name, never a person's. */
export const SOURCE_WORDS: readonly string[] = ['news', 'times', 'post', 'star', 'online', 'journal', 'herald', 'tribune', 'daily', 'magazine',
  'press', 'review', 'report', 'politics', 'radio', 'television', 'network', 'wire', 'agency', 'gazette', 'guardian',
  'telegraph', 'mail', 'express', 'observer', 'chronicle', 'today', 'weekly', 'blog', 'institute', 'foundation', 'party',
  'committee', 'council', 'association', 'university', 'group', 'proverb', 'saying'];

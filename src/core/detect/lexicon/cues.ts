// Context words around a capitalised sequence that argue for or against it naming a person. Lower case.

/** Verbs of saying and thinking that follow a person's name: "Budanov said", "Fidan told reporters". */
export const REPORTING_VERBS: readonly string[] = `
said says say told tells added adds stressed stresses noted notes warned warns insisted insists argued argues claimed
claims explained explains asked asks replied replies answered answers announced announces declared declares confirmed
confirms denied denies admitted admits acknowledged acknowledges suggested suggests believes believed thinks thought
wrote writes urged urges called calls criticised criticized criticises criticizes praised praises accused accuses
recalled recalls conceded concedes predicted predicts estimated estimates complained complains reported reports
commented comments responded responds agreed agrees disagreed vowed vows pledged pledges promised promises revealed
reveals hopes hoped feels felt wants wanted knows knew testified testifies quoted quipped
`.trim().split(/\s+/);

/** Verbs that, right after a name, mostly have a human subject: "Smith resigned", "Moody took six wickets". */
export const PERSON_VERBS: readonly string[] = `
resigned resigns died dies married marries testified was born met meets visited visits smiled laughed
scored scores struck strikes shot fired bowled batted took takes won wins beat beats lost loses finished finishes
retired retires played plays replaced replaces joined joins signed signs underwent
spoke speaks wept shouted whispered nodded sang sings danced dances teaches taught lectures preached prayed shrugged sighed
pitched homered singled belted bunted sprinted swam skated dribbled volleyed birdied bogeyed eagled carded putted
punched tackled fumbled
`.trim().split(/\s+/);

/**
 * Capitalised words that make a sequence an organisation, place, event or thing rather than a person. (The line of
 * sectors after "steelworks", also among CORPORATE_WORDS, holds nouns the generated vocabulary lacks, so that "Thales
 * Alenia Space" or "Brightwater Health" ended in a word read as a possible surname; the line after "real", the words
 * that open a club's name in much of Europe, which made a player's name of "Dynamo Kirsk" or "Hapoel Tarsa"; the line after
 * "grand prix", the words of a race's, a trophy's, a track's, a course's or a racing team's name, which made a person of
 * "Harlow Racecourse", "Silver Jug", "Dan Vost Racing", "Le Golf Royal" or the "Hurdle" of "Champion Hurdle".)
 */
export const NON_PERSON_NAME_WORDS: readonly string[] = `
inc corp corporation co company companies ltd limited plc llc llp ag sa nv gmbh bv spa group holdings holding industries bhd berhad tbk pty
international bank banks fund trust securities capital partners associates airlines airways motors motor systems
technologies technology software energy oil petroleum gas mining steel foods pharmaceuticals electric electronics
aircraft aerospace aviation computer computers dynamics devices instruments semiconductor semiconductors robotics labs
rail railway railroad transit freight construction engineering contractors air flight
laboratories studios pictures images photos records publishing publishers editions books entertainment networks brands stores logistics resources solutions
ventures enterprises management investments automotive chemicals materials therapeutics biosciences biotech building factory research tools
studies
equity inns pubs taverns farms dairies shipyard shipyards shipbuilders dockyard foundry distillery winery ironworks
steelworks glassworks pottery potteries
space defence defense health retail fashion beauty sports data digital renewables solar nuclear hydrogen commodities
ports tankers cargo footwear infrastructure rockets avionics optics photonics sensors components products tobacco dairy
poultry seafood agriculture fertilisers fertilizers assurance reinsurance payments wealth diagnostics genomics biologics
vaccines medicine imaging holidays supermarkets foodstores telecoms batteries bakeries brewers vineyards petrochemicals plantations forestry
fisheries toys appliances lithium uranium pipelines midstream memory microsystems pastoral pllc gumi onsen
telecom communications media news press times post herald journal tribune gazette chronicle telegraph courier standard
sentinel ledger enquirer advertiser
newsroom desk
municipal metropolitan municipality prefecture oblast governorate krai okrug côte constituency constituencies
chart charts peninsula ysgol coleg prifysgol
universitas universidade università universität université universitet uniwersytet
nueva nuevo salai marg veedhi chowk tbk persero berhad denizcilik sanayi
dataran keretapi angkatan majlis persatuan pertubuhan parti kementerian jabatan lembaga perbadanan bandaraya negara kota
sultanate bahini jatiya kartripakkha sangsad parishad sabha samiti unit units
bahru baru pulau lepas féin fein bandhan pongal navratri
siochana dáil eireann oireachtas all-ireland reo iwi hapu kokiri tangata whenua ora kotahi
highway freeway expressway motorway tollway turnpike midwest audio acoustics
telescope telescopes observatory observatories spacecraft probe lander orbiter satellite capsule mission missions
survey surveys assessment census inquiry audit period era epoch eon panel fire comet asteroid budget
inquirer examiner bulletin dispatch observer guardian mirror express globe agency exchange market markets index
agence agencia agenzia agentur presse prensa
daily weekly
ministry department office bureau agency commission committee board council assembly parliament congress senate house court
courts tribunal government administration authority authorities service services police army navy force forces guard
guards command brigade regiment battalion division corps militia front movement campaign party parties union alliance league
federation association society institute institution foundation organisation organization center centre
collective collectives cooperative cooperatives co-operative coalition syndicate
university college school elementary academy hospital hospice infirmary memorial clinic church mosque masjid synagogue gurdwara mandir temple cathedral museum library gallery theatre theater
vidyalaya bhavan bhawan equality
cemetery cemeteries crematorium mortuary mausoleum graveyard
duo quartet trio quintet orchestra ensemble choir philharmonic symphony chorus band brothers
club fc afc cf sc ac united city rovers wanderers athletic albion county town villa hotspur athletico atletico real
rangers warriors eagles
dynamo dinamo dynamos lokomotiv spartak sparta slavia slovan partizan hapoel maccabi beitar olimpija deportivo sportivo
borussia eintracht fortuna arminia alemannia torpedo zenit universitatea universidad independiente estudiantes stade steaua
inter fk nk sk ifk bk sv vfb vfl tsv kv cd ud
sporting olympique olympic olympics games cup championship championships tournament open trophy series grand prix
stakes hurdle hurdles handicap guineas steeplechase novices jug golf raceway speedway superspeedway racecourse racetrack velodrome motordrome racing motorsports motorsport
stadium arena park square street st road avenue fort ave boulevard blvd rd hwy lane drive crescent terrace mews parkway esplanade
promenade embankment quay wharf bridge tower palace castle hall cottage manor room rooms lounge airport airfield airstrip aerodrome airbase heliport seaport dockyard station port
stage ballroom coliseum auditorium amphitheatre amphitheater playhouse podcast
marae rūnanga runanga whare ngāti ngati ngāi tiriti cenotaph homestead secretariat framework gazeta
prison jail hotel motel terminal plaza mall pavilion estate refinery treasury treasuries bonds notes receipts hub ranch trail pass
harbour harbor island islands isles republic kingdom states state province region district county territory
north south east west northern southern eastern western central upper lower greater new saint san santa
mountains mountain mount mt river lake sea ocean gulf bay valley desert coast strait canal springs falls heights rapids
meadows palms gardens
war wars crisis accord accords treaty agreement pact act plan programme program project operation summit
doctrine initiative report declaration manifesto protocol amendment
conference forum festival jubilee awards award prize day week year
index dow nasdaq nikkei ftse dax cac hang seng
god allah jesus christ
hurricane typhoon cyclone tornado
internet web online tv radio
kibbutz moshav kfar kiryat ramat givat islamic jabhat harakat hizb jaish kataib liwa tahrir
legion auxiliary ordinance ordinances variance variances blotter blotters agenda renewal evaluation
`.trim().split(/\s+/);

/**
 * Words that end a company's name ("Kestrel Dynamics Corp.", "Harlow Aircraft"): the words before them name the same
 * company wherever else they stand in the article.
 */
export const CORPORATE_WORDS: readonly string[] = `
inc corp corporation co company ltd limited plc llc llp lp ag sa nv bv gmbh spa kk oyj asa ab holdings holding group bhd berhad tbk pty
industries airlines airways motors aircraft aerospace computer computers dynamics systems technologies electronics
pharmaceuticals devices instruments semiconductor labs laboratories studios networks brands stores logistics
enterprises automotive chemicals therapeutics turbines engines foods beverages pharma biotech robotics software
solutions securities partners investments ventures bancorp telecom telecommunications shipping railways paving
builders textiles petroleum marine air
realty properties insurance brewing brewery bakery hotels resorts cinemas apparel outfitters cosmetics healthcare
pharmacy analytics consulting advisors utilities trucking wireless metals research tools equity trading
inns pubs taverns restaurants farms dairies ferries buses coaches cruises freight haulage
water gas energy electric electricity broadband mobile
space defence defense health retail fashion beauty sports data digital renewables solar nuclear hydrogen commodities
ports tankers cargo footwear infrastructure rockets avionics optics photonics sensors components products tobacco dairy bio biosciences biologics genomics
poultry seafood agriculture fertilisers fertilizers assurance reinsurance payments wealth diagnostics genomics biologics
vaccines medicine imaging holidays supermarkets foodstores telecoms batteries bakeries brewers vineyards petrochemicals plantations forestry
fisheries toys appliances lithium uranium pipelines midstream memory semiconductors materials microsystems pastoral pllc gumi onsen
interactive verzekeringen versicherung versicherungen assicurazioni seguros gruppe gruppo grupo groupe banque
`.trim().split(/\s+/);

/** Capitalised words that are never a person's name in news text. */
export const NEVER_NAME_WORDS: readonly string[] = `
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
christmas easter ramadan eid hanukkah diwali passover thanksgiving
today tomorrow yesterday tonight copyright published
affairs relations operations
i i'm i've i'd i'll we you he she it they his her its their our my your this that these those there here
the a an and or but nor if then so yet not no yes der die das los las
reuters ap afp xinhua tass interfax bbc cnn nbc abc cbs
english french german spanish italian russian chinese japanese arabic
mr mrs ms dr
`.trim().split(/\s+/);

/** Lower-case words that, just before a capitalised sequence, make it a place or an organisation. */
export const PLACE_OR_ORG_LEADS: readonly string[] = `
the in at near outside inside across via throughout within
`.trim().split(/\s+/);

/**
 * Lower-case joiners inside names: "Ludwig van Beethoven", "Osama bin Laden", "Leonardo da Vinci", the Philippines'
 * "Juan dela Cruz", "Pedro delos Reyes", "Maria de los Santos", Welsh "Rhun ap Iorwerth"; and the Irish ones,
 * always capitalised, that open a surname: "Ó Ceallaigh", "Ní Dhomhnaill".
 */
export const NAME_PARTICLES: readonly string[] = `
van von der den de del della de la di da dos das du le la bin ibn bint binti binte bte al el ben ter zu abu y i wa ó ní nic uí
dela delos los las ap
`.trim().split(/\s+/);

/** Lower-case nouns that, right before a capitalised sequence, name what it is: "the daily Le Matin". */
export const ORGANISATION_NOUNS_BEFORE: readonly string[] = `
company companies firm group conglomerate subsidiary unit maker manufacturer producer retailer insurer lender
carmaker automaker chipmaker drugmaker planemaker shipbuilder toymaker steelmaker brewer miner
supplier distributor wholesaler exporter importer contractor consultancy housebuilder outsourcer
airline carrier operator chain brand label bank fund daily weekly newspaper paper magazine journal agency
broadcaster network channel station party movement organisation organization team club side outfit franchise league
airport stadium arena hotel prison hospital ship vessel tanker ferry liner frigate destroyer submarine yacht aircraft
village town city region province district port river mountain valley island peninsula suburb street avenue square
film movie book novel album song opera musical series show programme program operation exercise index
site website blog podcast outlet band bands choir orchestra ensemble
architects solicitors accountants auditors consultants auctioneers
brokerage brokerages dealership cooperative co-operative
brands labels
`.trim().split(/\s+/);

/** Lower-case nouns that, right after a capitalised sequence, name what it is: "Charles de Gaulle airport". */
export const ORGANISATION_NOUNS_AFTER: readonly string[] = `
daily weekly newspaper magazine agency television broadcaster channel website airport stadium arena hotel prison hospital university college school institute
group company corporation bank party club team province region district river mountain island bridge square port
area neighbourhood neighborhood suburb precinct
airline airlines shares share stock stocks index prize award trophy cup operation brand shares
flight flights jet jets plant factory headquarters campus subsidiary spokesman spokeswoman spokesperson
telescope probe spacecraft satellite capsule observatory lander consortium rover orbiter
member members people residents citizens court courts authorities officials police troops embassy economy border coast
laboratory laboratories mill mills refinery refineries brewery distillery shipyard foundry warehouse
bridges airports hospitals stadiums universities colleges schools hotels prisons tunnel tunnels
products beauty flavour flavours flavor flavors clothing clothes jeans handbags perfume perfumes fragrance fragrances boutique boutiques
`.trim().split(/\s+/);

// Given names from many cultures, written from general knowledge to widen the generated list (which leans
// English-speaking). Lower case. A given name followed by a capitalised word is strong evidence of a person.
export const EXTRA_GIVEN_NAMES: readonly string[] = `
maya gail bella kyrylo volodymyr oleksandr oleksiy olexander oleg olena oksana petro mykola mykhailo mykhaylo andriy andrii serhiy
serhii yuriy yurii vitaliy vitali taras bohdan dmytro denys yevhen ihor iryna yulia yuliya viktor valeriy vasyl
arseniy anatoliy volodimir ruslan rustem yaroslav stepan ostap maksym halyna tetiana nataliya kateryna liudmyla
vladimir dmitry dmitri sergei sergey alexei alexey aleksei aleksandr alexander mikhail nikolai nikolay yuri yury boris
igor ivan pavel pyotr anatoly gennady grigory vyacheslav valentina tatiana tatyana svetlana yelena elena olga natalya
lyudmila irina marina ksenia anastasia yevgeny evgeny yegor konstantin arkady leonid vitaly valery ramzan andrei
andrey maxim matvei rostislav stanislav vsevolod zurab eduard eduardo nursultan kassym-jomart islam hakan ahmet mehmet
mustafa kemal mevlut mevlüt binali bulent bülent ekrem devlet selahattin ali murat emre burak cem deniz ertugrul
ismail yusuf osman omer ömer suleyman süleyman abdullah fatih mohammed mohammad muhammad mohamed mohamad ahmad ahmed
mahmoud mahmud hassan hasan hussein husain hossein omar umar khalid khaled walid waleed tariq tarek salman faisal fahd
abdulaziz abdel abdul bashar hafez hosni anwar gamal jamal nasser yasser yasir saddam qusay uday ayman osama usama
ibrahim yousef youssef fatima aisha ayesha leila layla zainab mariam maryam nour rania hala samir sami rami karim
kareem nabil nabih hamad hamid abbas javad mohsen ebrahim ruhollah akbar masoud massoud benjamin binyamin yitzhak
shimon ehud ariel avigdor naftali yair moshe yosef david itamar tzipi golda shaul benny gideon uri narendra rahul
sonia indira rajiv manmohan atal krishna amit arvind mamata nitish sharad shashi pranab imran nawaz shehbaz benazir
asif pervez zulfikar bilawal yoon shinzo fumio yoshihide junichiro taro yukio naoto hiroshi takeshi akira kenji koji
emmanuel francois françois nicolas jacques lionel dominique jean jean-pierre jean-claude jean-marie jean-luc pierre
michel philippe alain bernard ségolène segolene marine laurent thierry didier olivier angela olaf gerhard helmut
wolfgang frank-walter annalena robert friedrich markus horst klaus jürgen jurgen joachim hans hans-dietrich karl-heinz
uwe dieter gunter günter manfred giorgia silvio matteo mario romano giuseppe sergio enrico massimo paolo giulio
umberto alessandro pedro pablo mariano jose josé luis javier santiago felipe carlos juan manuel andres andrés nicolás
hugo evo rafael lula luiz dilma jair cristina mauricio alberto gabriel gustavo ignacio joaquin joaquín alejandro
alfonso jorge diego fernando rodrigo ricardo raul raúl fidel ernesto jens ursula charles josep kaja mette sanna
jacinda justin theresa keir rishi liz tony gordon jeremy nigel nicola jacob cyril thabo nelson desmond julius emmerson
morgan uhuru william raila yoweri paul abiy isaias goodluck muhammadu olusegun bola ellen george kofi nana macky
abdoulaye alassane joseph felix félix denis idriss mahamat teodoro yahya salva riek ferdinand bongbong gloria joko
prabowo susilo megawati mahathir najib thaksin yingluck prayuth frank bill will ray rod art joy hope rose dawn cliff
dean earl gene jay max miles rich sandy ward dick penny robin holly al bud rusty jack mark grant pat rob dale glen
glenn carol drew ken lance lou luke nick pete ted terry wade victor doug ralph neil chuck bob rick walt ben sue stan
jimmy joe tom herb hank gus buck chip kit rocky skip sonny bunny dusty randy brad chad clay cole dane heath hunter
jake jude knox lane mason nash reed rhett ross roy troy ty vance wayne wes cody colt dallas devon dwight floyd gale
garth grady hal harvey irving lyle mack marty merle monty murray ned otis percy quincy rex rudy russ seth sid tad vern
virgil wally woody zack amber april autumn bonnie brandy candy carmen charity cherry chastity crystal daisy destiny
ebony faith fern ginger goldie grace hazel heather honey iris ivy jade jewel june lily mabel may melody mercy misty
olive opal pearl poppy ruby sable scarlett sierra skye summer sunny violet willow winter per ole jan lars nils sven
erik eric bjorn björn anders henrik fredrik mikael magnus mats stefan jonas johan thomas tomas morten mads rasmus
kasper niels søren soren torben ulf leif knut arne odd kjell jarl einar gunnar hakon haakon ingrid sigrid astrid liv
kari marit tove birgit karin ulla annika kees pim joost ruud dirk wim jaap henk piet klaas bram marco edwin frans
hendrik arjen rinus wesley patrick franz jörg joerg rudi rudolf kurt heinz ulrich uli berti sepp lothar matthias
andreas thorsten torsten oliver christoph christian holger rainer ralf volker wolfram gerd bernd hansi fritz gianluca
gianni gigi luca fabio fabrizio francesco roberto riccardo giovanni luigi pietro stefano andrea antonio vincenzo
salvatore claudio daniele dino filippo gennaro maurizio sandro walter ramon ramón jesus jesús miguel alvaro álvaro
iker xavi emilio enrique esteban francisco gonzalo guillermo hector héctor jaime julio leonardo lorenzo marcelo martin
martín mateo octavio oscar óscar ramiro rodolfo ruben rubén salvador tomás vicente joao joão paulo ronaldo romario
rivaldo bebeto zico socrates sócrates cafu dunga jairzinho ivica davor zvonimir goran dragan zoran slobodan vojislav
radovan ratko milan milos miloš dusan dušan predrag zeljko željko nikola luka marko stjepan franjo alija haris momcilo
biljana mirjana snezana lech aleksander aleksandra wojciech krzysztof tomasz piotr pawel paweł andrzej jerzy jacek
marek jaroslaw lukasz bogdan jiri jiří vaclav václav petr miroslav ladislav karel zdenek radek lubomir gyula laszlo
lászló istvan istván ferenc zoltan zoltán janos jános sandor sándor tibor gabor gábor attila ion ioan gheorghe nicolae
vasile traian emil adrian florin dan mircea ilie constantin petre hristo stoyan georgi dimitar todor zhivko nikos
giorgos yannis yiannis kostas konstantinos dimitris costas theodoros spyros alexis panagiotis vassilis levan mikheil
zviad ilham heydar serzh levon nikol askar almaz bakyt tansu turgut necmettin mesut arda tuncay ozan okan tolga tarkan
sezen muhammed mehmood mahmood shoaib shahid younis javed miandad ramiz zaheer rashid rashed ahsan raza naveed shahbaz
sachin sourav anil javagal venkatesh ravi sunil kapil dilip navjot ajay vinod manoj sanjay vijay rajesh ramesh suresh
mahesh ganesh dinesh rakesh mukesh prakash deepak amitabh shah rukh lal bihari narasimha deve gowda inder kumar
jaswant yashwant murli manohar chandra shekhar mulayam laloo lalu jayalalitha mayawati sitaram somnath jyoti priyanka
sanath aravinda arjuna asanka hashan romesh marvan mahela chandrika ranil mahinda gotabaya ratnasiri sheikh hasina
khaleda ziaur mujibur winnie steve chris mangosuthu pik frederik kwame jerry john ama akua yaw kwesi kojo sani umaru
yakubu moshood mko wole chinua fela jomo daniel mwai kalonzo joshua tendai idi milton mobutu sese etienne étienne
moise moïse jean-bertrand abdou leopold léopold pasteur juvenal juvénal boutros perez pérez ryutaro tomiichi morihiro
kiichi toshiki noboru yasuhiro masayoshi yohei hideo ichiro kazuo koichi makoto naoki satoshi shigeru takashi tetsuya
yoshio yuji yuki hiroki daisuke kazuyoshi akio keizo yoshiro ryu leo guy
priya aditya lakshmi pooja anjali neha rohit vikram nitin shreya divya ananya ashok pradeep ajit harish gaurav karan
arun meera rekha geeta radha vinay alok siddharth abhishek akash sushma smriti nirmala rajnath piyush uddhav devendra
hardik virat rishabh jasprit shubman ravindra cheteshwar ajinkya varun tarun pankaj sonal swati ritu rashmi sneha
pallavi aarti preeti deepika kareena aishwarya shilpa madhuri hema parveen farhan mehwish asad fawad babar shaheen
chinedu oluwaseun thandiwe sipho abebe nkosazana chidi emeka ngozi adwoa folasade tunde babajide segun chukwuemeka
obinna ifeanyi nnamdi chioma adaeze funmilayo yemi kemi tolu temitope ayodele kelechi uche amaka nneka zanele thulani
lindiwe nomvula bongani mpho lerato kagiso tshepo themba akosua kwabena kwaku efua abena wanjiru wambui njeri otieno
achieng eliud hellen mulugeta haile tirunesh kenenisa meseret genzebe tigist yohannes dawit selam mekdes fatou ousmane
ibrahima cheikh seydou boubacar
callum declan rhys euan ewan finlay lachlan hamish aoife saoirse orla cormac oisin oisín ruairi tadhg caoimhe roisin
róisín iolo seren cerys ffion bethan carys eleri dafydd emrys kirsty eilidh ailsa siân sian sinead sinéad
pádraig séamus eamon eamonn éamon dermot fergal colm cathal donal dónal grainne gráinne mairead máiréad aled bryn
gethin rhodri rhian lowri meirion siôn rhun warren
abba hauwa syed syeda sayed
`.trim().split(/\s+/);

/** Family names written first in Chinese, Korean and Vietnamese usage: "Xi Jinping", "Kim Jong-un", "Li Peng". */
export const FAMILY_NAMES_FIRST: readonly string[] = `
xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang song tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin qian qin
kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song moon
nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly
tan ng goh teo ong koh chua wong chan yeo tay toh quek seah chong leong lau loh yap kwok
`.trim().split(/\s+/);

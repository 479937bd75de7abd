// Given names from many cultures, written from general knowledge to widen the generated list (which leans
// English-speaking). Lower case. A given name followed by a capitalised word is strong evidence of a person.
// Only names the generated list (word-lists.txt's GIVEN_NAMES) lacks, sorted: the people detector joins the two in one
// set, so a name in both was shipped twice for nothing. Shipped in the word lists file (./handWrittenLists.ts).
export const EXTRA_GIVEN_NAMES: readonly string[] = `
aarti abba abbas abdou abdulaziz abebe abena abhishek abiy achieng adaeze aditya adwoa ahsan ailsa aishwarya ajay
ajinkya ajit akash akbar akio akosua akua al alassane aled alexey alija almaz alok ama amaka amitabh ananya andrii
andriy andrés anil anjali annalena aoife april aravinda arda arjen arjuna arkady arne arseniy art arun arvind asad
asanka ashok asif askar atal attila autumn avigdor ayman ayodele babajide babar bakyt bashar bebeto bella benazir
bernd berti bethan bihari bilawal bill binali binyamin birgit björn bohdan bola bongani bongbong boubacar boutros bram
brandy bryn bud bulent bunny burak bülent cafu callum candy caoimhe carys cathal cem cerys chandrika charity chastity
cheikh cherry cheteshwar chidi chinedu chinua chioma chip christian chukwuemeka cliff colm colt cormac costas crystal
dafydd daisuke daisy dallas dane davor dawit dawn dean declan deepika deniz denys dermot destiny deve devendra devlet
dick didier diego dilip dilma dimitar dino divya dmytro donal dunga dusan dusty dušan dónal eamon eamonn earl ebony
ebrahim efua ehud eilidh einar ekrem eleri eliud emeka emmerson emre emrys ertugrul euan evo ewan faisal faith farhan
fatih fatou fawad fela ferenc fergal fern ffion filippo finlay florin folasade franjo frank frank-walter frans franz
françois fumio funmilayo félix gabor gail gamal ganesh gaurav geeta gene gennady gennaro genzebe gerd gethin gheorghe
gianluca gianni gideon ginger giorgia giorgos giulio goodluck gotabaya gowda grainne grigory gráinne guy gyula gábor
günter haakon hafez haile hakan hakon halyna hamad hamid hamish hans-dietrich hansi hardik haris harish hashan hasina
hauwa hazel heinz hellen helmut hema henk herb heydar hideo hiroki hiroshi holger holly honey hope horst hosni hristo
hunter husain héctor ibrahima ichiro idi idriss ifeanyi ihor ilham ilie imran inder ioan iolo ion iris iryna islam
istvan istván itamar ivica ivy jaap jacek jade jair jairzinho jan janos jarl jaroslaw jasprit jaswant javad javagal
javed jay jayalalitha jean jean-bertrand jean-claude jean-luc jean-marie jean-pierre jerzy jesús jewel jiri jiří
joachim joaquín joerg joko jomo joost josep josé joy joão june junichiro jurgen juvenal juvénal jyoti jános jörg
jürgen kagiso kaja kalonzo kapil karan kareem kareena karel karl-heinz kasper kassym-jomart kateryna kazuo kazuyoshi
kees keizo kelechi kemal kemi kenenisa kenji khaleda kiichi kirsty kit kjell klaas knox knut kofi koichi koji kojo
konstantin konstantinos kostas krishna ksenia kumar kwabena kwaku kwame kwesi kyrylo lachlan ladislav lakshmi lal
laloo lalu lane lech leo lerato levan levon lily lindiwe liudmyla lothar lowri lubomir lukasz lyudmila lászló léopold
macky madhuri mahamat mahathir mahela mahinda mahmood mahmud mairead makoto maksym mamata mangosuthu manmohan manohar
manoj marek marine marit martín marvan masayoshi mason massimo massoud mats matvei maurizio max maxim may maya
mayawati meera megawati mehmood mehwish meirion mekdes melody mercy meseret mesut mette mevlut mevlüt miandad mikael
mikheil milan miles miloš mircea mirjana miroslav misty mko mobutu mohsen moise momcilo morihiro morten moshood moïse
mpho muhammadu mujibur mukesh mulayam mulugeta murat murli murray mwai mykhailo mykhaylo mykola máiréad nabih nabil
naftali najib nana naoki naoto narasimha narendra nash nasser nataliya naveed navjot nawaz necmettin neha ngozi
nicolae nicolás nikol nirmala nitin nitish njeri nkosazana nnamdi nneka noboru nomvula nursultan obinna odd oisin
oisín okan ole oleg oleksiy olena olexander olive olusegun oluwaseun opal orla ostap otieno ousmane ozan pallavi
panagiotis pankaj parveen pasteur pawel paweł pearl penny per perez pervez petre piet pik pim piyush pooja poppy
prabowo pradeep pranab prayuth predrag preeti priya priyanka pádraig pérez qusay radek radha radovan raila rajiv
rajnath rakesh ramesh rami ramiz ramzan ramón randy ranil rashed rashid rashmi ratko ratnasiri ravi ravindra ray raza
raúl reed rekha rex rhian rhodri rhun rhys rich riek rinus rishabh rishi ritu rivaldo robin rocky rod rohit roisin
romano romario romesh ronaldo rose rostislav ruairi ruby rubén rudi ruhollah rukh ruslan rustem rusty ruud ryu ryutaro
róisín sable sachin saddam salman salva salvador sanath sandor sandy sani sanna santiago saoirse sayed segolene segun
selahattin selam seren serhii serhiy serzh sese seydou sezen shah shahbaz shaheen sharad shashi shaul shehbaz sheikh
shekhar shigeru shilpa shimon shinzo shoaib shreya shubman sian siddharth sigrid sinead sinéad sipho sitaram siân siôn
smriti sneha socrates somnath sonal sonny sourav spyros stepan stjepan stoyan suleyman summer sunil sunny sushma
susilo svetlana swati syeda sándor séamus ségolène sócrates søren süleyman tad tadhg takashi takeshi tansu taras tarek
tariq tarkan taro tarun tatyana temitope tendai teodoro tetiana tetsuya thabo thaksin thandiwe themba theodoros
thierry thorsten thulani tibor tigist tirunesh todor tolga tolu tomiichi tomás torben torsten toshiki tove traian
tshepo tuncay tunde turgut tzipi uche uday uddhav uhuru ulf uli ulla umar umaru usama uwe vaclav valeriy varun vasile
vassilis vasyl venkatesh vijay vikram vinay vinod violet virat vitali vitaliy vitaly vojislav volker volodimir
vsevolod vyacheslav václav waleed walid wambui wanjiru ward warren will wim winter wole wolfram woody xavi yahya yair
yakubu yannis yashwant yasir yasser yasuhiro yaw yegor yemi yevhen yiannis yingluck yitzhak yohannes yohei yoon
yoshihide yoshio yoshiro younis yousef yoweri yuji yuki yukio yulia yuliya yurii zaheer zanele zdenek zeljko zhivko
ziaur zico zoltan zoltán zulfikar zurab zviad zvonimir álvaro éamon étienne óscar ömer željko
`.trim().split(/\s+/);

/** Family names written first in Chinese, Korean and Vietnamese usage: "Xi Jinping", "Kim Jong-un", "Li Peng". */
export const FAMILY_NAMES_FIRST: readonly string[] = `
xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang song tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin qian qin
kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song moon
nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly
tan ng goh teo ong koh chua wong chan yeo tay toh quek seah chong leong lau loh yap kwok
`.trim().split(/\s+/);

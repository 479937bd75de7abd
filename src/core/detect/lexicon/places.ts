// Places and nationalities common in world news that the generated list lacks. Lower case.
export const EXTRA_PLACE_NAMES: readonly string[] = `
kyiv kiev kharkiv kharkov odesa odessa lviv dnipro zaporizhzhia kherson mariupol donetsk luhansk crimea donbas bakhmut
moscow kremlin petersburg st. chechnya grozny dagestan belgorod kursk
ankara istanbul izmir tehran baghdad basra mosul damascus aleppo beirut amman riyadh jeddah doha dubai abu gaza
jerusalem tel aviv ramallah hebron cairo alexandria tripoli benghazi tunis algiers rabat khartoum
kabul kandahar islamabad karachi lahore delhi mumbai bombay calcutta kolkata madras chennai dhaka colombo kathmandu
beijing peking shanghai hong kong taipei taiwan seoul pyongyang tokyo osaka manila jakarta hanoi saigon bangkok
phnom penh rangoon yangon kuala lumpur singapore
washington london paris berlin bonn rome madrid lisbon brussels amsterdam vienna geneva zurich bern stockholm oslo
copenhagen helsinki warsaw prague budapest bucharest sofia belgrade zagreb sarajevo ljubljana athens dublin edinburgh
minsk vilnius riga tallinn tbilisi yerevan baku chisinau
munster leinster connacht ulster tipperary leitrim roscommon offaly waikato taranaki
nairobi lagos abuja johannesburg pretoria harare kinshasa kigali addis ababa mogadishu dakar accra
ottawa toronto montreal vancouver mexico havana caracas bogota lima quito santiago buenos aires brasilia rio sao paulo
europe asia africa america americas australia antarctica oceania balkans caucasus baltic scandinavia siberia
middle east west gulf pacific atlantic mediterranean arctic
ukraine russia turkey türkiye turkiye syria iraq iran israel palestine lebanon jordan egypt libya yemen oman qatar kuwait bahrain
britain england scotland wales ireland france germany spain italy portugal belgium netherlands holland switzerland
austria poland hungary romania bulgaria serbia croatia bosnia kosovo albania greece cyprus czech slovakia slovenia
belarus moldova georgia armenia azerbaijan kazakhstan uzbekistan
china japan korea india pakistan afghanistan bangladesh vietnam cambodia laos thailand malaysia indonesia philippines
canada brazil argentina chile peru colombia venezuela cuba nigeria kenya ethiopia somalia sudan congo rwanda uganda
zimbabwe zambia angola mozambique ghana senegal mali niger chad
u.s. us usa uk eu un nato
`.trim().split(/\s+/);

export const EXTRA_DEMONYMS: readonly string[] = `
ukrainian ukrainians russian russians turkish turk turks syrian iraqi iranian israeli palestinian lebanese jordanian
egyptian libyan yemeni saudi qatari kuwaiti emirati british briton britons english scottish welsh irish french german
germans spanish italian portuguese belgian dutch swiss austrian polish hungarian romanian bulgarian serbian serb serbs
croatian croat croats bosnian bosnians muslim muslims albanian greek cypriot czech slovak slovenian belarusian
moldovan georgian armenian azeri kazakh uzbek chinese japanese korean indian pakistani afghan bangladeshi vietnamese
cambodian thai malaysian indonesian filipino american americans canadian mexican brazilian argentine argentinian
chilean peruvian colombian venezuelan cuban nigerian kenyan ethiopian somali sudanese congolese rwandan ugandan
zimbabwean south african australian kiwi european asian african arab arabs western eastern soviet
lankan lankans zealander zealanders rican ricans leonean leoneans salvadoran salvadorans guinean guineans arabian verdean
timorese faroese marshallese herzegovinian kittitian vincentian
kurdish kurd kurds shi'ite shiite sunni catholic catholics protestant protestants christians muslims jews hindus sikhs protestant jewish hindu sikh buddhist
west indian indies maori pakeha
`.trim().split(/\s+/);

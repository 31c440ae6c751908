// Advice and planning cues in nine languages, written by a multilingual helper from
// general knowledge (never from a corpus): how colleagues ask for know-how, an opinion,
// permission or a plan ("kennt sich jemand mit", "par où commencer", "iemand verstand
// van", "is it worth"). Same format as `cueText`. The last 46 lines were added on 2026-12-07
// from general knowledge, in the kinds development misses showed ("is there a way", "how would
// you", "which method", "any ideas", in each language). The last 36 on 2026-12-08, in the kinds
// a fifth organisation's development corpus showed ("would love a", "where do we lose", "wer
// moderiert"); none is a plain call for help ("who can help"), which a fault report uses too.
extension TriageLexicon {
    static let adviceCueText = #"""
        de	idea	best practice für
        de	idea	darf man das
        de	idea	das muss doch besser gehen
        de	idea	dürfen wir
        de	idea	ein pilotprojekt
        de	idea	eure meinung zu
        de	idea	feedback zu meinem
        de	idea	geht das nicht einfacher
        de	idea	gibt es einen besseren weg
        de	idea	habt ihr tipps
        de	idea	hat jemand erfahrung mit
        de	idea	herausfinden warum
        de	idea	ich hätte eine idee
        de	idea	ich schlage vor
        de	idea	irgendwelche tipps
        de	idea	ist das signifikant
        de	idea	ist es erlaubt
        de	idea	ist es sinnvoll
        de	idea	kann mal jemand drüberschauen
        de	idea	kann mir jemand beim formulieren helfen
        de	idea	kennt sich jemand mit
        de	idea	könnten wir nicht
        de	idea	lohnt es sich
        de	idea	lohnt sich das
        de	idea	macht es sinn
        de	idea	möchte wissen wer
        de	idea	neu gestalten
        de	idea	suche jemanden der
        de	idea	vor- und nachteile
        de	idea	was empfiehlst du
        de	idea	was haltet ihr von
        de	idea	was hältst du davon
        de	idea	was müssen wir beachten
        de	idea	was wäre wenn wir
        de	idea	was würdet ihr empfehlen
        de	idea	welche pflichten
        de	idea	welches format sollte
        de	idea	welches tool würdet
        de	idea	wer kennt sich aus
        de	idea	wer könnte uns helfen
        de	idea	wie fangen wir an
        de	idea	wie geht man am besten
        de	idea	wie können wir messen
        de	idea	wie oft wird
        de	idea	wie sollten wir vorgehen
        de	idea	wie wäre es wenn wir
        de	idea	wie würdet ihr vorgehen
        de	idea	will wissen ob
        de	idea	wir denken darüber nach
        de	idea	wir möchten sehen
        de	idea	wir planen
        de	idea	wir wollen verbessern
        de	idea	wir würden gerne wissen
        de	idea	wir überlegen
        de	idea	wo fangen wir an
        de	idea	womit fange ich an
        de	idea	worauf sollten wir achten
        de	idea	wäre es besser
        de	idea	wäre es nicht besser
        de	idea	wäre es sinnvoll
        de	idea	zeit umzusteigen auf
        de	idea	zweite meinung
        en	idea	any advice on
        en	idea	any recommendations
        en	idea	any tips for
        en	idea	anyone familiar with
        en	idea	anyone have experience with
        en	idea	anyone with experience in
        en	idea	are we allowed to
        en	idea	best practice for
        en	idea	best way to approach
        en	idea	bounce an idea
        en	idea	could someone help me write
        en	idea	does it make sense to
        en	idea	feedback on my
        en	idea	how about we
        en	idea	how can we measure
        en	idea	how often do
        en	idea	how should we go about
        en	idea	how would you approach
        en	idea	i have an idea
        en	idea	i'd like to propose
        en	idea	is it ok to use
        en	idea	is it significant
        en	idea	is it worth
        en	idea	is it worth it
        en	idea	is there a smarter way
        en	idea	looking for someone who
        en	idea	pros and cons
        en	idea	sanity check
        en	idea	second pair of eyes
        en	idea	there must be a better way
        en	idea	thinking of a pilot
        en	idea	time to move to
        en	idea	to find out why
        en	idea	want to find out
        en	idea	want to know who
        en	idea	want to redesign
        en	idea	wants to know whether
        en	idea	we are planning to
        en	idea	we are thinking about
        en	idea	we want to improve
        en	idea	we'd like to see
        en	idea	we're planning to
        en	idea	we're thinking of
        en	idea	what do we need to consider
        en	idea	what do you recommend
        en	idea	what do you think about
        en	idea	what if we
        en	idea	what obligations
        en	idea	what should we keep in mind
        en	idea	what would you recommend
        en	idea	what's your opinion on
        en	idea	where do we start
        en	idea	where to start
        en	idea	which format should
        en	idea	which tool would
        en	idea	who could help us
        en	idea	who knows about
        en	idea	would it be better to
        en	idea	would it make sense
        en	idea	would like to understand
        en	idea	wouldn't it be better
        en	idea	your thoughts on
        es	idea	alguien con experiencia en
        es	idea	alguien entiende de
        es	idea	alguien ha trabajado con
        es	idea	alguien me ayuda a redactar
        es	idea	alguien sabe si conviene
        es	idea	algún consejo para
        es	idea	algún tip para
        es	idea	averiguar por qué
        es	idea	buenas prácticas para
        es	idea	busco a alguien que
        es	idea	con qué frecuencia
        es	idea	cuál es la mejor manera
        es	idea	cómo lo enfocarías
        es	idea	cómo lo plantearíais
        es	idea	cómo podemos medir
        es	idea	es hora de pasar a
        es	idea	es significativo
        es	idea	estamos pensando en
        es	idea	estamos planeando
        es	idea	está permitido
        es	idea	hacer un piloto
        es	idea	hay alguna forma más eficiente
        es	idea	lluvia de ideas
        es	idea	me das tu opinión
        es	idea	me gustaría entender
        es	idea	me gustaría proponer
        es	idea	merece la pena
        es	idea	no sería mejor
        es	idea	nos conviene
        es	idea	nos gustaría ver
        es	idea	podemos usar
        es	idea	por dónde empezamos
        es	idea	por dónde empiezo
        es	idea	propongo que
        es	idea	pros y contras
        es	idea	queremos mejorar
        es	idea	queremos rediseñar
        es	idea	queremos saber quién
        es	idea	quiere saber si
        es	idea	quién nos podría ayudar
        es	idea	quién sabe de
        es	idea	qué debemos considerar
        es	idea	qué formato debería
        es	idea	qué hay que tener en cuenta
        es	idea	qué herramienta sería
        es	idea	qué me recomiendas
        es	idea	qué obligaciones
        es	idea	qué opinas de
        es	idea	qué os parece
        es	idea	qué recomendarían
        es	idea	qué tal si
        es	idea	se me ocurrió
        es	idea	se puede usar
        es	idea	sería mejor
        es	idea	tendría sentido
        es	idea	tenemos pensado
        es	idea	tiene que haber una forma mejor
        es	idea	tiene sentido
        es	idea	una segunda opinión
        es	idea	vale la pena
        es	idea	y si hacemos
        fr	idea	a-t-on le droit
        fr	idea	avantages et inconvénients
        fr	idea	bonnes pratiques pour
        fr	idea	ce serait mieux de
        fr	idea	comment aborderiez-vous
        fr	idea	comment mesurer
        fr	idea	comment s'y prendre
        fr	idea	comprendre pourquoi
        fr	idea	des astuces pour
        fr	idea	des conseils pour
        fr	idea	des recommandations
        fr	idea	est-ce pertinent de
        fr	idea	est-ce qu'on a le droit de
        fr	idea	est-ce qu'on peut utiliser
        fr	idea	est-ce que ça a du sens
        fr	idea	est-ce que ça vaut le coup
        fr	idea	est-ce significatif
        fr	idea	et si on
        fr	idea	faire un brainstorming
        fr	idea	il doit y avoir un meilleur moyen
        fr	idea	il est temps de passer à
        fr	idea	il y a sûrement plus simple
        fr	idea	j'ai une idée
        fr	idea	je cherche quelqu'un qui
        fr	idea	je propose de
        fr	idea	je voudrais savoir qui
        fr	idea	ne serait-il pas mieux
        fr	idea	nous aimerions savoir
        fr	idea	nous envisageons de
        fr	idea	on aimerait voir
        fr	idea	on pense à un pilote
        fr	idea	on prévoit de
        fr	idea	on réfléchit à
        fr	idea	on voudrait améliorer
        fr	idea	par où commencer
        fr	idea	par où on commence
        fr	idea	pourquoi ne pas
        fr	idea	qu'en pensez-vous
        fr	idea	qu'est-ce qu'il faut prendre en compte
        fr	idea	que me conseillez-vous
        fr	idea	que recommanderiez-vous
        fr	idea	quel format faut-il
        fr	idea	quel outil serait
        fr	idea	quelle est la meilleure façon
        fr	idea	quelles obligations
        fr	idea	quelqu'un a de l'expérience
        fr	idea	quelqu'un a déjà fait
        fr	idea	quelqu'un pourrait m'aider à rédiger
        fr	idea	quelqu'un s'y connaît en
        fr	idea	qui pourrait nous aider
        fr	idea	qui s'y connaît
        fr	idea	refondre
        fr	idea	repenser
        fr	idea	savoir pourquoi
        fr	idea	un deuxième avis
        fr	idea	un regard extérieur
        fr	idea	veut savoir si
        fr	idea	votre avis sur
        fr	idea	vous en pensez quoi
        fr	idea	à quelle fréquence
        fr	idea	à quoi faut-il faire attention
        fr	idea	ça vaut la peine
        it	idea	a cosa bisogna fare attenzione
        it	idea	abbiamo in programma
        it	idea	avrebbe senso
        it	idea	brainstorming
        it	idea	buone pratiche per
        it	idea	capire perché
        it	idea	cerco qualcuno che
        it	idea	che formato dovrei
        it	idea	che ne dite se
        it	idea	che ne pensi
        it	idea	chi potrebbe aiutarci
        it	idea	chi se ne intende
        it	idea	ci deve essere un modo migliore
        it	idea	come lo imposteresti
        it	idea	come misurare
        it	idea	come potremmo
        it	idea	come procedere
        it	idea	cosa consiglieresti
        it	idea	cosa dobbiamo considerare
        it	idea	cosa mi consigliate
        it	idea	cosa ne pensate
        it	idea	da dove cominciare
        it	idea	da dove iniziamo
        it	idea	e se facessimo
        it	idea	ha senso
        it	idea	ho un'idea
        it	idea	ne vale la pena
        it	idea	non sarebbe meglio
        it	idea	possiamo usare
        it	idea	pro e contro
        it	idea	propongo di
        it	idea	qual è il modo migliore
        it	idea	qualche consiglio per
        it	idea	qualche dritta
        it	idea	qualcuno esperto di
        it	idea	qualcuno ha esperienza con
        it	idea	qualcuno mi aiuta a scrivere
        it	idea	qualcuno sa se conviene
        it	idea	qualcuno se ne intende
        it	idea	quale strumento
        it	idea	quali obblighi
        it	idea	quanto spesso
        it	idea	ripensare
        it	idea	sarebbe meglio
        it	idea	scoprire perché
        it	idea	si può usare
        it	idea	stiamo pensando di
        it	idea	stiamo pianificando
        it	idea	un parere su
        it	idea	un progetto pilota
        it	idea	un secondo parere
        it	idea	vale la pena
        it	idea	vogliamo ridisegnare
        it	idea	vogliamo sapere chi
        it	idea	vorrei capire
        it	idea	vorremmo migliorare
        it	idea	vorremmo vedere
        it	idea	vuole sapere se
        it	idea	è consentito
        it	idea	è ora di passare a
        it	idea	è significativo
        nl	idea	best practice voor
        nl	idea	brainstormen
        nl	idea	dat moet toch beter kunnen
        nl	idea	een pilot
        nl	idea	even meedenken
        nl	idea	even sparren
        nl	idea	heeft het zin om
        nl	idea	heeft iemand ervaring
        nl	idea	heeft iemand tips
        nl	idea	hoe kunnen we het beste
        nl	idea	hoe meten we
        nl	idea	hoe pak je dat aan
        nl	idea	hoe vaak wordt
        nl	idea	hoe zouden jullie dit aanpakken
        nl	idea	iemand ervaring met
        nl	idea	iemand verstand van
        nl	idea	ik heb een idee
        nl	idea	ik stel voor
        nl	idea	ik zoek iemand die
        nl	idea	is het de moeite waard
        nl	idea	is het niet handiger
        nl	idea	is het significant
        nl	idea	is het toegestaan
        nl	idea	is het zinvol om
        nl	idea	kan dat niet slimmer
        nl	idea	kan iemand me helpen formuleren
        nl	idea	loont het
        nl	idea	mag dat zomaar
        nl	idea	mag ik gebruiken
        nl	idea	tijd om over te stappen
        nl	idea	tips voor
        nl	idea	tweede mening
        nl	idea	uitzoeken waarom
        nl	idea	voor- en nadelen
        nl	idea	waar beginnen we
        nl	idea	waar moet ik beginnen
        nl	idea	waar moeten we op letten
        nl	idea	waar moeten we rekening mee houden
        nl	idea	wat als we
        nl	idea	wat is jullie mening
        nl	idea	wat raden jullie aan
        nl	idea	wat vinden jullie van
        nl	idea	wat zou je aanraden
        nl	idea	we denken erover na
        nl	idea	we overwegen
        nl	idea	we willen graag zien
        nl	idea	we willen verbeteren
        nl	idea	we zijn van plan
        nl	idea	welk formaat moet
        nl	idea	welke tool zou
        nl	idea	welke verplichtingen
        nl	idea	wie kan ons helpen
        nl	idea	wie weet er meer van
        nl	idea	wil graag begrijpen
        nl	idea	wil weten of
        nl	idea	willen herontwerpen
        nl	idea	willen weten wie
        nl	idea	zou het niet beter zijn
        nl	idea	zou het zinvol zijn
        pl	idea	a co jeśli
        pl	idea	burza mózgów
        pl	idea	byłoby lepiej
        pl	idea	chce wiedzieć czy
        pl	idea	chcemy przeprojektować
        pl	idea	chcemy usprawnić
        pl	idea	chcemy wiedzieć kto
        pl	idea	chciałbym zrozumieć
        pl	idea	chcielibyśmy zobaczyć
        pl	idea	co byście polecili
        pl	idea	co musimy wziąć pod uwagę
        pl	idea	co myślicie
        pl	idea	co polecasz
        pl	idea	co sądzicie o
        pl	idea	czas przejść na
        pl	idea	czy ma sens
        pl	idea	czy możemy używać
        pl	idea	czy nie byłoby lepiej
        pl	idea	czy to dozwolone
        pl	idea	czy to jest istotne
        pl	idea	czy to ma sens
        pl	idea	czy to się opłaca
        pl	idea	czy warto
        pl	idea	czy wolno nam
        pl	idea	dobre praktyki
        pl	idea	dobrze by było
        pl	idea	dowiedzieć się dlaczego
        pl	idea	druga para oczu
        pl	idea	istotne statystycznie
        pl	idea	jak byście do tego podeszli
        pl	idea	jak często
        pl	idea	jak możemy zmierzyć
        pl	idea	jak najlepiej
        pl	idea	jak się do tego zabrać
        pl	idea	jak zacząć
        pl	idea	jaki format powinien
        pl	idea	jakie narzędzie byłoby
        pl	idea	jakie obowiązki
        pl	idea	jakieś porady
        pl	idea	jakieś wskazówki
        pl	idea	kto mógłby nam pomóc
        pl	idea	kto się zna na
        pl	idea	ktoś ma doświadczenie z
        pl	idea	ktoś pomoże mi napisać
        pl	idea	ktoś się zna na
        pl	idea	ktoś z doświadczeniem w
        pl	idea	mam pomysł
        pl	idea	może byśmy
        pl	idea	musi być lepszy sposób
        pl	idea	myślimy o
        pl	idea	na co zwrócić uwagę
        pl	idea	od czego zacząć
        pl	idea	opinia na temat
        pl	idea	plusy i minusy
        pl	idea	proponuję
        pl	idea	szukam kogoś kto
        pl	idea	zastanawiamy się nad
        pt	idea	alguma dica
        pt	idea	alguém entende de
        pt	idea	alguém me ajuda a redigir
        pt	idea	alguém percebe de
        pt	idea	alguém tem experiência com
        pt	idea	boas práticas para
        pt	idea	brainstorming
        pt	idea	com que frequência
        pt	idea	como abordariam
        pt	idea	como devemos avançar
        pt	idea	como podemos medir
        pt	idea	compensa
        pt	idea	descobrir por que
        pt	idea	descobrir porquê
        pt	idea	deve haver um jeito melhor
        pt	idea	dicas para
        pt	idea	e se nós
        pt	idea	estamos a pensar em
        pt	idea	estamos a planear
        pt	idea	estamos pensando em
        pt	idea	estamos planejando
        pt	idea	está na hora de passar para
        pt	idea	faz sentido
        pt	idea	fazer um piloto
        pt	idea	gostaria de entender
        pt	idea	gostaria de perceber
        pt	idea	gostaríamos de ver
        pt	idea	não seria melhor
        pt	idea	o que acham de
        pt	idea	o que achas
        pt	idea	o que devemos ter em conta
        pt	idea	o que me aconselham
        pt	idea	o que precisamos considerar
        pt	idea	o que recomendam
        pt	idea	opinião sobre
        pt	idea	podemos usar
        pt	idea	por onde começamos
        pt	idea	por onde começar
        pt	idea	procuro alguém que
        pt	idea	proponho que
        pt	idea	prós e contras
        pt	idea	qual a melhor forma
        pt	idea	qual a melhor maneira
        pt	idea	que ferramenta seria
        pt	idea	que formato devo
        pt	idea	que obrigações
        pt	idea	que tal se
        pt	idea	quem nos pode ajudar
        pt	idea	quem sabe de
        pt	idea	quer saber se
        pt	idea	queremos melhorar
        pt	idea	queremos redesenhar
        pt	idea	queremos saber quem
        pt	idea	seria melhor
        pt	idea	tem de haver uma forma melhor
        pt	idea	tenho uma ideia
        pt	idea	uma segunda opinião
        pt	idea	vale a pena
        pt	idea	é permitido
        pt	idea	é significativo
        sv	idea	bolla en idé
        sv	idea	bästa praxis för
        sv	idea	dags att gå över till
        sv	idea	det måste finnas ett bättre sätt
        sv	idea	en second opinion
        sv	idea	ett andra par ögon
        sv	idea	ett pilotprojekt
        sv	idea	för- och nackdelar
        sv	idea	hur börjar vi
        sv	idea	hur gör man bäst
        sv	idea	hur kan vi mäta
        sv	idea	hur ofta
        sv	idea	hur ska vi lägga upp
        sv	idea	hur skulle ni gå tillväga
        sv	idea	jag föreslår
        sv	idea	jag har en idé
        sv	idea	kan någon hjälpa mig formulera
        sv	idea	lönar det sig
        sv	idea	någon som har erfarenhet av
        sv	idea	någon som kan mycket om
        sv	idea	någon som är insatt i
        sv	idea	några tips
        sv	idea	planerar att
        sv	idea	skulle det inte vara bättre
        sv	idea	söker någon som
        sv	idea	ta reda på varför
        sv	idea	tips på
        sv	idea	tänk om vi
        sv	idea	vad behöver vi tänka på
        sv	idea	vad rekommenderar ni
        sv	idea	vad ska vi tänka på
        sv	idea	vad skulle du rekommendera
        sv	idea	vad sägs om
        sv	idea	vad tycker du
        sv	idea	vad tycker ni om
        sv	idea	var börjar man
        sv	idea	vem kan hjälpa oss
        sv	idea	vem kan något om
        sv	idea	vi funderar på
        sv	idea	vi skulle vilja
        sv	idea	vi tänker på
        sv	idea	vi vill förbättra
        sv	idea	vi vill se
        sv	idea	vilka personer
        sv	idea	vilka skyldigheter
        sv	idea	vilket format ska
        sv	idea	vilket verktyg skulle
        sv	idea	vill förstå
        sv	idea	vill göra om
        sv	idea	vill veta om
        sv	idea	vill veta vem
        sv	idea	vore det bättre
        sv	idea	är det lönt
        sv	idea	är det okej att använda
        sv	idea	är det rimligt att
        sv	idea	är det signifikant
        sv	idea	är det tillåtet
        sv	idea	är det vettigt att
        sv	idea	är det värt att
        de	idea	gibt es einen weg
        de	idea	gibt es eine möglichkeit
        de	idea	ideen
        de	idea	wie würdet ihr
        de	idea	was würdet ihr
        de	idea	welche methode
        de	idea	wie gehen wir
        de	idea	wie sollten wir
        nl	idea	ideeën
        nl	idea	iemand ideeën
        nl	idea	hoe pakken we
        nl	idea	hoe zouden jullie
        nl	idea	welke methode
        nl	idea	heeft iemand ervaring
        fr	idea	y a-t-il un moyen
        fr	idea	comment faire pour
        fr	idea	quelqu'un sait faire
        fr	idea	je rêve d'
        fr	idea	qui peut nous aider à
        fr	idea	quelle méthode
        fr	idea	comment pourrait-on
        fr	idea	des idées
        es	idea	cómo podemos
        es	idea	qué método
        es	idea	alguna idea
        es	idea	ideas para
        it	idea	si può far
        it	idea	come possiamo
        it	idea	cosa usare
        it	idea	qualche idea
        it	idea	idee per
        it	idea	che metodo
        pt	idea	como podemos
        pt	idea	como tornamos
        pt	idea	alguma ideia
        pt	idea	ideias para
        sv	idea	hur bygger man
        sv	idea	hur gör man
        sv	idea	några idéer
        sv	idea	tips på
        pl	idea	jakieś pomysły
        pl	idea	macie pomysł
        en	idea	what's a fair way
        en	idea	is there a smarter way
        en	idea	how would you even
        en	idea	any method
        en	idea	what would you recommend
        en	idea	would love a
        en	idea	would love to
        en	idea	who builds
        en	idea	can someone write me
        en	idea	could someone write
        en	idea	how do we find out
        en	idea	where do we lose
        en	idea	who moderates
        en	idea	who could run a
        de	idea	wer moderiert
        de	idea	wie finden wir heraus
        de	idea	wo verlieren wir
        de	idea	wer baut
        de	idea	sollten wir
        fr	idea	comment savoir si
        fr	idea	on aimerait
        fr	idea	qui pourrait animer
        fr	idea	où perd-on
        it	idea	come capiamo
        it	idea	dove perdiamo
        it	idea	ci piacerebbe
        es	idea	cómo averiguamos
        es	idea	dónde perdemos
        es	idea	nos gustaría
        nl	idea	hoe komen we erachter
        nl	idea	waar verliezen we
        nl	idea	we willen graag
        sv	idea	hur tar vi reda på
        sv	idea	var tappar vi
        sv	idea	vi vill gärna
        pl	idea	chcielibyśmy
        pl	idea	gdzie tracimy
        pl	idea	jak się dowiedzieć
        pt	idea	onde perdemos
        pt	idea	gostaríamos de
        pt	idea	como descobrimos
        """#
}

// swift-format-ignore-file
// Generated from the glossary and intent cues written for HubBot (lang, kind or
// foreign word, phrase or English). Plain data: edit the lines, keep the tabs.

extension TriageLexicon {
    /// Function words per language, space-separated.
    static let stopWordText: [TriageLanguage: String] = [
        .english: """
            a an the and or but if so of to in on at by for with from into onto about as is are was were be been \
            between among amongst across within during through throughout toward towards around along behind beyond upon against often always exactly usually sometimes perhaps quite rather already anyway \
            being am do does did doing have has had having i me my mine we us our ours you your yours he him his she \
            her it its they them their this that these those there here what which who whom whose when where why how \
            all any some each every both few more most other such only own same than too very just also again still \
            yet now then once can could would should will shall may might must let lets get got getting gets go goes \
            going one ones anyone someone something anything thing things hi hello hey thanks thank please pls plz \
            guys all everyone folks ok okay yes yeah quick question today tomorrow yesterday morning afternoon \
            since since up out off over under again further im ive id youre were theyre its thats theres whats dont \
            cant wont isnt arent wasnt doesnt didnt hasnt havent shouldnt couldnt wouldnt not no nor know like want \
            wants need needs needed use using used make made way ways help helps helping someone somebody anybody \
            etc via per maybe really actually just kind sort lot lots bit little much many new way work
            """,
        .german: """
            der die das den dem des ein eine einer eines einem einen und oder aber wenn weil dass ob zu zum zur im \
            in an am auf aus bei mit nach von vor für über unter um durch gegen ohne ist sind war waren bin bist \
            sein hat habe haben hatte ich mich mir mein meine meinen meinem wir uns unser unsere ihr euch du dich \
            dir dein er sie es ihm ihn ihnen man dies diese dieser dieses da hier was wer wie wo warum wann welche \
            welcher welches kann können könnte konnte muss müssen soll sollte sollen will wollen würde wird werden \
            wurde auch noch schon nur sehr mal doch ja nein nicht kein keine keinen bitte danke hallo moin servus \
            hi jemand etwas alle heute morgen seit gerade immer wieder mehr so als wie bzw gibt geht gehen leute \
            kollegen frage
            """,
        .french: """
            le la les l un une des du de d et ou mais si que qui quoi quel quelle quels quelles dont où ce cet \
            cette ces c je j me m moi mon ma mes nous notre nos vous votre vos tu te t toi ton ta tes il elle ils \
            elles on lui leur leurs se s sa son ses y en au aux dans sur sous avec pour par chez sans entre vers \
            est sont était être ai as a avons avez ont avait fait faire peut peux pouvez pouvons puis pourrait \
            voudrais veux faut ne n pas plus rien personne quelqu quelqu un aussi encore déjà très bien merci \
            bonjour salut svp stp s il vous plaît depuis ce matin aujourd hui tout tous toute toutes comment \
            pourquoi quand est-ce qu
            """,
        .spanish: """
            el la los las lo un una unos unas y o pero si que qué quien quién cual cuál cuales donde dónde cuando \
            cuándo como cómo por para con sin sobre entre hasta desde de del al en es son era ser estar está \
            están estoy he ha han hemos hay tengo tiene tenemos yo me mi mis nosotros nos nuestro nuestra tu tú \
            te tus usted ustedes su sus él ella ellos ellas le les se este esta estos estas ese esa eso esto \
            muy más también ya todavía aún no nada alguien algo todo todos gracias hola buenos buenas días favor \
            puede puedo podemos podría quiero necesito hace desde hoy mañana porque
            """,
        .dutch: """
            de het een en of maar als dat die dit deze wat wie waar wanneer waarom hoe welke van in op aan met \
            voor bij naar uit over onder door om tot zonder is zijn was waren ben bent heb hebben heeft had ik \
            mij me mijn wij we ons onze jij je jou jouw u uw hij hem zijn zij ze haar hun er hier daar ook nog al \
            alleen zeer heel erg niet geen iemand iets alles alle bedankt dank hoi hallo goedemorgen graag kan \
            kunnen kun kunt zou zouden moet moeten wil willen wordt worden werd gaat sinds vandaag morgen even
            """,
        .italian: """
            il lo la i gli le un uno una e o ma se che chi cosa quale quali dove quando come perché di del della \
            dei delle degli dello da dal dalla in nel nella nei con su sul sulla per tra fra senza è sono era \
            essere ho hai ha abbiamo avete hanno io me mi mio mia miei noi ci nostro nostra tu ti tuo tua lei lui \
            loro si suo sua questo questa questi quello quella anche ancora già molto più non nessuno qualcuno \
            qualcosa tutto tutti grazie ciao buongiorno salve per favore può posso possiamo potrebbe vorrei \
            voglio serve da oggi domani stamattina
            """,
        .swedish: """
            och eller men om att som vad vem var när varför hur vilken vilket vilka en ett den det de dem denna \
            detta dessa av i på till från med för hos utan under över mellan är var varit vara har hade ha jag \
            mig min mitt mina vi oss vår vårt våra du dig din ditt han honom hon henne hans hennes deras sig \
            också redan bara mycket mer inte ingen inget någon något alla tack hej hallå kan kunna skulle ska vill \
            måste får sedan idag imorgon nu
            """,
        .portuguese: """
            o a os as um uma uns umas e ou mas se que quem qual quais onde quando como porque por para com sem \
            sobre entre até desde de do da dos das no na nos nas em ao aos é são era ser estar está estão estou \
            tem tenho temos eu me mim meu minha meus nós nosso nossa você vocês seu sua ele ela eles elas lhe \
            isso isto este esta esse essa muito mais também já ainda não nada alguém algo tudo todos obrigado \
            obrigada olá oi bom dia favor pode posso podemos poderia quero preciso hoje amanhã
            """,
        .polish: """
            ja mnie mi mną ty ciebie cię tobie ci tobą on jego go niego jemu mu nim ona jej niej ją nią ono \
            je my nas nam wy was wam oni one ich nich im się siebie sobie sobą mój moja moje mojego mojej \
            moim moją twój twoja twoje swój swoja swoje swojego nasz nasza nasze naszego ten ta to te tego \
            tej temu tym tą tę tych taki taka takie tak tu tutaj tam teraz wtedy tyle kto kogo komu kim co \
            czego czemu czym który która które którego której którym których którą którzy jaki jaka jakie \
            jakiego jakiej jakim jakich gdzie kiedy dlaczego ile coś czegoś jakiś jakaś jakieś każdy każda \
            każde każdego wszystko wszystkie wszystkich wszyscy cały cała całe całego inny inna inne sam \
            sama żaden żadna żadne nic nikt nigdy zawsze w we z ze na do od o po przy przez za pod nad \
            przed między bez dla u obok koło około wśród według poza podczas dzięki i a oraz lub albo ani \
            ale jednak więc bo ponieważ że żeby aby gdy jeśli jeżeli gdyby czyli także też również chociaż \
            choć niż jak dlatego tylko nawet czy no by niech właśnie chyba może pewnie raczej naprawdę aż \
            jeszcze już znowu znów wciąż nadal ciągle prawie bardzo trochę dość zbyt dziś dzisiaj wczoraj \
            jutro potem później wcześniej zaraz często czasem nagle ostatnio właściwie ogólnie ogóle jakoś \
            gdzieś kiedyś ok okej oczywiście niestety więcej mniej bardziej ponownie jestem jesteś jest \
            jesteśmy są byłem byłam był była było byli były będzie będę będą być byłoby bym mam masz ma \
            mamy mają miałem miałam miał miała miało mieć mogę możesz możemy mogą mógł mogła mogło mogli \
            chcę chce chcą chciałem chciałam chciał chciała chciałbym chciałabym chcieć muszę musi musiałem \
            musiałam trzeba został została zostało zostały cześć hej witam siema pozdrawiam dziękuję \
            dziękujemy serdecznie uprzejmie pani pan panie państwo np itp itd tzn sie juz moze wiec tez cos \
            jakis jakies ktory ktora ktore sa bedzie byc byl byla bylo moge moga mozesz chcialem chcialam \
            chcialbym chcialabym jesli zeby poniewaz rowniez takze wlasnie naprawde troche czesto wczesniej \
            pozniej wiecej dzis znow wciaz ciagle czesc dziekuje dzieki mna cie nia miedzy kazdy zaden caly \
            moj swoj mialem mialam maja musze zostal zostala kolo okolo jakos gdzies kiedys oczywiscie az \
            chociaz niz ktorego ktorej ktorych
            """,
    ]

    /// `lang<TAB>foreign word or phrase<TAB>English`: everyday IT and business words.
    static let glossaryText = #"""
de	drucker	printer
de	druckers	printer
de	druck	print
de	drucken	print
de	ausdruck	printout
de	ausdrucken	print
de	toner	toner
de	tonerkartusche	toner cartridge
de	druckerpatrone	ink cartridge
de	patrone	cartridge
de	papier	paper
de	papierstau	paper jam
de	bildschirm	screen
de	bildschirme	screens
de	monitor	monitor
de	tastatur	keyboard
de	maus	mouse
de	laptop	laptop
de	notebook	laptop
de	ladegerät	charger
de	ladekabel	charging cable
de	netzteil	power supply
de	akku	battery
de	batterie	battery
de	kennwort	password
de	passwort	password
de	konto	account
de	benutzerkonto	account
de	benutzername	username
de	zugangsdaten	credentials
de	anmeldung	login
de	anmelden	sign in
de	einloggen	log in
de	abmelden	sign out
de	gesperrt	locked
de	konto gesperrt	account locked
de	zugang	access
de	zugriff	access
de	berechtigung	permission
de	berechtigungen	permissions
de	zugriffsrechte	access rights
de	ordner	folder
de	laufwerk	drive
de	netzlaufwerk	network drive
de	freigabe	share
de	netzwerk	network
de	internet	internet
de	wlan	wifi
de	verbindung	connection
de	kabel	cable
de	netzwerkkabel	network cable
de	mail	mail
de	e-mail	email
de	mails	emails
de	postfach	mailbox
de	kalender	calendar
de	einladung	invitation
de	besprechung	meeting
de	meeting	meeting
de	termin	appointment
de	telefon	phone
de	handy	mobile phone
de	diensthandy	work phone
de	headset	headset
de	kopfhörer	headphones
de	mikrofon	microphone
de	ton	sound
de	lautsprecher	speaker
de	kamera	camera
de	software	software
de	programm	program
de	installieren	install
de	installation	installation
de	aktualisierung	update
de	update	update
de	lizenz	licence
de	lizenzen	licences
de	anwendung	application
de	app	app
de	absturz	crash
de	stürzt ab	crashes
de	abgestürzt	crashed
de	fehler	error
de	fehlermeldung	error message
de	langsam	slow
de	kaputt	broken
de	defekt	broken
de	geht nicht	not working
de	funktioniert nicht	not working
de	server	server
de	ausfall	outage
de	störung	outage
de	nicht erreichbar	unreachable
de	virus	virus
de	schadsoftware	malware
de	gehackt	hacked
de	phishing	phishing
de	gestohlen	stolen
de	diebstahl	theft
de	speicher voll	disk full
de	festplatte voll	disk full
de	festplatte	hard drive
de	speicherplatz	storage
de	speicher	storage
de	datensicherung	backup
de	sicherung	backup
de	wiederherstellen	restore
de	wiederherstellung	restore
de	datei	file
de	dateien	files
de	gelöscht	deleted
de	löschen	delete
de	beamer	projector
de	projektor	projector
de	raum	room
de	besprechungsraum	meeting room
de	konferenzraum	meeting room
de	scanner	scanner
de	scannen	scan
de	etikett	label
de	etiketten	labels
de	etikettendrucker	label printer
de	tablet	tablet
de	mobilgerät	mobile device
de	rechner	computer
de	computer	computer
de	arbeitsplatz	workstation
de	dockingstation	docking station
de	vpn	vpn
de	fernzugriff	remote access
de	homeoffice	remote work
de	zurücksetzen	reset
de	neustart	restart
de	usb-stick	usb stick
de	daten	data
de	datensatz	dataset
de	datensätze	datasets
de	analyse	analysis
de	auswertung	analysis
de	auswertungen	analyses
de	auswerten	analyse
de	analysieren	analyse
de	statistik	statistics
de	statistiken	statistics
de	umfrage	survey
de	befragung	survey
de	fragebogen	questionnaire
de	stichprobe	sample
de	regression	regression
de	prognose	forecast
de	prognosen	forecasts
de	vorhersage	prediction
de	nachfrage	demand
de	bedarf	demand
de	trend	trend
de	bericht	report
de	berichte	reports
de	berichtswesen	reporting
de	dashboard	dashboard
de	diagramm	chart
de	grafik	chart
de	karte	map
de	landkarte	map
de	route	route
de	routenplanung	route planning
de	kunde	customer
de	kunden	customers
de	prozess	process
de	prozesse	processes
de	ablauf	workflow
de	arbeitsablauf	workflow
de	automatisieren	automate
de	automatisierung	automation
de	manuell	manual
de	händisch	manual
de	von hand	by hand
de	repetitiv	repetitive
de	wiederkehrend	repetitive
de	idee	idea
de	ideen	ideas
de	projekt	project
de	projekte	projects
de	vorhaben	project
de	plan	plan
de	planung	planning
de	verbessern	improve
de	verbesserung	improvement
de	optimieren	optimise
de	vernetzung	networking
de	kontakte	network of people
de	ansprechpartner	contact person
de	zusammenarbeit	collaboration
de	team	team
de	abteilung	department
de	webseite	website
de	website	website
de	internetseite	website
de	datenbank	database
de	abfrage	query
de	modell	model
de	maschinelles lernen	machine learning
de	künstliche intelligenz	artificial intelligence
de	ki	ai
de	text	text
de	texte	texts
de	kommentare	comments
de	freitext	free text
de	rückmeldungen	feedback
de	feedback	feedback
de	stimmung	sentiment
de	stimmungsanalyse	sentiment analysis
de	barrierefreiheit	accessibility
de	barrierefrei	accessible
de	sicherheit	security
de	datenschutz	data protection
de	cloud	cloud
de	open source	open source
de	quelloffen	open source
de	schulung	training
de	weiterbildung	training
de	kurs	course
de	emissionen	emissions
de	co2-ausstoß	emissions
de	energie	energy
de	energieverbrauch	energy consumption
de	strom	electricity
de	stromverbrauch	electricity consumption
de	sensor	sensor
de	sensoren	sensors
de	temperatur	temperature
de	standort	location
de	adresse	address
de	adressen	addresses
de	tabelle	spreadsheet
de	kennzahl	metric
de	kennzahlen	metrics
de	visualisierung	visualisation
de	rat	advice
de	beratung	advice
de	tipp	tip
de	vorschlag	suggestion
de	machbarkeit	feasibility
de	pilotprojekt	pilot project
de	budget	budget
de	kosten	costs
de	umsatz	revenue
de	lager	warehouse
de	lagerbestand	inventory
de	bestellung	order
de	bestellungen	orders
de	lieferung	delivery
de	rechnung	invoice
de	mitarbeiter	employees
de	personal	staff
de	zeitreihe	time series
de	korrelation	correlation
de	durchschnitt	average
de	verteilung	distribution
de	antworten	responses
de	klassifikation	classification
de	geodaten	geodata
de	koordinaten	coordinates
de	verkehr	traffic
de	fahrzeug	vehicle
de	fahrzeuge	vehicles
de	wetter	weather
de	schnittstelle	interface
de	programmieren	programming
de	skript	script
de	werkzeug	tool
fr	imprimante	printer
fr	imprimer	print
fr	impression	printing
fr	toner	toner
fr	cartouche	cartridge
fr	cartouche d'encre	ink cartridge
fr	cartouche de toner	toner cartridge
fr	papier	paper
fr	bourrage papier	paper jam
fr	bourrage	paper jam
fr	écran	screen
fr	moniteur	monitor
fr	clavier	keyboard
fr	souris	mouse
fr	ordinateur portable	laptop
fr	portable	laptop
fr	pc portable	laptop
fr	chargeur	charger
fr	batterie	battery
fr	mot de passe	password
fr	mdp	password
fr	compte	account
fr	identifiant	username
fr	identifiants	credentials
fr	connexion	connection
fr	se connecter	sign in
fr	ouvrir une session	log in
fr	déconnexion	sign out
fr	bloqué	locked
fr	verrouillé	locked
fr	compte bloqué	account locked
fr	accès	access
fr	droits d'accès	access rights
fr	autorisation	permission
fr	droits	permissions
fr	dossier	folder
fr	lecteur	drive
fr	lecteur réseau	network drive
fr	partage	share
fr	dossier partagé	shared folder
fr	réseau	network
fr	internet	internet
fr	wifi	wifi
fr	wi-fi	wifi
fr	câble	cable
fr	câble réseau	network cable
fr	courriel	email
fr	mail	email
fr	e-mail	email
fr	messagerie	email
fr	boîte mail	mailbox
fr	boîte aux lettres	mailbox
fr	calendrier	calendar
fr	agenda	calendar
fr	invitation	invitation
fr	réunion	meeting
fr	rendez-vous	appointment
fr	téléphone	phone
fr	téléphone portable	mobile phone
fr	casque	headset
fr	micro	microphone
fr	microphone	microphone
fr	son	sound
fr	haut-parleur	speaker
fr	caméra	camera
fr	webcam	webcam
fr	logiciel	software
fr	programme	program
fr	application	app
fr	appli	app
fr	installer	install
fr	installation	installation
fr	mise à jour	update
fr	mettre à jour	update
fr	licence	licence
fr	plantage	crash
fr	plante	crashes
fr	planté	crashed
fr	erreur	error
fr	message d'erreur	error message
fr	lent	slow
fr	lente	slow
fr	cassé	broken
fr	en panne	broken
fr	panne	outage
fr	hors service	down
fr	serveur	server
fr	indisponible	unavailable
fr	coupure	outage
fr	virus	virus
fr	logiciel malveillant	malware
fr	piraté	hacked
fr	hameçonnage	phishing
fr	phishing	phishing
fr	volé	stolen
fr	vol	theft
fr	disque plein	disk full
fr	disque dur	hard drive
fr	stockage	storage
fr	espace disque	disk space
fr	sauvegarde	backup
fr	restaurer	restore
fr	restauration	restore
fr	fichier	file
fr	fichiers	files
fr	supprimé	deleted
fr	effacé	deleted
fr	supprimer	delete
fr	vidéoprojecteur	projector
fr	projecteur	projector
fr	salle	room
fr	salle de réunion	meeting room
fr	scanner	scanner
fr	numériser	scan
fr	étiquette	label
fr	étiquettes	labels
fr	imprimante d'étiquettes	label printer
fr	tablette	tablet
fr	mobile	mobile
fr	smartphone	smartphone
fr	ordinateur	computer
fr	poste de travail	workstation
fr	station d'accueil	docking station
fr	vpn	vpn
fr	accès à distance	remote access
fr	télétravail	remote work
fr	réinitialiser	reset
fr	redémarrer	restart
fr	clé usb	usb stick
fr	données	data
fr	jeu de données	dataset
fr	analyse	analysis
fr	analyser	analyse
fr	statistiques	statistics
fr	statistique	statistics
fr	enquête	survey
fr	sondage	survey
fr	questionnaire	questionnaire
fr	échantillon	sample
fr	régression	regression
fr	prévision	forecast
fr	prévisions	forecasts
fr	prédiction	prediction
fr	demande	demand
fr	tendance	trend
fr	tendances	trends
fr	rapport	report
fr	compte rendu	report
fr	reporting	reporting
fr	tableau de bord	dashboard
fr	graphique	chart
fr	carte	map
fr	itinéraire	route
fr	tournée	route
fr	client	customer
fr	clients	customers
fr	clientèle	customers
fr	processus	process
fr	flux de travail	workflow
fr	automatiser	automate
fr	automatisation	automation
fr	manuel	manual
fr	manuellement	manually
fr	à la main	by hand
fr	répétitif	repetitive
fr	répétitive	repetitive
fr	répétitives	repetitive
fr	idée	idea
fr	idées	ideas
fr	projet	project
fr	plan	plan
fr	planification	planning
fr	améliorer	improve
fr	amélioration	improvement
fr	optimiser	optimise
fr	réseau de contacts	network of people
fr	interlocuteur	contact person
fr	collaboration	collaboration
fr	équipe	team
fr	service	department
fr	département	department
fr	site web	website
fr	site internet	website
fr	base de données	database
fr	requête	query
fr	modèle	model
fr	apprentissage automatique	machine learning
fr	intelligence artificielle	artificial intelligence
fr	ia	ai
fr	texte	text
fr	textes	texts
fr	commentaires	comments
fr	retours	feedback
fr	avis	reviews
fr	sentiment	sentiment
fr	analyse de sentiment	sentiment analysis
fr	accessibilité	accessibility
fr	sécurité	security
fr	protection des données	data protection
fr	cloud	cloud
fr	nuage	cloud
fr	open source	open source
fr	logiciel libre	open source
fr	formation	training
fr	cours	course
fr	émissions	emissions
fr	énergie	energy
fr	consommation d'énergie	energy consumption
fr	électricité	electricity
fr	capteur	sensor
fr	capteurs	sensors
fr	température	temperature
fr	localisation	location
fr	emplacement	location
fr	adresse	address
fr	adresses	addresses
fr	tableur	spreadsheet
fr	indicateur	metric
fr	indicateurs	metrics
fr	kpi	kpi
fr	visualisation	visualisation
fr	conseil	advice
fr	conseils	advice
fr	suggestion	suggestion
fr	faisabilité	feasibility
fr	projet pilote	pilot project
fr	budget	budget
fr	coûts	costs
fr	chiffre d'affaires	revenue
fr	entrepôt	warehouse
fr	stock	inventory
fr	commande	order
fr	commandes	orders
fr	livraison	delivery
fr	facture	invoice
fr	employés	employees
fr	personnel	staff
fr	série temporelle	time series
fr	corrélation	correlation
fr	moyenne	average
fr	distribution	distribution
fr	réponses	responses
fr	classification	classification
fr	géodonnées	geodata
fr	coordonnées	coordinates
fr	trafic	traffic
fr	véhicule	vehicle
fr	véhicules	vehicles
fr	météo	weather
fr	interface	interface
fr	programmation	programming
fr	script	script
fr	outil	tool
fr	outils	tools
es	impresora	printer
es	imprimir	print
es	impresión	printing
es	tóner	toner
es	toner	toner
es	cartucho	cartridge
es	cartucho de tinta	ink cartridge
es	papel	paper
es	atasco de papel	paper jam
es	atasco	paper jam
es	pantalla	screen
es	monitor	monitor
es	teclado	keyboard
es	ratón	mouse
es	mouse	mouse
es	portátil	laptop
es	laptop	laptop
es	computadora portátil	laptop
es	cargador	charger
es	batería	battery
es	pila	battery
es	contraseña	password
es	clave	password
es	cuenta	account
es	usuario	user
es	iniciar sesión	sign in
es	inicio de sesión	login
es	acceder	log in
es	cerrar sesión	sign out
es	bloqueado	locked
es	bloqueada	locked
es	cuenta bloqueada	account locked
es	acceso	access
es	permiso	permission
es	permisos	permissions
es	carpeta	folder
es	unidad	drive
es	unidad de red	network drive
es	carpeta compartida	shared folder
es	compartir	share
es	red	network
es	internet	internet
es	wifi	wifi
es	conexión	connection
es	cable	cable
es	cable de red	network cable
es	correo	mail
es	correo electrónico	email
es	email	email
es	buzón	mailbox
es	bandeja de entrada	inbox
es	calendario	calendar
es	agenda	calendar
es	invitación	invitation
es	reunión	meeting
es	cita	appointment
es	teléfono	phone
es	móvil	mobile phone
es	celular	mobile phone
es	auriculares	headset
es	cascos	headset
es	micrófono	microphone
es	sonido	sound
es	audio	audio
es	altavoz	speaker
es	cámara	camera
es	webcam	webcam
es	software	software
es	programa	program
es	instalar	install
es	instalación	installation
es	actualización	update
es	actualizar	update
es	licencia	licence
es	aplicación	app
es	app	app
es	se cuelga	crashes
es	se bloquea	freezes
es	fallo	fault
es	error	error
es	mensaje de error	error message
es	lento	slow
es	lenta	slow
es	roto	broken
es	rota	broken
es	estropeado	broken
es	averiado	broken
es	avería	fault
es	no funciona	not working
es	servidor	server
es	caído	down
es	caída	outage
es	corte	outage
es	virus	virus
es	malware	malware
es	hackeado	hacked
es	pirateado	hacked
es	phishing	phishing
es	robado	stolen
es	robo	theft
es	disco lleno	disk full
es	disco duro	hard drive
es	almacenamiento	storage
es	espacio en disco	disk space
es	copia de seguridad	backup
es	respaldo	backup
es	restaurar	restore
es	recuperar	recover
es	archivo	file
es	fichero	file
es	archivos	files
es	borrado	deleted
es	eliminado	deleted
es	borrar	delete
es	proyector	projector
es	sala	room
es	sala de reuniones	meeting room
es	escáner	scanner
es	escanear	scan
es	etiqueta	label
es	etiquetas	labels
es	tableta	tablet
es	dispositivo móvil	mobile device
es	ordenador	computer
es	computadora	computer
es	puesto de trabajo	workstation
es	base de acoplamiento	docking station
es	vpn	vpn
es	acceso remoto	remote access
es	teletrabajo	remote work
es	restablecer	reset
es	reiniciar	restart
es	memoria usb	usb stick
es	datos	data
es	conjunto de datos	dataset
es	análisis	analysis
es	analizar	analyse
es	estadística	statistics
es	estadísticas	statistics
es	encuesta	survey
es	cuestionario	questionnaire
es	muestra	sample
es	regresión	regression
es	pronóstico	forecast
es	previsión	forecast
es	predicción	prediction
es	demanda	demand
es	tendencia	trend
es	tendencias	trends
es	informe	report
es	reporte	report
es	informes	reports
es	panel	dashboard
es	cuadro de mando	dashboard
es	gráfico	chart
es	mapa	map
es	ruta	route
es	cliente	customer
es	clientes	customers
es	proceso	process
es	procesos	processes
es	flujo de trabajo	workflow
es	automatizar	automate
es	automatización	automation
es	manual	manual
es	manualmente	manually
es	a mano	by hand
es	repetitivo	repetitive
es	repetitiva	repetitive
es	repetitivas	repetitive
es	idea	idea
es	ideas	ideas
es	proyecto	project
es	plan	plan
es	planificación	planning
es	mejorar	improve
es	mejora	improvement
es	optimizar	optimise
es	red de contactos	network of people
es	contacto	contact person
es	colaboración	collaboration
es	equipo	team
es	departamento	department
es	área	department
es	sitio web	website
es	página web	website
es	web	website
es	base de datos	database
es	consulta	query
es	modelo	model
es	aprendizaje automático	machine learning
es	inteligencia artificial	artificial intelligence
es	ia	ai
es	texto	text
es	textos	texts
es	comentarios	comments
es	opiniones	reviews
es	sentimiento	sentiment
es	análisis de sentimiento	sentiment analysis
es	accesibilidad	accessibility
es	seguridad	security
es	protección de datos	data protection
es	nube	cloud
es	código abierto	open source
es	formación	training
es	capacitación	training
es	curso	course
es	emisiones	emissions
es	energía	energy
es	consumo energético	energy consumption
es	electricidad	electricity
es	sensor	sensor
es	sensores	sensors
es	temperatura	temperature
es	ubicación	location
es	localización	location
es	dirección	address
es	direcciones	addresses
es	hoja de cálculo	spreadsheet
es	indicador	metric
es	indicadores	metrics
es	visualización	visualisation
es	consejo	advice
es	asesoramiento	advice
es	sugerencia	suggestion
es	viabilidad	feasibility
es	proyecto piloto	pilot project
es	presupuesto	budget
es	costes	costs
es	costos	costs
es	ingresos	revenue
es	ventas	sales
es	almacén	warehouse
es	inventario	inventory
es	pedido	order
es	pedidos	orders
es	entrega	delivery
es	factura	invoice
es	empleados	employees
es	personal	staff
es	serie temporal	time series
es	correlación	correlation
es	promedio	average
es	media	average
es	distribución	distribution
es	respuestas	responses
es	clasificación	classification
es	coordenadas	coordinates
es	tráfico	traffic
es	vehículo	vehicle
es	vehículos	vehicles
es	clima	weather
es	interfaz	interface
es	programación	programming
es	script	script
es	herramienta	tool
es	herramientas	tools
nl	printer	printer
nl	printen	print
nl	afdrukken	print
nl	afdruk	printout
nl	toner	toner
nl	cartridge	cartridge
nl	inktpatroon	ink cartridge
nl	papier	paper
nl	papierstoring	paper jam
nl	vastgelopen papier	paper jam
nl	scherm	screen
nl	beeldscherm	screen
nl	monitor	monitor
nl	toetsenbord	keyboard
nl	muis	mouse
nl	laptop	laptop
nl	oplader	charger
nl	lader	charger
nl	adapter	power adapter
nl	accu	battery
nl	batterij	battery
nl	wachtwoord	password
nl	account	account
nl	gebruikersnaam	username
nl	inloggen	log in
nl	aanmelden	sign in
nl	aanmelding	login
nl	uitloggen	sign out
nl	afmelden	sign out
nl	geblokkeerd	locked
nl	vergrendeld	locked
nl	account geblokkeerd	account locked
nl	toegang	access
nl	toegangsrechten	access rights
nl	rechten	permissions
nl	machtiging	permission
nl	bevoegdheid	permission
nl	map	folder
nl	schijf	drive
nl	netwerkschijf	network drive
nl	gedeelde map	shared folder
nl	share	share
nl	netwerk	network
nl	internet	internet
nl	wifi	wifi
nl	verbinding	connection
nl	kabel	cable
nl	netwerkkabel	network cable
nl	mail	mail
nl	e-mail	email
nl	mailbox	mailbox
nl	postvak	mailbox
nl	inbox	inbox
nl	agenda	calendar
nl	kalender	calendar
nl	uitnodiging	invitation
nl	vergadering	meeting
nl	overleg	meeting
nl	afspraak	appointment
nl	telefoon	phone
nl	mobiel	mobile phone
nl	mobieltje	mobile phone
nl	headset	headset
nl	koptelefoon	headphones
nl	microfoon	microphone
nl	geluid	sound
nl	speaker	speaker
nl	luidspreker	speaker
nl	camera	camera
nl	webcam	webcam
nl	software	software
nl	programma	program
nl	installeren	install
nl	installatie	installation
nl	update	update
nl	bijwerken	update
nl	licentie	licence
nl	applicatie	application
nl	app	app
nl	crash	crash
nl	crasht	crashes
nl	loopt vast	freezes
nl	vastgelopen	frozen
nl	fout	error
nl	foutmelding	error message
nl	traag	slow
nl	langzaam	slow
nl	kapot	broken
nl	stuk	broken
nl	defect	broken
nl	werkt niet	not working
nl	server	server
nl	storing	outage
nl	uitval	outage
nl	onbereikbaar	unreachable
nl	plat	down
nl	virus	virus
nl	malware	malware
nl	gehackt	hacked
nl	phishing	phishing
nl	gestolen	stolen
nl	diefstal	theft
nl	schijf vol	disk full
nl	harde schijf	hard drive
nl	opslag	storage
nl	opslagruimte	storage
nl	schijfruimte	disk space
nl	back-up	backup
nl	backup	backup
nl	herstellen	restore
nl	terugzetten	restore
nl	bestand	file
nl	bestanden	files
nl	verwijderd	deleted
nl	gewist	deleted
nl	verwijderen	delete
nl	beamer	projector
nl	projector	projector
nl	ruimte	room
nl	zaal	room
nl	vergaderruimte	meeting room
nl	vergaderzaal	meeting room
nl	scanner	scanner
nl	scannen	scan
nl	label	label
nl	etiket	label
nl	labelprinter	label printer
nl	tablet	tablet
nl	mobiel apparaat	mobile device
nl	computer	computer
nl	pc	computer
nl	werkplek	workstation
nl	dockingstation	docking station
nl	vpn	vpn
nl	thuiswerken	remote work
nl	resetten	reset
nl	opnieuw opstarten	restart
nl	usb-stick	usb stick
nl	gegevens	data
nl	data	data
nl	dataset	dataset
nl	analyse	analysis
nl	analyseren	analyse
nl	statistiek	statistics
nl	statistieken	statistics
nl	enquête	survey
nl	vragenlijst	questionnaire
nl	steekproef	sample
nl	regressie	regression
nl	prognose	forecast
nl	voorspelling	prediction
nl	voorspellen	predict
nl	vraagvoorspelling	demand forecast
nl	trend	trend
nl	trends	trends
nl	rapport	report
nl	rapportage	reporting
nl	verslag	report
nl	dashboard	dashboard
nl	grafiek	chart
nl	kaart	map
nl	landkaart	map
nl	route	route
nl	routeplanning	route planning
nl	klant	customer
nl	klanten	customers
nl	proces	process
nl	processen	processes
nl	werkproces	workflow
nl	workflow	workflow
nl	automatiseren	automate
nl	automatisering	automation
nl	handmatig	manual
nl	met de hand	by hand
nl	repetitief	repetitive
nl	herhalend	repetitive
nl	idee	idea
nl	ideeën	ideas
nl	project	project
nl	plan	plan
nl	planning	planning
nl	verbeteren	improve
nl	verbetering	improvement
nl	optimaliseren	optimise
nl	netwerk van mensen	network of people
nl	aanspreekpunt	contact person
nl	contactpersoon	contact person
nl	samenwerking	collaboration
nl	samenwerken	collaborate
nl	team	team
nl	afdeling	department
nl	website	website
nl	webpagina	web page
nl	databank	database
nl	database	database
nl	query	query
nl	zoekopdracht	query
nl	model	model
nl	machine learning	machine learning
nl	machinaal leren	machine learning
nl	kunstmatige intelligentie	artificial intelligence
nl	ai	ai
nl	tekst	text
nl	teksten	texts
nl	opmerkingen	comments
nl	reacties	comments
nl	feedback	feedback
nl	sentiment	sentiment
nl	sentimentanalyse	sentiment analysis
nl	toegankelijkheid	accessibility
nl	beveiliging	security
nl	privacy	privacy
nl	gegevensbescherming	data protection
nl	cloud	cloud
nl	open source	open source
nl	opleiding	training
nl	training	training
nl	cursus	course
nl	uitstoot	emissions
nl	emissies	emissions
nl	co2-uitstoot	emissions
nl	energie	energy
nl	energieverbruik	energy consumption
nl	stroom	electricity
nl	elektriciteit	electricity
nl	sensor	sensor
nl	sensoren	sensors
nl	temperatuur	temperature
nl	locatie	location
nl	adres	address
nl	adressen	addresses
nl	spreadsheet	spreadsheet
nl	rekenblad	spreadsheet
nl	kengetal	metric
nl	kpi	kpi
nl	visualisatie	visualisation
nl	advies	advice
nl	tip	tip
nl	voorstel	suggestion
nl	haalbaarheid	feasibility
nl	pilot	pilot
nl	proefproject	pilot project
nl	budget	budget
nl	kosten	costs
nl	omzet	revenue
nl	magazijn	warehouse
nl	voorraad	inventory
nl	bestelling	order
nl	bestellingen	orders
nl	levering	delivery
nl	factuur	invoice
nl	medewerkers	employees
nl	personeel	staff
nl	tijdreeks	time series
nl	correlatie	correlation
nl	gemiddelde	average
nl	verdeling	distribution
nl	antwoorden	responses
nl	classificatie	classification
nl	coördinaten	coordinates
nl	verkeer	traffic
nl	voertuig	vehicle
nl	voertuigen	vehicles
nl	weerdata	weather data
nl	interface	interface
nl	koppeling	integration
nl	programmeren	programming
nl	script	script
nl	tool	tool
nl	hulpmiddel	tool
it	stampante	printer
it	stampanti	printers
it	stampare	print
it	stampa	printing
it	toner	toner
it	cartuccia	cartridge
it	cartucce	cartridges
it	carta	paper
it	inceppamento	paper jam
it	carta inceppata	paper jam
it	schermo	screen
it	monitor	monitor
it	tastiera	keyboard
it	mouse	mouse
it	portatile	laptop
it	computer portatile	laptop
it	caricatore	charger
it	alimentatore	power supply
it	batteria	battery
it	password	password
it	credenziali	credentials
it	account	account
it	utenza	account
it	nome utente	username
it	accesso	access
it	accedere	log in
it	login	login
it	effettuare l'accesso	sign in
it	disconnettersi	sign out
it	bloccato	locked
it	bloccata	locked
it	account bloccato	account locked
it	autorizzazione	permission
it	permessi	permissions
it	diritti di accesso	access rights
it	cartella	folder
it	unità	drive
it	unità di rete	network drive
it	cartella condivisa	shared folder
it	condivisione	share
it	rete	network
it	internet	internet
it	wifi	wifi
it	connessione	connection
it	cavo	cable
it	cavo di rete	network cable
it	posta	mail
it	posta elettronica	email
it	mail	email
it	email	email
it	casella di posta	mailbox
it	casella	mailbox
it	calendario	calendar
it	agenda	calendar
it	invito	invitation
it	riunione	meeting
it	appuntamento	appointment
it	telefono	phone
it	cellulare	mobile phone
it	telefonino	mobile phone
it	cuffie	headset
it	cuffia	headset
it	microfono	microphone
it	audio	sound
it	suono	sound
it	altoparlante	speaker
it	casse	speakers
it	fotocamera	camera
it	telecamera	camera
it	webcam	webcam
it	software	software
it	programma	program
it	installare	install
it	installazione	installation
it	aggiornamento	update
it	aggiornare	update
it	licenza	licence
it	applicazione	application
it	app	app
it	crash	crash
it	si blocca	freezes
it	si chiude	closes
it	errore	error
it	messaggio di errore	error message
it	lento	slow
it	lenta	slow
it	rotto	broken
it	rotta	broken
it	guasto	broken
it	non funziona	not working
it	server	server
it	disservizio	outage
it	interruzione	outage
it	irraggiungibile	unreachable
it	virus	virus
it	malware	malware
it	hackerato	hacked
it	violato	hacked
it	phishing	phishing
it	rubato	stolen
it	furto	theft
it	disco pieno	disk full
it	memoria piena	storage full
it	disco rigido	hard drive
it	spazio su disco	disk space
it	archiviazione	storage
it	backup	backup
it	copia di sicurezza	backup
it	ripristinare	restore
it	ripristino	restore
it	file	file
it	cancellato	deleted
it	eliminato	deleted
it	cancellare	delete
it	proiettore	projector
it	sala	room
it	stanza	room
it	sala riunioni	meeting room
it	scanner	scanner
it	scansionare	scan
it	etichetta	label
it	etichette	labels
it	tablet	tablet
it	dispositivo mobile	mobile device
it	computer	computer
it	pc	computer
it	postazione	workstation
it	postazione di lavoro	workstation
it	docking station	docking station
it	vpn	vpn
it	accesso remoto	remote access
it	smart working	remote work
it	lavoro da remoto	remote work
it	resettare	reset
it	reimpostare	reset
it	riavviare	restart
it	chiavetta usb	usb stick
it	dati	data
it	set di dati	dataset
it	dataset	dataset
it	analisi	analysis
it	analizzare	analyse
it	statistica	statistics
it	statistiche	statistics
it	sondaggio	survey
it	indagine	survey
it	questionario	questionnaire
it	campione	sample
it	regressione	regression
it	previsione	forecast
it	previsioni	forecasts
it	predizione	prediction
it	domanda	demand
it	tendenza	trend
it	andamento	trend
it	rapporto	report
it	report	report
it	relazione	report
it	cruscotto	dashboard
it	dashboard	dashboard
it	grafico	chart
it	grafici	charts
it	mappa	map
it	cartina	map
it	percorso	route
it	itinerario	route
it	cliente	customer
it	clienti	customers
it	processo	process
it	processi	processes
it	flusso di lavoro	workflow
it	automatizzare	automate
it	automazione	automation
it	manuale	manual
it	manualmente	manually
it	a mano	by hand
it	ripetitivo	repetitive
it	ripetitive	repetitive
it	ripetitivi	repetitive
it	idea	idea
it	idee	ideas
it	progetto	project
it	progetti	projects
it	piano	plan
it	pianificazione	planning
it	migliorare	improve
it	miglioramento	improvement
it	ottimizzare	optimise
it	rete di contatti	network of people
it	referente	contact person
it	collaborazione	collaboration
it	squadra	team
it	team	team
it	reparto	department
it	dipartimento	department
it	ufficio	office
it	sito web	website
it	sito	website
it	base di dati	database
it	database	database
it	interrogazione	query
it	query	query
it	modello	model
it	apprendimento automatico	machine learning
it	intelligenza artificiale	artificial intelligence
it	ia	ai
it	testo	text
it	testi	texts
it	commenti	comments
it	feedback	feedback
it	recensioni	reviews
it	sentiment	sentiment
it	analisi del sentiment	sentiment analysis
it	accessibilità	accessibility
it	sicurezza	security
it	protezione dei dati	data protection
it	privacy	privacy
it	cloud	cloud
it	open source	open source
it	formazione	training
it	corso	course
it	emissioni	emissions
it	energia	energy
it	consumo energetico	energy consumption
it	elettricità	electricity
it	sensore	sensor
it	sensori	sensors
it	temperatura	temperature
it	posizione	location
it	ubicazione	location
it	indirizzo	address
it	indirizzi	addresses
it	foglio di calcolo	spreadsheet
it	foglio excel	spreadsheet
it	indicatore	metric
it	indicatori	metrics
it	visualizzazione	visualisation
it	consiglio	advice
it	consigli	advice
it	suggerimento	suggestion
it	fattibilità	feasibility
it	progetto pilota	pilot project
it	budget	budget
it	costi	costs
it	fatturato	revenue
it	vendite	sales
it	magazzino	warehouse
it	inventario	inventory
it	ordine	order
it	ordini	orders
it	consegna	delivery
it	fattura	invoice
it	dipendenti	employees
it	personale	staff
it	serie storica	time series
it	correlazione	correlation
it	media	average
it	distribuzione	distribution
it	risposte	responses
it	classificazione	classification
it	coordinate	coordinates
it	traffico	traffic
it	veicolo	vehicle
it	veicoli	vehicles
it	meteo	weather
it	interfaccia	interface
it	programmazione	programming
it	script	script
it	strumento	tool
it	strumenti	tools
sv	skrivare	printer
sv	skrivaren	printer
sv	printer	printer
sv	skriva ut	print
sv	utskrift	printout
sv	toner	toner
sv	tonerkassett	toner cartridge
sv	bläckpatron	ink cartridge
sv	papper	paper
sv	pappersstopp	paper jam
sv	skärm	screen
sv	skärmen	screen
sv	bildskärm	monitor
sv	tangentbord	keyboard
sv	tangentbordet	keyboard
sv	mus	mouse
sv	musen	mouse
sv	bärbar dator	laptop
sv	laptop	laptop
sv	dator	computer
sv	datorn	computer
sv	laddare	charger
sv	laddaren	charger
sv	batteri	battery
sv	batteriet	battery
sv	lösenord	password
sv	lösenordet	password
sv	konto	account
sv	kontot	account
sv	användarnamn	username
sv	inloggning	login
sv	logga in	sign in
sv	logga ut	sign out
sv	låst	locked
sv	utelåst	locked out
sv	åtkomst	access
sv	behörighet	permission
sv	behörigheter	permissions
sv	mapp	folder
sv	mappen	folder
sv	nätverksenhet	network drive
sv	delad mapp	shared folder
sv	utdelning	share
sv	nätverk	network
sv	nätverket	network
sv	internet	internet
sv	wifi	wifi
sv	trådlöst nätverk	wifi
sv	anslutning	connection
sv	uppkoppling	connection
sv	kabel	cable
sv	nätverkskabel	network cable
sv	mejl	email
sv	mail	email
sv	e-post	email
sv	brevlåda	mailbox
sv	inkorg	inbox
sv	kalender	calendar
sv	kalendern	calendar
sv	inbjudan	invitation
sv	kallelse	meeting invitation
sv	möte	meeting
sv	mötet	meeting
sv	telefon	phone
sv	mobil	mobile phone
sv	mobiltelefon	mobile phone
sv	headset	headset
sv	hörlurar	headphones
sv	mikrofon	microphone
sv	mikrofonen	microphone
sv	ljud	sound
sv	ljudet	sound
sv	högtalare	speaker
sv	kamera	camera
sv	kameran	camera
sv	webbkamera	webcam
sv	programvara	software
sv	mjukvara	software
sv	program	program
sv	installera	install
sv	installation	installation
sv	uppdatering	update
sv	uppdatera	update
sv	licens	licence
sv	licenser	licences
sv	applikation	application
sv	app	app
sv	appen	app
sv	krasch	crash
sv	kraschar	crashes
sv	kraschade	crashed
sv	hänger sig	freezes
sv	fel	error
sv	felmeddelande	error message
sv	långsam	slow
sv	långsamt	slow
sv	seg	slow
sv	trasig	broken
sv	trasigt	broken
sv	sönder	broken
sv	fungerar inte	not working
sv	funkar inte	not working
sv	server	server
sv	servern	server
sv	avbrott	outage
sv	driftstörning	outage
sv	nere	down
sv	virus	virus
sv	skadlig kod	malware
sv	hackad	hacked
sv	hackat	hacked
sv	nätfiske	phishing
sv	stulen	stolen
sv	stöld	theft
sv	disken är full	disk full
sv	full disk	disk full
sv	hårddisk	hard drive
sv	lagring	storage
sv	lagringsutrymme	storage
sv	diskutrymme	disk space
sv	säkerhetskopia	backup
sv	backup	backup
sv	återställa	restore
sv	återställning	restore
sv	fil	file
sv	filen	file
sv	filer	files
sv	raderad	deleted
sv	raderat	deleted
sv	borttagen	deleted
sv	radera	delete
sv	projektor	projector
sv	projektorn	projector
sv	rum	room
sv	mötesrum	meeting room
sv	konferensrum	meeting room
sv	skanner	scanner
sv	scanner	scanner
sv	skanna	scan
sv	etikett	label
sv	etiketter	labels
sv	etikettskrivare	label printer
sv	surfplatta	tablet
sv	mobil enhet	mobile device
sv	arbetsplats	workstation
sv	dockningsstation	docking station
sv	vpn	vpn
sv	fjärråtkomst	remote access
sv	distansarbete	remote work
sv	starta om	restart
sv	usb-minne	usb stick
sv	data	data
sv	dataset	dataset
sv	datamängd	dataset
sv	analys	analysis
sv	analysera	analyse
sv	statistik	statistics
sv	enkät	survey
sv	undersökning	survey
sv	frågeformulär	questionnaire
sv	urval	sample
sv	stickprov	sample
sv	regression	regression
sv	prognos	forecast
sv	prognoser	forecasts
sv	förutsägelse	prediction
sv	efterfrågan	demand
sv	trend	trend
sv	trender	trends
sv	rapport	report
sv	rapporter	reports
sv	rapportering	reporting
sv	instrumentpanel	dashboard
sv	dashboard	dashboard
sv	diagram	chart
sv	graf	chart
sv	karta	map
sv	kartor	maps
sv	rutt	route
sv	ruttplanering	route planning
sv	kund	customer
sv	kunder	customers
sv	process	process
sv	processer	processes
sv	arbetsflöde	workflow
sv	automatisera	automate
sv	automatisering	automation
sv	manuell	manual
sv	manuellt	manually
sv	för hand	by hand
sv	repetitiv	repetitive
sv	repetitiva	repetitive
sv	idé	idea
sv	idéer	ideas
sv	projekt	project
sv	plan	plan
sv	planering	planning
sv	förbättra	improve
sv	förbättring	improvement
sv	optimera	optimise
sv	kontaktnät	network of people
sv	kontaktperson	contact person
sv	samarbete	collaboration
sv	team	team
sv	grupp	team
sv	avdelning	department
sv	webbplats	website
sv	hemsida	website
sv	webbsida	web page
sv	databas	database
sv	sökfråga	query
sv	fråga	question
sv	modell	model
sv	maskininlärning	machine learning
sv	artificiell intelligens	artificial intelligence
sv	ai	ai
sv	text	text
sv	texter	texts
sv	kommentarer	comments
sv	synpunkter	feedback
sv	återkoppling	feedback
sv	sentiment	sentiment
sv	sentimentanalys	sentiment analysis
sv	tillgänglighet	accessibility
sv	säkerhet	security
sv	dataskydd	data protection
sv	moln	cloud
sv	molnet	cloud
sv	öppen källkod	open source
sv	utbildning	training
sv	kurs	course
sv	utsläpp	emissions
sv	energi	energy
sv	energiförbrukning	energy consumption
sv	el	electricity
sv	elförbrukning	electricity consumption
sv	sensor	sensor
sv	sensorer	sensors
sv	givare	sensor
sv	temperatur	temperature
sv	plats	location
sv	position	location
sv	adress	address
sv	adresser	addresses
sv	kalkylblad	spreadsheet
sv	nyckeltal	metrics
sv	visualisering	visualisation
sv	råd	advice
sv	tips	tip
sv	förslag	suggestion
sv	genomförbarhet	feasibility
sv	pilotprojekt	pilot project
sv	budget	budget
sv	kostnader	costs
sv	omsättning	revenue
sv	lager	warehouse
sv	lagersaldo	inventory
sv	beställning	order
sv	beställningar	orders
sv	leverans	delivery
sv	faktura	invoice
sv	anställda	employees
sv	personal	staff
sv	tidsserie	time series
sv	korrelation	correlation
sv	medelvärde	average
sv	genomsnitt	average
sv	fördelning	distribution
sv	svar	responses
sv	klassificering	classification
sv	koordinater	coordinates
sv	trafik	traffic
sv	fordon	vehicle
sv	väder	weather
sv	gränssnitt	interface
sv	programmering	programming
sv	skript	script
sv	verktyg	tool
pt	impressora	printer
pt	imprimir	print
pt	impressão	printing
pt	toner	toner
pt	tinteiro	ink cartridge
pt	cartucho	cartridge
pt	papel	paper
pt	papel encravado	paper jam
pt	atolamento de papel	paper jam
pt	encravado	jammed
pt	ecrã	screen
pt	tela	screen
pt	monitor	monitor
pt	teclado	keyboard
pt	rato	mouse
pt	mouse	mouse
pt	portátil	laptop
pt	notebook	laptop
pt	carregador	charger
pt	bateria	battery
pt	palavra-passe	password
pt	senha	password
pt	conta	account
pt	utilizador	user
pt	usuário	user
pt	nome de utilizador	username
pt	credenciais	credentials
pt	iniciar sessão	sign in
pt	entrar	log in
pt	login	login
pt	terminar sessão	sign out
pt	sair	log out
pt	bloqueado	locked
pt	bloqueada	locked
pt	conta bloqueada	account locked
pt	acesso	access
pt	permissão	permission
pt	permissões	permissions
pt	pasta	folder
pt	unidade	drive
pt	unidade de rede	network drive
pt	pasta partilhada	shared folder
pt	pasta compartilhada	shared folder
pt	partilha	share
pt	compartilhamento	share
pt	rede	network
pt	internet	internet
pt	wifi	wifi
pt	wi-fi	wifi
pt	ligação	connection
pt	conexão	connection
pt	cabo	cable
pt	cabo de rede	network cable
pt	correio	mail
pt	correio eletrónico	email
pt	e-mail	email
pt	email	email
pt	caixa de correio	mailbox
pt	caixa de entrada	inbox
pt	calendário	calendar
pt	agenda	calendar
pt	convite	invitation
pt	reunião	meeting
pt	telefone	phone
pt	telemóvel	mobile phone
pt	celular	mobile phone
pt	auscultadores	headset
pt	fones	headset
pt	fone de ouvido	headset
pt	microfone	microphone
pt	som	sound
pt	áudio	audio
pt	coluna	speaker
pt	alto-falante	speaker
pt	câmara	camera
pt	câmera	camera
pt	webcam	webcam
pt	software	software
pt	programa	program
pt	instalar	install
pt	instalação	installation
pt	atualização	update
pt	atualizar	update
pt	licença	licence
pt	aplicação	application
pt	aplicativo	app
pt	app	app
pt	falha	fault
pt	trava	freezes
pt	bloqueia	freezes
pt	erro	error
pt	mensagem de erro	error message
pt	lento	slow
pt	lenta	slow
pt	avariado	broken
pt	avariada	broken
pt	estragado	broken
pt	quebrado	broken
pt	não funciona	not working
pt	servidor	server
pt	em baixo	down
pt	fora do ar	down
pt	indisponível	unavailable
pt	interrupção	outage
pt	vírus	virus
pt	malware	malware
pt	hackeado	hacked
pt	pirateado	hacked
pt	phishing	phishing
pt	roubado	stolen
pt	roubo	theft
pt	disco cheio	disk full
pt	disco rígido	hard drive
pt	armazenamento	storage
pt	espaço em disco	disk space
pt	cópia de segurança	backup
pt	backup	backup
pt	restaurar	restore
pt	recuperar	recover
pt	ficheiro	file
pt	arquivo	file
pt	ficheiros	files
pt	arquivos	files
pt	apagado	deleted
pt	eliminado	deleted
pt	excluído	deleted
pt	apagar	delete
pt	projetor	projector
pt	sala	room
pt	sala de reuniões	meeting room
pt	scanner	scanner
pt	digitalizar	scan
pt	etiqueta	label
pt	etiquetas	labels
pt	tablet	tablet
pt	dispositivo móvel	mobile device
pt	computador	computer
pt	pc	computer
pt	posto de trabalho	workstation
pt	estação de trabalho	workstation
pt	docking station	docking station
pt	vpn	vpn
pt	acesso remoto	remote access
pt	teletrabalho	remote work
pt	redefinir	reset
pt	repor	reset
pt	reiniciar	restart
pt	pen usb	usb stick
pt	dados	data
pt	conjunto de dados	dataset
pt	análise	analysis
pt	analisar	analyse
pt	estatística	statistics
pt	estatísticas	statistics
pt	inquérito	survey
pt	pesquisa	survey
pt	questionário	questionnaire
pt	amostra	sample
pt	regressão	regression
pt	previsão	forecast
pt	previsões	forecasts
pt	predição	prediction
pt	procura	demand
pt	demanda	demand
pt	tendência	trend
pt	tendências	trends
pt	relatório	report
pt	relatórios	reports
pt	painel	dashboard
pt	dashboard	dashboard
pt	gráfico	chart
pt	mapa	map
pt	rota	route
pt	percurso	route
pt	cliente	customer
pt	clientes	customers
pt	processo	process
pt	processos	processes
pt	fluxo de trabalho	workflow
pt	automatizar	automate
pt	automação	automation
pt	automatização	automation
pt	manual	manual
pt	manualmente	manually
pt	à mão	by hand
pt	repetitivo	repetitive
pt	repetitiva	repetitive
pt	repetitivas	repetitive
pt	ideia	idea
pt	ideias	ideas
pt	projeto	project
pt	projetos	projects
pt	plano	plan
pt	planeamento	planning
pt	planejamento	planning
pt	melhorar	improve
pt	melhoria	improvement
pt	otimizar	optimise
pt	rede de contactos	network of people
pt	rede de contatos	network of people
pt	colaboração	collaboration
pt	equipa	team
pt	equipe	team
pt	departamento	department
pt	setor	department
pt	site	website
pt	sítio web	website
pt	página web	website
pt	base de dados	database
pt	banco de dados	database
pt	consulta	query
pt	modelo	model
pt	aprendizagem automática	machine learning
pt	aprendizado de máquina	machine learning
pt	inteligência artificial	artificial intelligence
pt	ia	ai
pt	texto	text
pt	textos	texts
pt	comentários	comments
pt	feedback	feedback
pt	avaliações	reviews
pt	sentimento	sentiment
pt	análise de sentimento	sentiment analysis
pt	acessibilidade	accessibility
pt	segurança	security
pt	proteção de dados	data protection
pt	nuvem	cloud
pt	código aberto	open source
pt	formação	training
pt	treinamento	training
pt	curso	course
pt	emissões	emissions
pt	energia	energy
pt	consumo de energia	energy consumption
pt	eletricidade	electricity
pt	sensor	sensor
pt	sensores	sensors
pt	temperatura	temperature
pt	localização	location
pt	morada	address
pt	endereço	address
pt	moradas	addresses
pt	endereços	addresses
pt	folha de cálculo	spreadsheet
pt	planilha	spreadsheet
pt	indicador	metric
pt	indicadores	metrics
pt	visualização	visualisation
pt	conselho	advice
pt	aconselhamento	advice
pt	sugestão	suggestion
pt	viabilidade	feasibility
pt	projeto piloto	pilot project
pt	orçamento	budget
pt	custos	costs
pt	faturação	revenue
pt	receita	revenue
pt	vendas	sales
pt	armazém	warehouse
pt	inventário	inventory
pt	stock	inventory
pt	encomenda	order
pt	encomendas	orders
pt	pedido	order
pt	entrega	delivery
pt	fatura	invoice
pt	funcionários	employees
pt	colaboradores	staff
pt	série temporal	time series
pt	correlação	correlation
pt	média	average
pt	distribuição	distribution
pt	respostas	responses
pt	classificação	classification
pt	coordenadas	coordinates
pt	tráfego	traffic
pt	trânsito	traffic
pt	veículo	vehicle
pt	veículos	vehicles
pt	meteorologia	weather
pt	interface	interface
pt	programação	programming
pt	script	script
pt	ferramenta	tool
pt	ferramentas	tools
de	geht nicht mehr	not working
de	funktioniert nicht mehr	not working
de	klappt nicht	not working
de	tut nicht	not working
de	läuft nicht	not working
de	läuft nicht mehr	not working
de	ist abgestürzt	crashed
de	stürzt ständig ab	crashes repeatedly
de	hängt sich auf	freezes
de	hat sich aufgehängt	frozen
de	friert ein	freezes
de	eingefroren	frozen
de	reagiert nicht	not responding
de	keine reaktion	not responding
de	lädt nicht	not loading
de	lädt ewig	slow loading
de	dauert ewig	slow
de	extrem langsam	very slow
de	total langsam	very slow
de	startet nicht	won't start
de	fährt nicht hoch	won't boot
de	bootet nicht	won't boot
de	startet ständig neu	restart loop
de	geht nicht an	won't turn on
de	geht einfach aus	shuts down
de	lässt sich nicht öffnen	won't open
de	öffnet nicht	won't open
de	bei allen	everyone outage
de	bei allen kollegen	everyone outage
de	bei mehreren	multiple users outage
de	ganze abteilung	department outage
de	ganzes büro	office outage
de	keiner kommt rein	outage login
de	niemand kommt rein	outage login
de	komme nicht rein	cannot log in
de	kann mich nicht anmelden	cannot log in
de	anmeldung klappt nicht	cannot log in
de	passwort vergessen	forgot password
de	passwort abgelaufen	password expired
de	passwort zurücksetzen	password reset
de	kennwort zurücksetzen	password reset
de	passwortänderung	password change
de	ausgesperrt	locked out
de	konto entsperren	unlock account
de	zwei-faktor-authentifizierung	mfa
de	authenticator-app	mfa app
de	code kommt nicht	mfa code missing
de	kein internet	no connection
de	kein netz	no connection
de	keine verbindung	no connection
de	verbindung bricht ab	connection drops
de	wlan bricht ab	wifi drops
de	wlan weg	no wifi
de	vpn geht nicht	vpn not working
de	server down	outage down
de	system down	outage down
de	alles down	outage down
de	ist down	outage down
de	komische mail	suspicious email phishing
de	seltsame mail	suspicious email phishing
de	verdächtige mail	suspicious email phishing
de	verdächtige e-mail	suspicious email phishing
de	link geklickt	clicked link phishing
de	auf link geklickt	clicked link phishing
de	anhang geöffnet	opened attachment phishing
de	gefälschte mail	phishing
de	anhang	attachment
de	handy verloren	lost phone
de	laptop verloren	lost laptop
de	laptop geklaut	stolen laptop
de	handy geklaut	stolen phone
de	verloren	lost
de	kein ton	no sound audio
de	hört mich keiner	microphone not working
de	mikro geht nicht	microphone not working
de	kamera geht nicht	camera not working
de	bild bleibt schwarz	no signal display
de	schwarzer bildschirm	no signal display
de	kein bild	no signal display
de	kein signal	no signal display
de	bildschirm flackert	screen flickering
de	zweiter bildschirm	second monitor
de	bluescreen	blue screen crash
de	drucker druckt nicht	printer not working
de	druckt nicht	printer not working
de	drucker offline	printer offline
de	druckauftrag	print job
de	druckaufträge	print jobs
de	druckerwarteschlange	print queue
de	druckwarteschlange	print queue
de	toner leer	toner empty
de	papier leer	out of paper
de	druckerpatronen	printer cartridges
de	druckertreiber	printer driver
de	treiber	driver
de	bildschirmfreigabe	screen sharing
de	bildschirm teilen	screen sharing
de	videokonferenz	video call
de	videocall	video call
de	besprechungsräume	meeting rooms
de	meetingraum	meeting room
de	raumbuchung	room booking
de	raum buchen	room booking
de	postfach voll	mailbox full
de	mail kommt nicht an	email not delivered
de	mails kommen nicht an	email not delivered
de	kann keine mails senden	cannot send email
de	mail zurückgekommen	email bounced
de	geteiltes postfach	shared mailbox
de	gruppenpostfach	shared mailbox
de	verteilerliste	distribution list
de	abwesenheitsnotiz	out of office
de	kalenderfreigabe	calendar sharing
de	datei weg	lost file
de	aus versehen gelöscht	accidentally deleted
de	versehentlich gelöscht	accidentally deleted
de	ordner weg	missing folder
de	keine berechtigung	no permission
de	zugriff verweigert	access denied
de	kein zugriff	no access
de	neuer mitarbeiter	new employee onboarding
de	neue mitarbeiterin	new employee onboarding
de	einarbeitung	onboarding
de	austritt mitarbeiter	offboarding
de	neuer laptop	new laptop
de	adminrechte	admin rights
de	administratorrechte	admin rights
de	lizenz abgelaufen	licence expired
de	akku leer	battery empty
de	lädt nicht auf	not charging
de	tastatur spinnt	keyboard not working
de	spinnt	malfunctioning
de	zickt rum	malfunctioning
de	dringend	urgent
de	ticketnummer	ticket number
de	umfrageergebnisse	survey results
de	ergebnisse auswerten	analyse results
de	daten auswerten	data analysis
de	datenanalyse	data analysis
de	kpis	kpi metrics
de	leistungskennzahlen	kpi metrics
de	ablauf verbessern	process improvement
de	abläufe verbessern	process improvement
de	prozessverbesserung	process improvement
de	prozessoptimierung	process improvement
de	abläufe automatisieren	automate
de	automatisch erstellen	automate
de	wiederkehrende aufgaben	repetitive tasks
de	bedarfsprognose	demand forecast
de	absatzprognose	sales forecast
de	vorhersagen	predict
de	erkenntnisse	insights
de	erkenntnisse gewinnen	insights analysis
de	schlüsse ziehen	insights analysis
de	muster erkennen	pattern detection
de	auffälligkeiten	anomalies
de	ausreißer	outliers
de	wie arbeitet mit wem	collaboration network
de	wer arbeitet mit wem	collaboration network
de	wer kennt sich aus	find expert
de	experte gesucht	find expert
de	kennt jemand	find expert
de	hat jemand erfahrung	find expert
de	fachwissen	expertise
de	wissensaustausch	knowledge sharing
de	monatsbericht	monthly report
de	übersicht	overview dashboard
de	freitextantworten	free text responses
de	textanalyse	text analysis
de	kundenzufriedenheit	customer satisfaction
de	mitarbeiterbefragung	employee survey
de	zeitersparnis	time saving
de	datenqualität	data quality
de	datenbereinigung	data cleaning
de	datenquelle	data source
de	excel-tabelle	spreadsheet
de	tourenplanung	route planning
fr	ne marche plus	not working
fr	ne marche pas	not working
fr	ça marche pas	not working
fr	ne fonctionne plus	not working
fr	ne fonctionne pas	not working
fr	ça bugue	malfunctioning
fr	ça beugue	malfunctioning
fr	a planté	crashed
fr	a crashé	crashed
fr	plante tout le temps	crashes repeatedly
fr	figé	frozen
fr	écran figé	frozen screen
fr	ne répond plus	not responding
fr	ne répond pas	not responding
fr	ne charge pas	not loading
fr	ça mouline	slow loading
fr	ça rame	slow
fr	très lent	very slow
fr	ne démarre pas	won't start
fr	ne démarre plus	won't start
fr	ne s'allume pas	won't turn on
fr	s'éteint tout seul	shuts down
fr	redémarre en boucle	restart loop
fr	ne s'ouvre pas	won't open
fr	impossible d'ouvrir	won't open
fr	plus de connexion	no connection
fr	pas de connexion	no connection
fr	pas d'internet	no connection
fr	plus d'internet	no connection
fr	pas de réseau	no connection
fr	connexion coupée	connection drops
fr	le wifi saute	wifi drops
fr	pour tout le monde	everyone outage
fr	chez tout le monde	everyone outage
fr	tous les collègues	everyone outage
fr	tout le service	department outage
fr	tout l'étage	office outage
fr	personne ne se connecte	outage login
fr	impossible de se connecter	cannot log in
fr	peux pas me connecter	cannot log in
fr	connexion impossible	cannot log in
fr	mot de passe oublié	forgot password
fr	mdp oublié	forgot password
fr	mot de passe expiré	password expired
fr	réinitialisation mdp	password reset
fr	réinitialiser mdp	password reset
fr	changer mdp	password change
fr	compte verrouillé	account locked
fr	débloquer mon compte	unlock account
fr	double authentification	mfa
fr	authentification à deux facteurs	mfa
fr	code de validation	mfa code
fr	pas reçu le code	mfa code missing
fr	vpn ne marche pas	vpn not working
fr	serveur en panne	outage down
fr	le serveur est tombé	outage down
fr	c'est tombé	outage down
fr	tout est planté	outage down
fr	mail bizarre	suspicious email phishing
fr	mail suspect	suspicious email phishing
fr	courriel suspect	suspicious email phishing
fr	message suspect	suspicious email phishing
fr	faux mail	phishing
fr	cliqué sur le lien	clicked link phishing
fr	cliqué sur un lien	clicked link phishing
fr	lien cliqué	clicked link phishing
fr	ouvert la pièce jointe	opened attachment phishing
fr	pièce jointe	attachment
fr	j'ai perdu	lost
fr	perdu mon téléphone	lost phone
fr	téléphone perdu	lost phone
fr	perdu mon portable	lost phone
fr	pc perdu	lost laptop
fr	on m'a volé	stolen
fr	pas de son	no sound audio
fr	plus de son	no sound audio
fr	on ne m'entend pas	microphone not working
fr	micro ne marche pas	microphone not working
fr	caméra ne marche pas	camera not working
fr	écran noir	no signal display
fr	pas d'image	no signal display
fr	pas de signal	no signal display
fr	l'écran reste noir	no signal display
fr	écran qui clignote	screen flickering
fr	deuxième écran	second monitor
fr	double écran	second monitor
fr	écran bleu	blue screen crash
fr	n'imprime pas	printer not working
fr	imprimante hors ligne	printer offline
fr	file d'attente	print queue
fr	file d'impression	print queue
fr	travail d'impression	print job
fr	plus de papier	out of paper
fr	plus d'encre	ink empty
fr	toner vide	toner empty
fr	pilote	driver
fr	pilote d'imprimante	printer driver
fr	partage d'écran	screen sharing
fr	partager mon écran	screen sharing
fr	visioconférence	video call
fr	visio	video call
fr	réservation de salle	room booking
fr	réserver une salle	room booking
fr	salles de réunion	meeting rooms
fr	boîte pleine	mailbox full
fr	boîte mail pleine	mailbox full
fr	mail non reçu	email not delivered
fr	mails pas reçus	email not delivered
fr	impossible d'envoyer	cannot send email
fr	mail revenu	email bounced
fr	boîte partagée	shared mailbox
fr	liste de diffusion	distribution list
fr	message d'absence	out of office
fr	fichier disparu	lost file
fr	supprimé par erreur	accidentally deleted
fr	effacé par erreur	accidentally deleted
fr	dossier disparu	missing folder
fr	accès refusé	access denied
fr	pas d'accès	no access
fr	pas les droits	no permission
fr	droits admin	admin rights
fr	droits administrateur	admin rights
fr	nouvel arrivant	new employee onboarding
fr	nouvelle arrivante	new employee onboarding
fr	départ d'un collaborateur	offboarding
fr	nouveau pc	new laptop
fr	licence expirée	licence expired
fr	batterie vide	battery empty
fr	ne charge plus	not charging
fr	urgent	urgent
fr	numéro de ticket	ticket number
fr	résultats de l'enquête	survey results
fr	résultats du sondage	survey results
fr	exploiter les données	data analysis
fr	analyse des données	data analysis
fr	indicateurs clés	kpi metrics
fr	indicateurs de performance	kpi metrics
fr	améliorer le processus	process improvement
fr	amélioration des processus	process improvement
fr	optimisation des processus	process improvement
fr	simplifier le processus	process improvement
fr	automatiser les tâches	automate
fr	tâches répétitives	repetitive tasks
fr	prévision de la demande	demand forecast
fr	prévision des ventes	sales forecast
fr	prévoir	predict
fr	tirer des conclusions	insights analysis
fr	enseignements	insights
fr	détecter des tendances	pattern detection
fr	anomalies	anomalies
fr	valeurs aberrantes	outliers
fr	qui travaille avec qui	collaboration network
fr	qui s'y connaît	find expert
fr	quelqu'un qui connaît	find expert
fr	un expert	find expert
fr	expertise	expertise
fr	partage de connaissances	knowledge sharing
fr	rapport mensuel	monthly report
fr	vue d'ensemble	overview dashboard
fr	réponses libres	free text responses
fr	analyse de texte	text analysis
fr	satisfaction client	customer satisfaction
fr	baromètre interne	employee survey
fr	gain de temps	time saving
fr	qualité des données	data quality
fr	nettoyage des données	data cleaning
fr	source de données	data source
fr	fichier excel	spreadsheet
fr	optimisation des tournées	route planning
es	ya no funciona	not working
es	no va	not working
es	no anda	not working
es	no me funciona	not working
es	ha dejado de funcionar	not working
es	dejó de funcionar	not working
es	se ha colgado	crashed
es	se colgó	crashed
es	se cierra solo	crashes
es	se queda colgado	freezes
es	se queda pillado	freezes
es	congelado	frozen
es	no responde	not responding
es	no carga	not loading
es	tarda mucho	slow
es	va lento	slow
es	muy lento	very slow
es	no arranca	won't start
es	no enciende	won't turn on
es	no se enciende	won't turn on
es	se apaga solo	shuts down
es	se reinicia solo	restart loop
es	no abre	won't open
es	no se abre	won't open
es	se ha caído	outage down
es	se cayó	outage down
es	está caído	outage down
es	el servidor está caído	outage down
es	todo caído	outage down
es	a todos	everyone outage
es	nos pasa a todos	everyone outage
es	a todo el mundo	everyone outage
es	toda la oficina	office outage
es	todo el departamento	department outage
es	nadie puede entrar	outage login
es	no me deja entrar	cannot log in
es	no puedo entrar	cannot log in
es	no puedo iniciar sesión	cannot log in
es	olvidé la contraseña	forgot password
es	olvidé mi contraseña	forgot password
es	contraseña caducada	password expired
es	cambiar contraseña	password change
es	restablecer contraseña	password reset
es	reseteo de contraseña	password reset
es	desbloquear cuenta	unlock account
es	doble factor	mfa
es	autenticación en dos pasos	mfa
es	código de verificación	mfa code
es	no llega el código	mfa code missing
es	sin internet	no connection
es	sin conexión	no connection
es	no hay conexión	no connection
es	no hay internet	no connection
es	se corta la conexión	connection drops
es	se cae el wifi	wifi drops
es	la vpn no funciona	vpn not working
es	correo raro	suspicious email phishing
es	correo sospechoso	suspicious email phishing
es	mensaje sospechoso	suspicious email phishing
es	correo extraño	suspicious email phishing
es	pinché en un enlace	clicked link phishing
es	pinché el enlace	clicked link phishing
es	clic en el enlace	clicked link phishing
es	abrí el adjunto	opened attachment phishing
es	archivo adjunto	attachment
es	he perdido	lost
es	perdí el móvil	lost phone
es	móvil perdido	lost phone
es	perdí el portátil	lost laptop
es	me robaron	stolen
es	no hay sonido	no sound audio
es	sin sonido	no sound audio
es	no se oye	no sound audio
es	no me oyen	microphone not working
es	el micro no funciona	microphone not working
es	la cámara no funciona	camera not working
es	pantalla negra	no signal display
es	no hay imagen	no signal display
es	sin señal	no signal display
es	la pantalla parpadea	screen flickering
es	segunda pantalla	second monitor
es	pantallazo azul	blue screen crash
es	pantalla azul	blue screen crash
es	no imprime	printer not working
es	impresora desconectada	printer offline
es	cola de impresión	print queue
es	trabajo de impresión	print job
es	sin papel	out of paper
es	sin tinta	ink empty
es	sin tóner	toner empty
es	controlador	driver
es	controlador de impresora	printer driver
es	compartir pantalla	screen sharing
es	videollamada	video call
es	videoconferencia	video call
es	reservar sala	room booking
es	reserva de sala	room booking
es	salas de reuniones	meeting rooms
es	buzón lleno	mailbox full
es	no llegan los correos	email not delivered
es	no me llegan correos	email not delivered
es	no puedo enviar correos	cannot send email
es	correo rebotado	email bounced
es	buzón compartido	shared mailbox
es	lista de distribución	distribution list
es	respuesta automática	out of office
es	fuera de la oficina	out of office
es	archivo desaparecido	lost file
es	borrado sin querer	accidentally deleted
es	borré sin querer	accidentally deleted
es	carpeta desaparecida	missing folder
es	acceso denegado	access denied
es	sin acceso	no access
es	no tengo permisos	no permission
es	permisos de administrador	admin rights
es	nuevo empleado	new employee onboarding
es	nueva incorporación	new employee onboarding
es	alta de usuario	onboarding
es	baja de usuario	offboarding
es	portátil nuevo	new laptop
es	licencia caducada	licence expired
es	batería agotada	battery empty
es	no carga la batería	not charging
es	urgente	urgent
es	número de ticket	ticket number
es	cuadro de mandos	dashboard
es	resultados de la encuesta	survey results
es	analizar datos	data analysis
es	análisis de datos	data analysis
es	kpis	kpi metrics
es	indicadores clave	kpi metrics
es	mejorar el proceso	process improvement
es	mejora de procesos	process improvement
es	optimización de procesos	process improvement
es	automatizar tareas	automate
es	tareas repetitivas	repetitive tasks
es	previsión de demanda	demand forecast
es	previsión de ventas	sales forecast
es	predecir	predict
es	sacar conclusiones	insights analysis
es	conclusiones	insights
es	detectar patrones	pattern detection
es	anomalías	anomalies
es	valores atípicos	outliers
es	quién trabaja con quién	collaboration network
es	quién sabe de	find expert
es	algún experto	find expert
es	alguien que sepa	find expert
es	conocimientos	expertise
es	compartir conocimiento	knowledge sharing
es	informe mensual	monthly report
es	visión general	overview dashboard
es	respuestas abiertas	free text responses
es	análisis de texto	text analysis
es	satisfacción del cliente	customer satisfaction
es	encuesta de clima	employee survey
es	ahorro de tiempo	time saving
es	calidad de datos	data quality
es	limpieza de datos	data cleaning
es	fuente de datos	data source
es	hoja de excel	spreadsheet
es	optimización de rutas	route planning
nl	doet het niet	not working
nl	doet het niet meer	not working
nl	werkt niet meer	not working
nl	het werkt niet	not working
nl	doet raar	malfunctioning
nl	is gecrasht	crashed
nl	crasht steeds	crashes repeatedly
nl	blijft hangen	freezes
nl	hangt steeds	freezes
nl	bevroren	frozen
nl	reageert niet	not responding
nl	laadt niet	not loading
nl	duurt eeuwen	slow
nl	erg traag	very slow
nl	heel traag	very slow
nl	start niet op	won't start
nl	start niet	won't start
nl	gaat niet aan	won't turn on
nl	valt steeds uit	shuts down
nl	herstart steeds	restart loop
nl	gaat niet open	won't open
nl	opent niet	won't open
nl	ligt plat	outage down
nl	ligt eruit	outage down
nl	server ligt plat	outage down
nl	alles ligt plat	outage down
nl	is down	outage down
nl	bij iedereen	everyone outage
nl	bij alle collega's	everyone outage
nl	hele afdeling	department outage
nl	heel kantoor	office outage
nl	niemand kan inloggen	outage login
nl	niemand komt erin	outage login
nl	kan niet inloggen	cannot log in
nl	kom er niet in	cannot log in
nl	kan er niet in	cannot log in
nl	wachtwoord vergeten	forgot password
nl	wachtwoord verlopen	password expired
nl	wachtwoordherstel	password reset
nl	wachtwoord resetten	password reset
nl	wachtwoord wijzigen	password change
nl	buitengesloten	locked out
nl	account deblokkeren	unlock account
nl	tweestapsverificatie	mfa
nl	tweefactorauthenticatie	mfa
nl	verificatiecode	mfa code
nl	geen code ontvangen	mfa code missing
nl	geen internet	no connection
nl	geen verbinding	no connection
nl	geen netwerk	no connection
nl	verbinding valt weg	connection drops
nl	wifi valt weg	wifi drops
nl	vpn werkt niet	vpn not working
nl	vreemde mail	suspicious email phishing
nl	rare mail	suspicious email phishing
nl	verdachte mail	suspicious email phishing
nl	verdachte e-mail	suspicious email phishing
nl	nepmail	phishing
nl	op link geklikt	clicked link phishing
nl	link aangeklikt	clicked link phishing
nl	op een link geklikt	clicked link phishing
nl	bijlage geopend	opened attachment phishing
nl	bijlage	attachment
nl	kwijt	lost
nl	telefoon kwijt	lost phone
nl	mobiel kwijt	lost phone
nl	laptop kwijt	lost laptop
nl	laptop gestolen	stolen laptop
nl	geen geluid	no sound audio
nl	hoort me niet	microphone not working
nl	microfoon werkt niet	microphone not working
nl	camera werkt niet	camera not working
nl	zwart scherm	no signal display
nl	scherm blijft zwart	no signal display
nl	geen beeld	no signal display
nl	geen signaal	no signal display
nl	scherm flikkert	screen flickering
nl	tweede scherm	second monitor
nl	blauw scherm	blue screen crash
nl	printer print niet	printer not working
nl	print niet	printer not working
nl	printer offline	printer offline
nl	printwachtrij	print queue
nl	afdrukwachtrij	print queue
nl	printopdracht	print job
nl	papier op	out of paper
nl	toner op	toner empty
nl	inkt op	ink empty
nl	printerpatroon	printer cartridge
nl	tonercartridge	toner cartridge
nl	stuurprogramma	driver
nl	printerdriver	printer driver
nl	scherm delen	screen sharing
nl	schermdeling	screen sharing
nl	videogesprek	video call
nl	videovergadering	video call
nl	vergaderzalen	meeting rooms
nl	vergaderruimtes	meeting rooms
nl	ruimte reserveren	room booking
nl	zaal boeken	room booking
nl	mailbox vol	mailbox full
nl	mail komt niet aan	email not delivered
nl	kan niet mailen	cannot send email
nl	mail komt terug	email bounced
nl	gedeelde mailbox	shared mailbox
nl	distributielijst	distribution list
nl	afwezigheidsbericht	out of office
nl	bestand kwijt	lost file
nl	per ongeluk verwijderd	accidentally deleted
nl	per ongeluk gewist	accidentally deleted
nl	map kwijt	missing folder
nl	toegang geweigerd	access denied
nl	geen toegang	no access
nl	geen rechten	no permission
nl	adminrechten	admin rights
nl	beheerdersrechten	admin rights
nl	nieuwe medewerker	new employee onboarding
nl	nieuwe collega	new employee onboarding
nl	indiensttreding	onboarding
nl	uitdiensttreding	offboarding
nl	nieuwe laptop	new laptop
nl	licentie verlopen	licence expired
nl	accu leeg	battery empty
nl	laadt niet op	not charging
nl	dringend	urgent
nl	spoed	urgent
nl	ticketnummer	ticket number
nl	enquêteresultaten	survey results
nl	resultaten van de enquête	survey results
nl	data analyseren	data analysis
nl	data-analyse	data analysis
nl	kpi's	kpi metrics
nl	kengetallen	kpi metrics
nl	prestatie-indicatoren	kpi metrics
nl	proces verbeteren	process improvement
nl	procesverbetering	process improvement
nl	procesoptimalisatie	process improvement
nl	taken automatiseren	automate
nl	terugkerende taken	repetitive tasks
nl	vraagprognose	demand forecast
nl	verkoopprognose	sales forecast
nl	conclusies trekken	insights analysis
nl	inzichten	insights
nl	patronen herkennen	pattern detection
nl	afwijkingen	anomalies
nl	uitschieters	outliers
nl	wie werkt met wie	collaboration network
nl	wie heeft ervaring met	find expert
nl	expert gezocht	find expert
nl	iemand die verstand heeft	find expert
nl	expertise	expertise
nl	kennisdeling	knowledge sharing
nl	maandrapportage	monthly report
nl	overzicht	overview dashboard
nl	open antwoorden	free text responses
nl	tekstanalyse	text analysis
nl	klanttevredenheid	customer satisfaction
nl	medewerkersonderzoek	employee survey
nl	tijdwinst	time saving
nl	datakwaliteit	data quality
nl	data opschonen	data cleaning
nl	databron	data source
nl	excelbestand	spreadsheet
nl	ritplanning	route planning
it	non va	not working
it	non va più	not working
it	non funziona più	not working
it	non mi funziona	not working
it	ha smesso di funzionare	not working
it	si è bloccato	frozen
it	si è piantato	crashed
it	si pianta	crashes
it	è crashato	crashed
it	va in crash	crashes
it	si chiude da solo	crashed
it	congelato	frozen
it	non risponde	not responding
it	non carica	not loading
it	ci mette tanto	slow
it	lentissimo	very slow
it	va lento	slow
it	non si avvia	won't start
it	non parte	won't start
it	non si accende	won't turn on
it	si spegne da solo	shuts down
it	si riavvia da solo	restart loop
it	non si apre	won't open
it	non apre	won't open
it	è giù	outage down
it	è down	outage down
it	server giù	outage down
it	tutto giù	outage down
it	non va niente	outage down
it	a tutti	everyone outage
it	per tutti	everyone outage
it	tutto l'ufficio	office outage
it	tutto il reparto	department outage
it	nessuno riesce ad accedere	outage login
it	non riesco ad accedere	cannot log in
it	non riesco a entrare	cannot log in
it	non mi fa entrare	cannot log in
it	password dimenticata	forgot password
it	ho dimenticato la password	forgot password
it	password scaduta	password expired
it	reset password	password reset
it	reimpostare la password	password reset
it	cambiare password	password change
it	sbloccare account	unlock account
it	autenticazione a due fattori	mfa
it	doppia autenticazione	mfa
it	codice di verifica	mfa code
it	non arriva il codice	mfa code missing
it	niente internet	no connection
it	senza connessione	no connection
it	nessuna connessione	no connection
it	non c'è rete	no connection
it	la connessione cade	connection drops
it	il wifi cade	wifi drops
it	vpn non funziona	vpn not working
it	mail strana	suspicious email phishing
it	mail sospetta	suspicious email phishing
it	email sospetta	suspicious email phishing
it	messaggio sospetto	suspicious email phishing
it	ho cliccato sul link	clicked link phishing
it	cliccato il link	clicked link phishing
it	aperto l'allegato	opened attachment phishing
it	allegato	attachment
it	ho perso	lost
it	perso il telefono	lost phone
it	cellulare perso	lost phone
it	perso il portatile	lost laptop
it	mi hanno rubato	stolen
it	niente audio	no sound audio
it	non si sente	no sound audio
it	senza audio	no sound audio
it	non mi sentono	microphone not working
it	microfono non funziona	microphone not working
it	la webcam non va	camera not working
it	schermo nero	no signal display
it	nessun segnale	no signal display
it	niente immagine	no signal display
it	lo schermo sfarfalla	screen flickering
it	secondo schermo	second monitor
it	doppio schermo	second monitor
it	schermata blu	blue screen crash
it	non stampa	printer not working
it	stampante offline	printer offline
it	coda di stampa	print queue
it	lavoro di stampa	print job
it	carta finita	out of paper
it	toner finito	toner empty
it	inchiostro finito	ink empty
it	cartuccia d'inchiostro	ink cartridge
it	driver	driver
it	driver della stampante	printer driver
it	condivisione schermo	screen sharing
it	condividere lo schermo	screen sharing
it	videochiamata	video call
it	videoconferenza	video call
it	prenotare la sala	room booking
it	prenotazione sala	room booking
it	sale riunioni	meeting rooms
it	casella piena	mailbox full
it	le mail non arrivano	email not delivered
it	non arrivano le mail	email not delivered
it	non riesco a inviare	cannot send email
it	mail tornata indietro	email bounced
it	casella condivisa	shared mailbox
it	lista di distribuzione	distribution list
it	risposta automatica	out of office
it	file sparito	lost file
it	cancellato per sbaglio	accidentally deleted
it	eliminato per errore	accidentally deleted
it	cartella sparita	missing folder
it	accesso negato	access denied
it	nessun accesso	no access
it	non ho i permessi	no permission
it	diritti di amministratore	admin rights
it	permessi di admin	admin rights
it	nuovo assunto	new employee onboarding
it	nuovo collega	new employee onboarding
it	uscita dipendente	offboarding
it	nuovo portatile	new laptop
it	licenza scaduta	licence expired
it	batteria scarica	battery empty
it	non si carica	not charging
it	urgente	urgent
it	numero del ticket	ticket number
it	risultati del sondaggio	survey results
it	analisi dei dati	data analysis
it	kpi	kpi metrics
it	indicatori chiave	kpi metrics
it	migliorare il processo	process improvement
it	miglioramento dei processi	process improvement
it	ottimizzazione dei processi	process improvement
it	automatizzare le attività	automate
it	attività ripetitive	repetitive tasks
it	previsione della domanda	demand forecast
it	previsione delle vendite	sales forecast
it	prevedere	predict
it	trarre conclusioni	insights analysis
it	spunti	insights
it	individuare pattern	pattern detection
it	anomalie	anomalies
it	valori anomali	outliers
it	chi lavora con chi	collaboration network
it	chi se ne intende	find expert
it	un esperto	find expert
it	qualcuno che sappia	find expert
it	competenze	expertise
it	condivisione della conoscenza	knowledge sharing
it	report mensile	monthly report
it	panoramica	overview dashboard
it	risposte aperte	free text responses
it	analisi del testo	text analysis
it	soddisfazione dei clienti	customer satisfaction
it	clima aziendale	employee survey
it	risparmio di tempo	time saving
it	qualità dei dati	data quality
it	pulizia dei dati	data cleaning
it	fonte dei dati	data source
it	file excel	spreadsheet
it	ottimizzazione dei percorsi	route planning
sv	funkar inte längre	not working
sv	fungerar inte längre	not working
sv	det funkar inte	not working
sv	går inte	not working
sv	strular	malfunctioning
sv	krånglar	malfunctioning
sv	har kraschat	crashed
sv	kraschar hela tiden	crashes repeatedly
sv	har hängt sig	frozen
sv	fryser	freezes
sv	frusen	frozen
sv	svarar inte	not responding
sv	laddar inte	not loading
sv	tar evigheter	slow
sv	jättesegt	very slow
sv	supersegt	very slow
sv	startar inte	won't start
sv	går inte att starta	won't start
sv	går inte igång	won't turn on
sv	stänger av sig	shuts down
sv	startar om hela tiden	restart loop
sv	går inte att öppna	won't open
sv	öppnas inte	won't open
sv	ligger nere	outage down
sv	är nere	outage down
sv	servern ligger nere	outage down
sv	allt ligger nere	outage down
sv	för alla	everyone outage
sv	hos alla	everyone outage
sv	alla kollegor	everyone outage
sv	hela avdelningen	department outage
sv	hela kontoret	office outage
sv	ingen kommer in	outage login
sv	ingen kan logga in	outage login
sv	kommer inte in	cannot log in
sv	kan inte logga in	cannot log in
sv	glömt lösenordet	forgot password
sv	glömt lösenord	forgot password
sv	lösenordet har gått ut	password expired
sv	lösenordsåterställning	password reset
sv	återställa lösenord	password reset
sv	byta lösenord	password change
sv	lösenordsbyte	password change
sv	låsa upp kontot	unlock account
sv	tvåfaktorsautentisering	mfa
sv	tvåstegsverifiering	mfa
sv	verifieringskod	mfa code
sv	får ingen kod	mfa code missing
sv	inget internet	no connection
sv	ingen uppkoppling	no connection
sv	ingen anslutning	no connection
sv	uppkopplingen bryts	connection drops
sv	wifi försvinner	wifi drops
sv	vpn funkar inte	vpn not working
sv	konstigt mejl	suspicious email phishing
sv	konstigt mail	suspicious email phishing
sv	misstänkt mejl	suspicious email phishing
sv	misstänkt mail	suspicious email phishing
sv	bluffmejl	phishing
sv	klickade på länken	clicked link phishing
sv	klickat på en länk	clicked link phishing
sv	öppnade bilagan	opened attachment phishing
sv	bilaga	attachment
sv	tappat bort	lost
sv	borttappad	lost
sv	tappat mobilen	lost phone
sv	mobilen borta	lost phone
sv	tappat datorn	lost laptop
sv	datorn stulen	stolen laptop
sv	inget ljud	no sound audio
sv	hör inget	no sound audio
sv	hör mig inte	microphone not working
sv	mikrofonen funkar inte	microphone not working
sv	kameran funkar inte	camera not working
sv	svart skärm	no signal display
sv	skärmen är svart	no signal display
sv	ingen bild	no signal display
sv	ingen signal	no signal display
sv	skärmen flimrar	screen flickering
sv	extra skärm	second monitor
sv	andra skärmen	second monitor
sv	blåskärm	blue screen crash
sv	skriver inte ut	printer not working
sv	skrivaren är offline	printer offline
sv	skrivarkö	print queue
sv	utskriftskö	print queue
sv	utskriftsjobb	print job
sv	slut på papper	out of paper
sv	tonern är slut	toner empty
sv	slut på bläck	ink empty
sv	tonerkassetten	toner cartridge
sv	drivrutin	driver
sv	skrivardrivrutin	printer driver
sv	skärmdelning	screen sharing
sv	dela skärmen	screen sharing
sv	videosamtal	video call
sv	videomöte	video call
sv	boka rum	room booking
sv	rumsbokning	room booking
sv	mötesrummen	meeting rooms
sv	mötesrummet	meeting room
sv	brevlådan är full	mailbox full
sv	mejlen kommer inte fram	email not delivered
sv	kan inte skicka mejl	cannot send email
sv	mejlet studsade	email bounced
sv	funktionsbrevlåda	shared mailbox
sv	delad brevlåda	shared mailbox
sv	sändlista	distribution list
sv	frånvaromeddelande	out of office
sv	filen är borta	lost file
sv	raderade av misstag	accidentally deleted
sv	råkade radera	accidentally deleted
sv	mappen är borta	missing folder
sv	åtkomst nekad	access denied
sv	ingen åtkomst	no access
sv	saknar behörighet	no permission
sv	adminrättigheter	admin rights
sv	administratörsbehörighet	admin rights
sv	nyanställd	new employee onboarding
sv	ny kollega	new employee onboarding
sv	avslutad anställning	offboarding
sv	ny dator	new laptop
sv	licensen har gått ut	licence expired
sv	batteriet är slut	battery empty
sv	laddar inte batteriet	not charging
sv	brådskande	urgent
sv	ärendenummer	ticket number
sv	enkätresultat	survey results
sv	resultaten från enkäten	survey results
sv	analysera data	data analysis
sv	dataanalys	data analysis
sv	kpi:er	kpi metrics
sv	nyckeltalen	kpi metrics
sv	förbättra processen	process improvement
sv	processförbättring	process improvement
sv	effektivisera	process improvement
sv	automatisera uppgifter	automate
sv	återkommande uppgifter	repetitive tasks
sv	efterfrågeprognos	demand forecast
sv	försäljningsprognos	sales forecast
sv	förutsäga	predict
sv	dra slutsatser	insights analysis
sv	insikter	insights
sv	hitta mönster	pattern detection
sv	avvikelser	anomalies
sv	extremvärden	outliers
sv	vem jobbar med vem	collaboration network
sv	vem kan det här	find expert
sv	någon som kan	find expert
sv	kompetens	expertise
sv	kunskapsdelning	knowledge sharing
sv	månadsrapport	monthly report
sv	översikt	overview dashboard
sv	fritextsvar	free text responses
sv	textanalys	text analysis
sv	kundnöjdhet	customer satisfaction
sv	medarbetarenkät	employee survey
sv	tidsbesparing	time saving
sv	datakvalitet	data quality
sv	datatvätt	data cleaning
sv	datakälla	data source
sv	excelfil	spreadsheet
sv	ruttoptimering	route planning
pt	não abre	won't open
pt	não funciona mais	not working
pt	já não funciona	not working
pt	deixou de funcionar	not working
pt	parou de funcionar	not working
pt	não está a funcionar	not working
pt	não está funcionando	not working
pt	travou	frozen
pt	está travado	frozen
pt	congelou	frozen
pt	crashou	crashed
pt	foi abaixo	crashed
pt	fecha sozinho	crashes
pt	não responde	not responding
pt	não carrega	not loading
pt	demora muito	slow
pt	muito lento	very slow
pt	está lento	slow
pt	não liga	won't turn on
pt	não arranca	won't start
pt	não inicia	won't start
pt	desliga sozinho	shuts down
pt	reinicia sozinho	restart loop
pt	não consigo abrir	won't open
pt	está fora do ar	outage down
pt	saiu do ar	outage down
pt	caiu	outage down
pt	o servidor caiu	outage down
pt	está em baixo	outage down
pt	tudo em baixo	outage down
pt	para todos	everyone outage
pt	com todos	everyone outage
pt	toda a gente	everyone outage
pt	todo mundo	everyone outage
pt	todo o departamento	department outage
pt	o escritório todo	office outage
pt	ninguém consegue entrar	outage login
pt	não consigo entrar	cannot log in
pt	não consigo fazer login	cannot log in
pt	não consigo iniciar sessão	cannot log in
pt	esqueci a senha	forgot password
pt	esqueci a palavra-passe	forgot password
pt	senha expirada	password expired
pt	palavra-passe expirada	password expired
pt	redefinir senha	password reset
pt	repor a palavra-passe	password reset
pt	alterar senha	password change
pt	desbloquear conta	unlock account
pt	autenticação de dois fatores	mfa
pt	verificação em duas etapas	mfa
pt	código de verificação	mfa code
pt	não recebi o código	mfa code missing
pt	sem internet	no connection
pt	sem ligação	no connection
pt	sem conexão	no connection
pt	sem rede	no connection
pt	a ligação cai	connection drops
pt	o wifi cai	wifi drops
pt	vpn não funciona	vpn not working
pt	email estranho	suspicious email phishing
pt	e-mail suspeito	suspicious email phishing
pt	email suspeito	suspicious email phishing
pt	mensagem suspeita	suspicious email phishing
pt	cliquei no link	clicked link phishing
pt	cliquei num link	clicked link phishing
pt	cliquei em um link	clicked link phishing
pt	abri o anexo	opened attachment phishing
pt	anexo	attachment
pt	perdi	lost
pt	perdi o telemóvel	lost phone
pt	perdi o celular	lost phone
pt	perdi o portátil	lost laptop
pt	roubaram	stolen
pt	sem som	no sound audio
pt	não tem som	no sound audio
pt	não me ouvem	microphone not working
pt	microfone não funciona	microphone not working
pt	câmara não funciona	camera not working
pt	câmera não funciona	camera not working
pt	ecrã preto	no signal display
pt	tela preta	no signal display
pt	sem imagem	no signal display
pt	sem sinal	no signal display
pt	o ecrã pisca	screen flickering
pt	segundo ecrã	second monitor
pt	segundo monitor	second monitor
pt	ecrã azul	blue screen crash
pt	tela azul	blue screen crash
pt	não imprime	printer not working
pt	impressora offline	printer offline
pt	fila de impressão	print queue
pt	trabalho de impressão	print job
pt	sem papel	out of paper
pt	sem tinta	ink empty
pt	toner acabou	toner empty
pt	driver	driver
pt	driver da impressora	printer driver
pt	partilha de ecrã	screen sharing
pt	partilhar ecrã	screen sharing
pt	compartilhar tela	screen sharing
pt	videochamada	video call
pt	videoconferência	video call
pt	reservar sala	room booking
pt	reserva de sala	room booking
pt	salas de reunião	meeting rooms
pt	caixa cheia	mailbox full
pt	os emails não chegam	email not delivered
pt	não recebo emails	email not delivered
pt	não consigo enviar	cannot send email
pt	email devolvido	email bounced
pt	caixa partilhada	shared mailbox
pt	lista de distribuição	distribution list
pt	resposta automática	out of office
pt	ficheiro desapareceu	lost file
pt	arquivo sumiu	lost file
pt	apaguei sem querer	accidentally deleted
pt	apagado por engano	accidentally deleted
pt	pasta desapareceu	missing folder
pt	acesso negado	access denied
pt	sem acesso	no access
pt	sem permissão	no permission
pt	direitos de administrador	admin rights
pt	novo colaborador	new employee onboarding
pt	novo funcionário	new employee onboarding
pt	acolhimento	onboarding
pt	saída de colaborador	offboarding
pt	portátil novo	new laptop
pt	licença expirada	licence expired
pt	bateria descarregada	battery empty
pt	não carrega a bateria	not charging
pt	urgente	urgent
pt	número do ticket	ticket number
pt	resultados do inquérito	survey results
pt	resultados da pesquisa	survey results
pt	análise de dados	data analysis
pt	kpis	kpi metrics
pt	indicadores-chave	kpi metrics
pt	melhorar o processo	process improvement
pt	melhoria de processos	process improvement
pt	otimização de processos	process improvement
pt	automatizar tarefas	automate
pt	tarefas repetitivas	repetitive tasks
pt	previsão da procura	demand forecast
pt	previsão de demanda	demand forecast
pt	previsão de vendas	sales forecast
pt	prever	predict
pt	tirar conclusões	insights analysis
pt	conclusões	insights
pt	identificar padrões	pattern detection
pt	anomalias	anomalies
pt	valores atípicos	outliers
pt	quem trabalha com quem	collaboration network
pt	quem percebe de	find expert
pt	quem entende de	find expert
pt	algum especialista	find expert
pt	competências	expertise
pt	partilha de conhecimento	knowledge sharing
pt	relatório mensal	monthly report
pt	visão geral	overview dashboard
pt	respostas abertas	free text responses
pt	análise de texto	text analysis
pt	satisfação do cliente	customer satisfaction
pt	inquérito interno	employee survey
pt	poupança de tempo	time saving
pt	qualidade dos dados	data quality
pt	limpeza de dados	data cleaning
pt	fonte de dados	data source
pt	ficheiro excel	spreadsheet
pt	otimização de rotas	route planning
"""#

    /// `en<TAB>chat word or phrase<TAB>plain words`: how people say what tag descriptions
    /// say (`beamer` → projector, `bitcoin` → ransomware malware).
    static let thesaurusText = #"""
en	gun	barcode scanner
en	scan gun	barcode scanner
en	won't beep	scanner not reading
en	handheld scanner	barcode scanner
en	handheld	mobile scanner device
en	barcode	scanner label
en	zebra	label printer scanner
en	plotter	printer
en	mfp	printer copier
en	copier	printer
en	ricoh	printer copier
en	lexmark	printer
en	paper jam	printer jam
en	jammed	jam
en	stuck paper	printer jam
en	cartridge	toner ink
en	toner	printer ink
en	streaks	print quality
en	blank pages	print nothing
en	won't print	printer not printing
en	print queue	printer spooler
en	a1	large format printer
en	a3	large format printer
en	follow-me printing	secure print
en	papercut	print management
en	scan to email	scanner email
en	rejects	refused error
en	beamer	projector
en	no signal	display not working
en	hdmi	display cable
en	dongle	adapter
en	dock	docking station
en	second screen	monitor display
en	external monitor	display
en	black screen	display not working
en	flickering	display monitor
en	smartboard	interactive display
en	clickshare	wireless presentation
en	airplay	screen sharing
en	chromecast	screen sharing
en	screen mirroring	screen sharing
en	share screen	screen sharing
en	webcam	camera
en	cam	camera
en	mic	microphone
en	headset	audio headphones
en	headphones	audio headset
en	earbuds	headset audio
en	airpods	headset bluetooth
en	jabra	headset
en	speakerphone	conference phone
en	echo	audio problem
en	can't hear	audio problem
en	nobody can hear me	microphone problem
en	muted	microphone audio
en	meeting owl	meeting room camera
en	room booking	meeting room reservation
en	book a room	meeting room reservation
en	conference room	meeting room
en	boardroom	meeting room
en	teams room	meeting room system
en	crestron	meeting room controls
en	av	audio video
en	notebook	laptop
en	macbook	laptop apple
en	thinkpad	laptop
en	mac	apple computer
en	desktop	computer
en	pc	computer
en	won't boot	computer not starting
en	won't turn on	device not starting
en	dead	not working
en	bricked	device broken
en	blue screen	computer crash
en	bsod	computer crash
en	crashed	crash
en	crashing	crash
en	frozen	not responding
en	freezing	not responding
en	hangs	not responding
en	nothing happens	not responding
en	unresponsive	not responding
en	spinning wheel	not responding slow
en	loading forever	slow loading
en	laggy	slow
en	lag	slow
en	sluggish	slow
en	takes forever	slow
en	fan noise	overheating
en	overheating	hot laptop fan
en	won't charge	battery charger
en	charger	power adapter
en	cracked screen	broken screen
en	spilled coffee	liquid damage
en	trackpad	touchpad mouse
en	touchpad	mouse
en	usb stick	usb drive storage
en	thumb drive	usb drive
en	flash drive	usb drive
en	hard drive	disk storage
en	c drive	disk storage
en	disk full	storage full
en	out of space	storage full
en	quota	storage limit
en	mailbox full	email quota
en	wifi	wireless network
en	wi-fi	wireless network
en	no internet	network connection
en	net is down	network outage
en	offline	not connected
en	disconnected	not connected
en	keeps dropping	connection unstable
en	dropping out	connection unstable
en	flaky	unstable intermittent
en	spotty	unstable intermittent
en	won't connect	connection failure
en	can't connect	connection failure
en	ethernet	network cable
en	yellow triangle	network connection
en	globe icon	no internet
en	ip address	network address
en	dns	name resolution network
en	proxy	network web filter
en	firewall	network security
en	blocked website	web filter
en	router	network device
en	hotspot	mobile internet
en	eduroam	wifi
en	bandwidth	network speed
en	latency	network slow
en	vpn	remote access
en	globalprotect	vpn
en	anyconnect	vpn
en	forticlient	vpn
en	zscaler	vpn proxy
en	openvpn	vpn
en	working from home	remote access
en	wfh	remote access
en	remote desktop	remote access
en	rdp	remote desktop
en	citrix	remote desktop virtual
en	vdi	virtual desktop
en	teamviewer	remote support
en	anydesk	remote support
en	from home	remote access vpn
en	pw	password
en	pin	password code
en	login	sign-in
en	log in	sign-in
en	can't log in	sign-in problem
en	locked out	account locked
en	shut out	access denied
en	kicked out	signed out session
en	password expired	password reset
en	forgot password	password reset
en	wrong password	sign-in failed
en	credentials	password username
en	username	account
en	windows hello	sign-in face pin
en	fingerprint	biometric sign-in
en	rights	permissions access
en	admin rights	administrator permissions
en	local admin	administrator permissions
en	denied	access refused
en	access denied	permissions refused
en	permission denied	access denied
en	not authorized	access denied
en	unauthorized	access denied
en	forbidden	access denied
en	403	access denied
en	no access	access denied
en	don't have access	access denied
en	need access	access request
en	ad group	group membership
en	distribution list	email group
en	shared mailbox	email group mailbox
en	onboarding	new employee account
en	new starter	new employee account
en	new joiner	new employee account
en	leaver	account removal
en	offboarding	account removal
en	mfa	multi-factor authentication
en	2fa	multi-factor authentication
en	two factor	multi-factor authentication
en	authenticator	mfa app
en	duo	mfa
en	push notification	mfa prompt
en	sms code	mfa code
en	otp	mfa code
en	verification code	mfa code
en	sso	single sign-on
en	okta	single sign-on
en	azure ad	directory accounts
en	entra	directory accounts
en	active directory	directory accounts
en	badge	access card
en	keycard	access card
en	phishing	suspicious email attack
en	spam	junk email
en	scam	phishing fraud
en	dodgy email	phishing suspicious
en	suspicious link	phishing
en	clicked a link	phishing
en	fake invoice	phishing fraud
en	ceo fraud	phishing fraud
en	spoofed	phishing impersonation
en	spoofing	phishing impersonation
en	smishing	phishing text message
en	bitcoin	ransomware malware
en	ransom note	ransomware
en	encrypted files	ransomware
en	txt file	ransom note
en	files locked	ransomware
en	virus	malware
en	trojan	malware
en	worm	malware
en	spyware	malware
en	infected	malware
en	popups	malware adware
en	pop-ups	malware adware
en	antivirus	malware protection
en	defender	antivirus
en	crowdstrike	antivirus endpoint security
en	hacked	compromised account attack
en	hack	attack compromise
en	hacker	attack
en	breach	security incident
en	data breach	data loss incident
en	leak	data loss
en	leaked	data loss
en	compromised	security incident
en	someone signed in	suspicious login
en	signed in from	suspicious login location
en	abroad	foreign location
en	unusual sign-in	suspicious login
en	sign-in alert	suspicious login
en	login alert	suspicious login
en	impossible travel	suspicious login
en	strange activity	suspicious login
en	wasn't me	suspicious login
en	stolen	theft lost device
en	stolen laptop	stolen device
en	lost phone	lost device
en	lost laptop	lost device
en	left on the train	lost device
en	theft	stolen device
en	remote wipe	lost device
en	wrong recipient	data loss email
en	gdpr	data protection privacy
en	personal data	privacy data protection
en	cve	vulnerability
en	patch	security update
en	pentest	security testing
en	threat model	security design
en	zero trust	security design
en	least privilege	security permissions
en	encryption	security data protection
en	bitlocker	disk encryption
en	recovery key	disk encryption
en	secrets	credentials passwords
en	api key	credentials secret
en	password manager	credentials vault
en	certificate	ssl security
en	ssl	certificate
en	not secure	certificate warning
en	connection is not private	certificate warning
en	outlook	email
en	gmail	email
en	mail	email
en	inbox	email
en	bounce	email undeliverable
en	bounced	email undeliverable
en	not receiving emails	email delivery
en	stuck in outbox	email sending
en	out of office	automatic reply
en	ooo	automatic reply
en	auto reply	out of office
en	signature	email footer
en	attachment too big	email size limit
en	calendar invite	meeting invitation
en	invite	meeting invitation
en	double booked	calendar conflict
en	schedule	calendar
en	shared calendar	calendar access
en	cell phone	mobile phone
en	smartphone	mobile phone
en	iphone	mobile phone
en	android	mobile phone
en	ipad	tablet
en	tablet	mobile device
en	sim card	mobile phone
en	no bars	mobile signal
en	desk phone	telephone
en	landline	telephone
en	voicemail	telephone messages
en	voip	telephony
en	calling	phone call
en	intune	mobile device management
en	mdm	mobile device management
en	enrollment	device management
en	whatsapp	messaging app
en	app	application software
en	install	software installation
en	upgrade	software update
en	reboot	restart
en	excel	spreadsheet
en	powerpoint	presentation slides
en	slides	presentation
en	sap	erp system
en	salesforce	crm
en	servicenow	ticketing
en	jira	ticketing project tracking
en	helpdesk	service desk
en	help desk	service desk
en	down	outage unavailable
en	outage	service unavailable
en	not loading	unavailable slow
en	404	page not found
en	timeout	slow unavailable
en	everyone affected	outage
en	nobody can	outage
en	browser	web internet
en	chrome	browser
en	teams	chat meetings
en	slack	chat messaging
en	zoom	video meeting
en	webex	video meeting
en	google meet	video meeting
en	sharepoint	shared files site
en	onedrive	cloud files storage
en	dropbox	cloud files storage
en	google drive	cloud files
en	gdrive	cloud files
en	sync	file synchronization
en	not syncing	file synchronization
en	red x	sync error
en	upload	file transfer
en	download	file transfer
en	confluence	wiki documentation
en	wiki	documentation knowledge
en	notion	wiki notes
en	intranet	internal website
en	network drive	shared folder
en	shared drive	shared folder
en	mapped drive	shared folder
en	file share	shared folder
en	accidentally deleted	file restore
en	restore	recovery backup
en	recycle bin	deleted files
en	version history	file restore
en	backup	copy restore
en	file corrupted	file damaged
en	corrupt	damaged
en	co-authoring	shared editing
en	locked by another user	file locked
en	read only	file permissions
en	read-only	file permissions
en	miro	whiteboard collaboration
en	trello	task board
en	asana	task management
en	borked	broken
en	busted	broken
en	knackered	broken
en	fried	broken
en	on the fritz	broken faulty
en	acting up	faulty
en	playing up	faulty
en	wonky	faulty
en	janky	faulty unreliable
en	glitch	error bug
en	doesn't work	not working
en	stopped working	not working
en	grayed out	disabled unavailable
en	greyed out	disabled unavailable
en	asap	urgent
en	p1	critical outage
en	new laptop	device request
en	who talks to whom	network analysis
en	social network	network analysis
en	sna	social network analysis
en	graph	chart network
en	centrality	network analysis
en	gephi	network analysis
en	neo4j	graph database
en	connections between people	network analysis
en	relationships	network connections
en	communities	network clusters
en	org chart	organization structure
en	stats	statistics
en	stat test	hypothesis testing
en	hypothesis	statistics testing
en	t-test	hypothesis testing
en	chi-square	hypothesis testing
en	anova	hypothesis testing
en	p-value	hypothesis testing
en	statistically significant	hypothesis testing
en	confidence interval	statistics uncertainty
en	error bars	statistics uncertainty
en	margin of error	uncertainty statistics
en	sample size	study design
en	sampling	study design survey
en	a/b test	experiment testing
en	a/b testing	experiment testing
en	split test	experiment testing
en	experiment	study design
en	control group	study design experiment
en	survey	questionnaire data
en	questionnaire	survey
en	regression	statistical model
en	linear regression	regression model
en	logistic regression	regression classification
en	correlation	relationship statistics
en	causal	cause effect
en	causation	causal analysis
en	mean	average
en	median	average
en	average	mean statistics
en	std dev	variation statistics
en	standard deviation	variation statistics
en	variance	variation
en	outlier	anomaly
en	outliers	anomaly
en	distribution	statistics
en	histogram	distribution chart
en	bayesian	statistics probability
en	probability	statistics
en	rstudio	statistics programming
en	spss	statistics software
en	stata	statistics software
en	sas	statistics software
en	crunch the numbers	data analysis
en	number crunching	data analysis
en	segmentation	clustering groups
en	clustering	segmentation groups
en	analyze	analysis
en	modelling	statistical model
en	ml	machine learning
en	ai	machine learning artificial intelligence
en	artificial intelligence	machine learning
en	deep learning	machine learning neural
en	neural network	machine learning
en	model	machine learning prediction
en	train a model	machine learning
en	training data	machine learning data
en	classification	machine learning
en	predict	prediction forecasting
en	prediction	forecasting machine learning
en	predictive	prediction model
en	scikit-learn	machine learning
en	sklearn	machine learning
en	tensorflow	machine learning
en	pytorch	machine learning
en	random forest	machine learning
en	llm	language model ai
en	chatgpt	language model ai
en	copilot	ai assistant
en	generative ai	ai language model
en	prompt	ai language model
en	chatbot	conversational ai
en	rag	ai document search
en	fine tuning	machine learning training
en	computer vision	image recognition
en	ocr	text recognition
en	anomaly detection	outliers monitoring
en	fraud detection	anomaly detection
en	recommendation	recommender system
en	churn	prediction customers
en	jupyter	notebook python
en	python	programming data
en	pandas	data analysis python
en	kaggle	data science
en	labeling	training data
en	bias	fairness model
en	explainability	model interpretation
en	dashboard	charts reporting
en	tableau	dashboard
en	power bi	dashboard
en	powerbi	dashboard
en	looker	dashboard
en	qlik	dashboard
en	grafana	dashboard monitoring
en	kibana	dashboard logs
en	report	reporting
en	management report	reporting dashboard
en	kpi	metrics
en	kpis	metrics
en	metrics	measures indicators
en	the numbers	metrics data
en	visualisation	charts
en	visualization	charts
en	viz	charts visualization
en	dataviz	charts visualization
en	chart	visualization
en	plot	chart
en	bar chart	charts
en	heatmap	chart visualization
en	pivot table	spreadsheet summary
en	pivot	spreadsheet summary
en	gis	maps geodata
en	arcgis	maps gis
en	qgis	maps gis
en	map	maps geodata
en	geodata	maps
en	geospatial	maps geodata
en	spatial	maps geodata
en	coordinates	location geodata
en	gps	location
en	lat long	coordinates location
en	geocoding	addresses coordinates
en	postcode	address location
en	google maps	maps
en	openstreetmap	maps
en	choropleth	map chart
en	heat map	map chart
en	satellite images	imagery maps
en	drone	aerial imagery
en	lidar	sensor 3d
en	service area	maps coverage
en	copy-pasting	manual repetitive
en	copy paste	manual repetitive
en	copy and paste	manual repetitive
en	retyping	manual repetitive
en	manually	manual repetitive
en	by hand	manual
en	tedious	repetitive manual
en	repetitive	manual automation
en	every monday	recurring repetitive
en	every week	recurring repetitive
en	same numbers	repetitive manual
en	grunt work	manual repetitive
en	automate	automation
en	macro	automation spreadsheet
en	vba	macro automation
en	script	automation code
en	scripting	automation code
en	powershell	scripting automation
en	cron	scheduled automation
en	rpa	robotic process automation
en	uipath	automation rpa
en	power automate	workflow automation
en	flow	workflow
en	zapier	workflow automation
en	workflow	process automation
en	mail merge	document automation
en	template	standard document
en	data entry	manual input
en	scraping	data extraction
en	web scraping	data extraction
en	etl	data pipeline
en	data pipeline	integration etl
en	integration	connecting systems
en	connect systems	integration
en	systems don't talk	integration
en	lean	process improvement
en	six sigma	process improvement
en	kaizen	continuous improvement
en	continuous improvement	process improvement
en	bottleneck	process delay
en	waste	inefficiency
en	inefficiency	waste process
en	red tape	bureaucracy process
en	bureaucracy	process overhead
en	paperwork	manual forms
en	paper forms	manual process
en	too many steps	process complexity
en	handoffs	process steps
en	process map	process flow
en	flowchart	process diagram
en	bpmn	process diagram
en	value stream	process improvement
en	root cause	problem analysis
en	5 whys	root cause
en	fishbone	root cause
en	streamline	simplify process
en	simplify	process improvement
en	optimize	improve
en	optimization	improvement efficiency
en	efficiency	productivity
en	save time	efficiency
en	time-consuming	slow manual
en	rework	errors quality
en	mistakes	errors quality
en	human error	manual errors
en	sop	process documentation
en	approval	workflow sign-off
en	waiting time	delay
en	backlog	queue workload
en	ux	user experience
en	ui	user interface
en	user friendly	usability
en	usability	user experience
en	clunky	usability poor
en	confusing	usability
en	hard to use	usability
en	hard to find	navigation usability
en	can't find anything	navigation search
en	navigation	menus usability
en	user research	user experience
en	user testing	usability testing
en	persona	user research
en	journey map	user experience
en	customer journey	user experience
en	wireframe	design prototype
en	mockup	design prototype
en	prototype	design
en	figma	design prototype
en	design thinking	innovation workshop
en	service design	user experience
en	pain points	problems users
en	cms	website content
en	wordpress	website cms
en	html	web code
en	javascript	web code
en	react	web frontend
en	frontend	web interface
en	backend	server code
en	web app	web application
en	domain	web address
en	seo	search engine
en	hosting	web server
en	portal	website
en	db	database
en	sql	database query
en	mysql	database
en	postgresql	database
en	sql server	database
en	oracle	database
en	mongodb	database
en	ms access	database
en	query	database search
en	schema	database structure
en	data model	database structure
en	data warehouse	database analytics
en	data lake	data storage
en	snowflake	data warehouse
en	bigquery	data warehouse
en	databricks	data platform
en	duplicates	data quality
en	dirty data	data quality
en	messy data	data quality
en	data cleaning	data quality
en	master data	data management
en	data governance	data management
en	metadata	data description
en	single source of truth	data management
en	silos	data fragmented
en	data silos	data integration
en	migration	data transfer
en	aws	cloud
en	azure	cloud
en	gcp	cloud
en	google cloud	cloud
en	saas	cloud software
en	serverless	cloud functions
en	vm	virtual machine
en	virtual machine	server
en	server	infrastructure hosting
en	on-prem	local servers
en	lift and shift	cloud migration
en	finops	cloud costs
en	kubernetes	containers
en	docker	containers
en	devops	deployment automation
en	ci/cd	deployment pipeline
en	continuous integration	deployment pipeline
en	deploy	deployment
en	release	deployment
en	github	code repository
en	gitlab	code repository
en	git	version control
en	repo	code repository
en	version control	code repository
en	pull request	code review
en	jenkins	deployment pipeline
en	terraform	infrastructure code
en	infrastructure as code	automation infrastructure
en	monitoring	alerts observability
en	observability	monitoring
en	sre	reliability operations
en	incident response	outage handling
en	postmortem	incident review
en	rollback	deployment undo
en	hotfix	urgent fix
en	bug	software defect
en	test automation	software testing
en	api	integration interface
en	endpoint	api
en	webhook	api integration
en	json	data format api
en	swagger	api documentation
en	postman	api testing
en	oauth	api authentication
en	rate limit	api limits
en	connector	integration
en	low code	low-code app builder
en	no-code	low-code
en	no code	low-code app builder
en	power apps	low-code
en	powerapps	low-code
en	appsheet	low-code
en	airtable	low-code database
en	citizen developer	low-code
en	build an app	app development
en	ms forms	forms survey
en	google forms	forms survey
en	surveymonkey	survey
en	qualtrics	survey
en	brainstorming	ideas workshop
en	ideation	ideas workshop
en	hackathon	innovation event
en	design sprint	innovation workshop
en	sprint	agile iteration
en	workshop	session facilitation
en	sticky notes	workshop
en	post-it	workshop
en	pitch	proposal idea
en	proof of concept	pilot prototype
en	poc	pilot prototype
en	pilot	trial test
en	mvp	prototype pilot
en	outside the box	innovation
en	retrospective	lessons learned
en	forecasting	prediction future
en	predict sales	forecasting
en	demand planning	forecasting
en	demand forecast	forecasting
en	projections	forecasting
en	time series	forecasting
en	trend	forecasting time series
en	trends	forecasting
en	seasonality	forecasting time series
en	capacity planning	forecasting demand
en	scenario	what-if planning
en	what-if	scenario planning
en	simulation	modelling scenarios
en	routing	route optimization
en	route	routing delivery
en	route planning	routing optimization
en	travelling salesman	routing optimization
en	fleet	vehicles logistics
en	trucks	vehicles logistics
en	drivers	vehicles logistics
en	dispatch	logistics scheduling
en	shipping	logistics delivery
en	supply chain	logistics
en	inventory	stock
en	stockouts	inventory shortage
en	warehouse	logistics storage
en	picking	warehouse logistics
en	last mile	delivery logistics
en	scheduling	planning optimization
en	shift planning	scheduling staff
en	rota	scheduling staff
en	iot	sensors devices
en	sensors	iot devices
en	telemetry	sensor data
en	humidity	sensors environment
en	occupancy	sensors usage
en	co2	air quality sensors
en	air quality	sensors environment
en	smart meter	energy sensors
en	raspberry pi	iot device
en	arduino	iot device
en	plc	industrial control
en	scada	industrial control
en	rfid	tags tracking
en	tracker	tracking device
en	digital twin	simulation model
en	predictive maintenance	sensors machine learning
en	sustainability	environment carbon
en	carbon	emissions sustainability
en	carbon footprint	emissions sustainability
en	emissions	carbon sustainability
en	net zero	carbon sustainability
en	esg	sustainability reporting
en	energy consumption	energy usage sustainability
en	energy saving	efficiency sustainability
en	recycling	waste sustainability
en	e-waste	recycling electronics
en	climate	sustainability
en	training	learning courses
en	courses	training
en	tutorial	training guide
en	how to	guide instructions
en	e-learning	online training
en	lms	learning platform
en	upskill	training skills
en	upskilling	training skills
en	webinar	online training
en	mentoring	coaching
en	coaching	mentoring training
en	certification	training qualification
en	udemy	online training
en	cheat sheet	guide reference
en	documentation	guides
en	knowledge base	documentation
en	beginner	introduction training
en	crash course	training introduction
en	bootcamp	training intensive
en	guru	expert
en	sme	subject expert
en	someone who knows	expert
en	gantt	project timeline
en	gantt chart	project timeline
en	timeline	schedule plan
en	milestone	project timeline
en	deadline	project schedule
en	ms project	project planning
en	kanban	task board
en	scrum	agile
en	agile	iterative project
en	standup	agile meeting
en	user story	requirements
en	requirements	specification
en	spec	specification requirements
en	stakeholders	project people
en	raci	roles responsibilities
en	scope creep	project scope
en	risk register	project risks
en	status update	project reporting
en	roadmap	plan timeline
en	to-do list	tasks
en	tasks	work items
en	workload	capacity tasks
en	business case	proposal benefits
en	roi	benefits costs
en	open source	free software
en	oss	open source
en	foss	open source
en	linux	operating system
en	ubuntu	linux
en	libreoffice	office software
en	freeware	free software
en	text mining	text analysis
en	nlp	text analysis
en	sentiment	text analysis opinions
en	sentiment analysis	text analysis
en	topic modelling	text analysis
en	word cloud	text visualization
en	free text	text analysis
en	comments	text feedback
en	open-ended answers	text survey
en	feedback	comments opinions
en	classify emails	text classification
en	entity extraction	text extraction
en	summarize	text summary
en	translation	language text
en	speech to text	transcription
en	transcription	speech text
en	regex	text patterns
en	fuzzy matching	text similarity
en	vlookup	spreadsheet formula
en	xlookup	spreadsheet formula
en	index match	spreadsheet formula
en	formula	spreadsheet
en	conditional formatting	spreadsheet
en	workbook	spreadsheet
en	#ref	spreadsheet formula error
en	power query	spreadsheet data import
en	huge spreadsheet	spreadsheet slow
en	a11y	accessibility
en	accessible	accessibility
en	wcag	accessibility
en	screen reader	accessibility
en	jaws	screen reader accessibility
en	nvda	screen reader accessibility
en	alt text	accessibility images
en	contrast	accessibility colours
en	color blind	accessibility colours
en	dyslexia	accessibility reading
en	blind	accessibility vision
en	deaf	accessibility hearing
en	captions	accessibility subtitles
en	subtitles	captions accessibility
en	keyboard only	accessibility navigation
en	ergonomic	workplace equipment
en	standing desk	workplace equipment
en	disability	accessibility
en	nobody can log in	outage everyone
en	no one can log in	outage everyone
en	nobody can sign in	outage everyone
en	down for everyone	outage
en	whole office	outage everyone
en	whole team	outage everyone
en	whole floor	outage everyone
en	whole building	outage everyone
en	entire office	outage everyone
en	entire team	outage everyone
en	entire company	outage everyone
en	whole company	outage everyone
en	all of us	outage everyone
en	all users	outage everyone
en	not just me	outage everyone
en	others too	outage everyone
en	colleagues too	outage everyone
en	same for my colleagues	outage everyone
en	same problem here	outage everyone
en	is it just me	outage check
en	site down	outage website
en	server down	outage server
en	everything is down	outage everyone
en	nothing works	outage
en	nothing is working	outage
en	nothing loads	outage unavailable
en	can't reach	unavailable connection
en	unreachable	unavailable
en	not available	unavailable
en	unavailable	outage
en	503	outage unavailable
en	500 error	server error
en	major incident	outage critical
en	sev1	critical outage
en	critical	urgent outage
en	urgent	high priority
en	emergency	urgent
en	blocked	cannot work
en	can't work	blocked urgent
en	cannot work	blocked urgent
en	unable to work	blocked urgent
en	dead in the water	outage blocked
en	keeps kicking me out	sign out session
en	login loop	sign-in problem
en	stuck on login	sign-in problem
en	signin	sign-in
en	sign in	sign-in
en	signing in	sign-in
en	logging in	sign-in
en	logon	sign-in
en	log on	sign-in
en	logged in	sign-in
en	too many attempts	account locked
en	password rejected	sign-in failed
en	incorrect password	sign-in failed
en	starting monday	new employee account
en	first day	new employee account
en	left the company	account removal
en	last day	account removal
en	someone logged into my account	suspicious login compromised
en	someone logged in	suspicious login compromised
en	someone used my account	suspicious login compromised
en	hijacked	compromised account
en	emails i didn't send	compromised account
en	sending spam	compromised account
en	login from another country	suspicious login location
en	new sign-in	suspicious login
en	unknown device	suspicious login device
en	random mfa prompts	mfa fatigue attack
en	mfa fatigue	mfa attack
en	yubikey	security key mfa
en	passkey	passwordless sign-in
en	not getting the code	mfa code
en	saml	single sign-on
en	ldap	directory accounts
en	weird email	phishing suspicious
en	strange email	phishing suspicious
en	odd email	phishing suspicious
en	suspicious attachment	phishing malware
en	weird link	phishing suspicious
en	strange link	phishing suspicious
en	fishy	suspicious
en	dodgy	suspicious
en	looks fake	phishing suspicious
en	looks legit	phishing suspicious
en	is this legit	phishing suspicious
en	is this real	phishing suspicious
en	is this safe	phishing suspicious
en	clicked the link	phishing
en	clicked on a link	phishing
en	i clicked	phishing
en	accidentally clicked	phishing
en	opened the attachment	phishing malware
en	opened an attachment	phishing malware
en	entered my password	phishing credentials
en	typed my password	phishing credentials
en	gave my password	phishing credentials
en	gave my details	phishing credentials
en	entered my details	phishing credentials
en	asking for gift cards	phishing scam
en	gift cards	phishing scam
en	gift card	phishing scam
en	bank details	phishing fraud payment
en	wire transfer	phishing fraud payment
en	payment request	phishing fraud
en	boss asking for	phishing impersonation
en	ceo asking	phishing impersonation
en	pretending to be	phishing impersonation
en	fake login page	phishing credentials
en	fake website	phishing
en	docusign	e-signature documents
en	fake parcel	phishing text message
en	qr code	phishing qr
en	someone called pretending	phishing phone scam
en	spammed	junk email
en	unsubscribe	junk email
en	quarantine	email filtering
en	quarantined	email filtering
en	safe sender	email filtering
en	whitelist	allow list
en	blacklist	block list
en	scammer	phishing fraud
en	scammers	phishing fraud
en	extortion	phishing scam
en	lottery	phishing scam
en	malicious	malware attack
en	viruses	malware
en	infection	malware
en	encrypted my files	ransomware
en	files encrypted	ransomware
en	strange file extensions	ransomware
en	pay to unlock	ransomware
en	threat detected	malware alert
en	sentinelone	antivirus endpoint security
en	sophos	antivirus
en	mcafee	antivirus
en	norton	antivirus
en	siem	security monitoring
en	splunk	security monitoring logs
en	breached	security incident
en	wrong attachment	data loss email
en	reply all	email data loss
en	unsend	email recall
en	left my phone on the train	lost device
en	left my phone	lost device
en	left my laptop	lost device
en	left it on the bus	lost device
en	left in a taxi	lost device
en	left at the airport	lost device
en	lost my phone	lost device
en	lost my laptop	lost device
en	lost badge	lost access card
en	can't find my phone	lost device
en	misplaced	lost device
en	car broken into	stolen device
en	tailgating	physical security
en	shoulder surfing	physical security
en	read rights	permissions access
en	can't edit	permissions read only
en	cannot edit	permissions read only
en	can't open	access denied file
en	not allowed	access denied
en	not permitted	access denied
en	privileges	permissions access
en	rbac	permissions role
en	add me to the group	group membership access
en	add me to	group membership access
en	remove me from	group membership
en	mailing list	email group
en	share link	file sharing
en	anyone with the link	file sharing external
en	elevated	administrator permissions
en	uac	administrator prompt
en	sudo	administrator permissions
en	root access	administrator permissions
en	greyed	disabled permission
en	grey out	disabled permission
en	grayed	disabled permission
en	can't click	disabled permission
en	locked setting	disabled policy
en	managed by your organization	policy restriction
en	managed by your organisation	policy restriction
en	gpo	policy restriction
en	won't sync	sync
en	syncing	sync
en	synced	sync
en	synching	sync
en	synchronise	sync
en	synchronize	sync
en	synchronizing	sync
en	processing changes	sync
en	duplicate files	sync conflict
en	files not updating	sync
en	changes not showing	sync
en	icloud	cloud files storage
en	no space	storage full
en	disk space	storage full
en	mailbox is full	email quota
en	deleted by mistake	restore deleted
en	accidentally removed	restore deleted
en	lost my files	restore deleted
en	lost my work	restore deleted
en	lost files	restore deleted
en	files disappeared	restore deleted
en	files are gone	restore deleted
en	missing files	restore deleted
en	disappeared	missing
en	vanished	missing
en	overwrote	restore previous version
en	overwritten	restore previous version
en	saved over	restore previous version
en	recover	restore
en	recovered	restore
en	recovery	restore
en	undelete	restore deleted
en	roll back	restore undo
en	backed up	backup
en	back up	backup
en	won't open	not opening
en	doesn't open	not opening
en	corrupted	damaged
en	unreadable	file damaged
en	in use by another user	file locked
en	autosave	file save
en	didn't save	restore unsaved
en	not saved	restore unsaved
en	zip	compressed files
en	wetransfer	file transfer
en	ftp	file transfer
en	uploading	file transfer
en	downloading	file transfer
en	no service	mobile signal
en	no coverage	mobile signal
en	dead zone	mobile signal coverage
en	reception	mobile signal
en	4g	mobile data
en	5g	mobile data
en	lte	mobile data
en	roaming	mobile data abroad
en	esim	sim card
en	tethering	mobile internet hotspot
en	wlan	wireless network
en	ssid	wireless network
en	access point	wireless network device
en	dropping	connection unstable
en	dropped	connection unstable
en	drops	connection unstable
en	disconnecting	connection unstable
en	disconnects	connection unstable
en	intermittent	unstable intermittent
en	on and off	unstable intermittent
en	comes and goes	unstable intermittent
en	sometimes works	unstable intermittent
en	works sometimes	unstable intermittent
en	unreliable	unstable intermittent
en	times out	connection timeout
en	timing out	connection timeout
en	timed out	connection timeout
en	time out	connection timeout
en	timeouts	connection timeout
en	packet loss	network unstable
en	ping	network latency
en	jitter	network latency calls
en	modem	network device
en	fibre	internet connection
en	broadband	internet connection
en	isp	internet provider
en	dhcp	network address
en	ip conflict	network address
en	site can't be reached	connection failure website
en	fortinet	vpn firewall
en	palo alto	vpn firewall
en	remote working	remote access
en	home office	remote access
en	hotel wifi	wireless network travel
en	windows 365	virtual desktop
en	cloud pc	virtual desktop
en	ssh	remote server access
en	quick assist	remote support
en	paper stuck	paper jam
en	jam	paper jam
en	jams	paper jam
en	jamming	paper jam
en	tray	printer paper
en	printed	printing
en	print	printing
en	spooler	printing queue
en	empty pages	printing blank
en	white pages	printing blank
en	faded	print quality
en	faint	print quality
en	smudged	print quality
en	lines on page	print quality
en	streaky	print quality
en	gibberish	printing error garbled
en	weird symbols	printing error garbled
en	double sided	printing duplex
en	double-sided	printing duplex
en	both sides	printing duplex
en	black and white	printing monochrome
en	greyscale	printing monochrome
en	ink	printer ink
en	dymo	label printer
en	canon	printer camera
en	epson	printer
en	xerox	printer copier
en	laserjet	printer
en	scan	scanner
en	scanning	scanner
en	photocopier	printer copier
en	copy machine	printer copier
en	no signal on the screen	display hdmi
en	no input	display hdmi
en	nothing on the screen	display not working
en	screen went black	display not working
en	blank screen	display not working
en	monitor	display monitor
en	screen	display
en	screens	display monitor
en	vga	display cable
en	usb-c	cable adapter
en	thunderbolt	cable adapter dock
en	converter	adapter
en	blurry	display quality
en	text too small	display settings
en	upside down	display settings rotation
en	mirror	screen sharing
en	mirroring	screen sharing
en	flicker	display monitor flickering
en	flickers	display monitor flickering
en	dead pixels	broken screen
en	lines on screen	display broken
en	discoloured	display quality
en	dim	display brightness
en	too dark	display brightness
en	tv	display screen
en	can't hear anyone	audio sound
en	can't hear them	audio sound
en	audio	audio sound
en	sound	audio sound
en	volume	audio sound
en	quiet	audio sound
en	too loud	audio sound
en	crackling	audio quality
en	buzzing	audio quality noise
en	robotic	audio quality
en	choppy	audio video quality
en	breaking up	audio quality
en	cutting out	audio quality
en	lip sync	audio latency
en	echo on calls	audio headset
en	echoing	audio headset
en	hear myself	audio headset echo
en	unmute	microphone audio
en	people can't hear me	microphone problem
en	no one can hear me	microphone problem
en	can't be heard	microphone problem
en	mics	microphone
en	soundbar	audio speaker
en	headphone	audio headset
en	earphones	audio headset
en	jabra evolve	audio headset
en	poly	audio headset conference
en	polycom	conference phone
en	poly sync	conference phone
en	bose	audio headset
en	logitech	peripherals
en	logitech rally	meeting room camera
en	bluetooth	bluetooth wireless
en	pairing	bluetooth wireless
en	won't pair	bluetooth wireless
en	can't see me	camera video
en	pixelated	video quality
en	spinning	slow loading
en	spinner	slow loading
en	hourglass	slow loading
en	beach ball	slow loading
en	buffering	slow loading
en	loading	slow loading
en	won't load	slow loading unavailable
en	doesn't load	slow loading unavailable
en	takes ages	slow
en	ages to load	slow loading
en	slower	slow
en	slowness	slow
en	crawling	slow
en	lagging	slow
en	lags	slow
en	stuttering	slow performance
en	performance	slow performance
en	high cpu	slow performance
en	cpu	performance processor
en	ram	performance memory
en	task manager	performance processes
en	freezes	not responding
en	froze	not responding
en	freeze	not responding
en	hanging	not responding
en	hung	not responding
en	stuck	stuck not responding
en	locked up	not responding
en	crashes	crash
en	closes by itself	crash
en	shuts down	crash shutdown
en	shuts off	crash shutdown
en	turns off	crash shutdown
en	restarting	restart
en	rebooting	restart
en	reboots	restart
en	boot loop	computer not starting
en	bootloop	computer not starting
en	won't start	not starting
en	won't power on	device not starting
en	no power	device not starting
en	booting	starting boot
en	bios	firmware
en	stop error	computer crash
en	errors	error
en	something went wrong	error
en	exception	error bug
en	bugs	software defect
en	buggy	software defect
en	glitchy	error bug
en	glitches	error bug
en	breaks	broken
en	broke	broken
en	isn't working	not working
en	doesnt work	not working
en	won't work	not working
en	malfunction	faulty
en	malfunctioning	faulty
en	defective	faulty
en	died	not working dead
en	dying	not working
en	gave up	not working
en	packed up	broken
en	toast	broken
en	overheat	hot laptop fan
en	overheated	hot laptop fan
en	running hot	hot laptop fan
en	fan	hot laptop fan
en	fans	hot laptop fan
en	noisy	noise
en	beeping	hardware noise
en	burning smell	hardware fault safety
en	smoke	hardware fault safety
en	sparks	hardware fault safety
en	swollen battery	battery hardware safety
en	charging	battery charger
en	brick	device broken
en	power button	device not starting
en	blackout	power outage
en	gadget	device
en	gadgets	device
en	thingy	device
en	widget	device
en	gizmo	device
en	accessories	peripherals
en	dongles	adapter
en	ultrabook	laptop
en	chromebook	laptop
en	surface pro	laptop microsoft
en	surface hub	interactive display
en	imac	computer apple
en	macos	apple computer
en	osx	apple computer
en	lenovo	laptop computer
en	dell	laptop computer
en	xps	laptop
en	hp	laptop computer printer
en	elitebook	laptop
en	asus	laptop computer
en	acer	laptop computer
en	workstation	computer
en	thin client	virtual desktop
en	my machine	computer
en	box under my desk	computer
en	iphones	mobile phone
en	ios	mobile phone apple
en	ipads	tablet
en	apple watch	wearable
en	smartwatch	wearable
en	samsung	mobile phone android
en	galaxy	mobile phone android
en	huawei	mobile phone android
en	phone	mobile phone
en	mobile	mobile phone
en	cellphone	mobile phone
en	byod	personal device
en	my own laptop	personal device
en	enroll	device management
en	enrol	device management
en	jamf	mobile device management apple
en	kiosk	device shared
en	key stuck	keyboard
en	sticky keys	keyboard accessibility
en	typing wrong characters	keyboard language
en	num lock	keyboard
en	caps lock	keyboard
en	cursor	mouse
en	pointer	mouse
en	cursor jumping	mouse touchpad
en	right click	mouse
en	hot desking	desk booking
en	not recognized	device not detected
en	not detected	device not detected
en	ssd	disk storage
en	hdd	disk storage
en	nas	network storage
en	pendrive	usb drive
en	dvd	optical drive
en	smashed	broken screen
en	cracked	broken screen
en	water damage	liquid damage
en	spilled	liquid damage
en	spilt	liquid damage
en	got wet	liquid damage
en	hinge	laptop repair
en	repair	hardware repair
en	spare laptop	device loan
en	order a laptop	device request
en	serial number	asset inventory
en	ms	microsoft
en	m365	microsoft 365
en	o365	microsoft 365
en	docx	document word processing
en	xlsx	spreadsheet
en	csv	spreadsheet data file
en	teams call	video meeting
en	owa	email web
en	exchange	email server
en	onenote	notes
en	visio	diagram
en	planner	task management
en	yammer	social intranet
en	viva	employee experience
en	bookings	appointments scheduling
en	dynamics 365	crm erp
en	windows	operating system
en	win10	operating system
en	win11	operating system
en	update	software update
en	updates	software update
en	updating	software update
en	updated	software update
en	patching	security update
en	patches	security update
en	firefox	browser
en	safari	browser
en	internet explorer	browser
en	plugin	add-on
en	add-in	add-on
en	g suite	google workspace
en	gsuite	google workspace
en	google docs	document
en	google sheet	spreadsheet
en	sheets	spreadsheet
en	app store	software installation
en	play store	software installation
en	facetime	video call
en	imessage	messaging
en	acrobat	pdf
en	e-signature	signature documents
en	esignature	signature documents
en	photoshop	design graphics
en	illustrator	design graphics
en	canva	design graphics
en	concur	expenses travel
en	netsuite	erp system
en	workday	hr system
en	payslip	hr payroll
en	timesheet	time tracking
en	timesheets	time tracking
en	sfdc	crm
en	hubspot	crm marketing
en	zendesk	ticketing
en	service now	ticketing
en	ticket	ticketing
en	tickets	ticketing
en	itsm	ticketing
en	atlassian	jira confluence
en	bitbucket	code repository
en	pagerduty	alerts on-call
en	skype	video meeting
en	join link	video meeting
en	can't join	video meeting join
en	conference call	video meeting
en	dropped calls	call quality
en	recording	meeting recording
en	background blur	camera video
en	virtual background	camera video
en	town hall	online events
en	all hands	online events
en	emails	email
en	mails	email
en	bouncing	email undeliverable
en	bounces	email undeliverable
en	bounceback	email undeliverable
en	undeliverable	email undeliverable
en	ndr	email undeliverable
en	mailer daemon	email undeliverable
en	550	email undeliverable
en	didn't arrive	email delivery
en	never arrived	email delivery
en	not arriving	email delivery
en	won't send	email sending
en	outbox	email sending
en	forwarding	email forwarding
en	send as	mailbox permissions
en	send on behalf	mailbox permissions
en	alias	email address
en	autoreply	automatic reply
en	on holiday	automatic reply
en	on vacation	automatic reply
en	annual leave	automatic reply
en	working offline	email not connected
en	calendars	calendar
en	calender	calendar
en	diary	calendar
en	agenda	calendar
en	rooms	meeting room
en	touch panel	meeting room controls
en	appointment	calendar
en	appointments	calendar
en	timezone	calendar time zone
en	double booking	calendar conflict
en	clash	calendar conflict
en	free busy	calendar access
en	calls	phone call
en	ringing	phone call
en	doesn't ring	telephone
en	phone not ringing	telephone
en	direct line	telephone
en	divert	telephone forwarding
en	switchboard	telephone reception
en	softphone	telephony
en	sip	telephony
en	pbx	telephony
en	text message	sms
en	texts	sms
en	messenger	messaging app
en	chat	chat messaging
en	chats	chat messaging
en	dm	chat messaging
en	notifications	alerts notifications
en	presence	chat status
en	what drives	drivers analysis
en	what's driving	drivers analysis
en	what is driving	drivers analysis
en	key drivers	drivers analysis
en	factors	drivers analysis
en	what influences	drivers analysis
en	what affects	drivers analysis
en	what impacts	drivers analysis
en	effect of	impact analysis
en	does it affect	impact analysis
en	explain why	root cause analysis
en	why is it happening	root cause analysis
en	why does it happen	root cause analysis
en	why do we keep	root cause analysis
en	keeps happening	root cause recurring
en	recurring problem	root cause recurring
en	recurring issue	root cause recurring
en	same problem again	root cause recurring
en	happens again	root cause recurring
en	underlying cause	root cause analysis
en	underlying problem	root cause analysis
en	rca	root cause analysis
en	post mortem	incident review
en	lessons learnt	lessons learned
en	after action review	lessons learned
en	why did it fail	root cause analysis
en	get to the bottom	root cause analysis
en	who influences whom	network analysis influence
en	who influences	network analysis influence
en	influencers	network analysis influence
en	key people	network analysis key people
en	key players	network analysis key people
en	most connected	network analysis centrality
en	well connected	network analysis centrality
en	connectors	network analysis key people
en	brokers	network analysis brokers
en	bridges	network analysis brokers
en	gatekeepers	network analysis brokers
en	single point of failure	network analysis risk
en	informal network	network analysis informal
en	shadow org chart	network analysis informal
en	how work really gets done	network analysis informal
en	who works with whom	network analysis collaboration
en	silo	network analysis silos
en	siloed	network analysis silos
en	teams don't talk	network analysis silos
en	who talks to who	network analysis
en	who knows whom	network analysis
en	who knows who	network analysis
en	community detection	network clusters
en	hidden experts	expert finding
en	hidden talent	expert finding
en	find someone who knows	expert finding
en	who knows about	expert finding
en	who knows how	expert finding
en	anyone know	expert finding
en	anyone who knows	expert finding
en	anyone familiar with	expert finding
en	who can help	expert finding
en	experts	expert
en	expertise	expert
en	specialist	expert
en	specialists	expert
en	go-to person	expert
en	go to person	expert
en	power user	expert
en	champion	expert
en	champions	expert
en	skills	expertise skills
en	competencies	expertise skills
en	know-how	expertise
en	knowledge sharing	knowledge expertise
en	community of practice	expert community
en	peer support	expert community
en	second opinion	expert advice
en	sounding board	expert advice
en	sanity check	expert review
en	pick your brain	expert advice
en	analyse	analysis
en	analysing	analysis
en	analytics	data analysis
en	insights	data analysis
en	insight	data analysis
en	deep dive	data analysis
en	drill down	data analysis dashboard
en	slice and dice	data analysis
en	make sense of	data analysis
en	dataset	data
en	datasets	data
en	pivoting	spreadsheet summary
en	unpivot	data reshape
en	transpose	data reshape
en	lookup	spreadsheet lookup
en	look up	spreadsheet lookup
en	compare two lists	data matching
en	compare two sheets	data matching
en	compare two files	data matching
en	reconcile	data reconciliation
en	macros	automation spreadsheet
en	formulas	spreadsheet formula
en	sumif	spreadsheet formula
en	countif	spreadsheet formula
en	if statement	spreadsheet formula
en	#n/a	spreadsheet formula error
en	circular reference	spreadsheet formula error
en	spreadsheets	spreadsheet
en	too many rows	spreadsheet limits
en	worksheet	spreadsheet sheet
en	cells	spreadsheet
en	columns	spreadsheet table
en	rows	spreadsheet table
en	dropdown	spreadsheet validation
en	tidy up data	data cleaning
en	tidying	data cleaning
en	clean the data	data cleaning
en	wrangling	data cleaning
en	scrub	data cleaning
en	data is a mess	data quality
en	inconsistent	data quality
en	typos	data quality
en	spelling variations	data quality
en	missing values	data quality missing
en	blanks	data quality missing
en	empty cells	data quality missing
en	nulls	data quality missing
en	standardise	data cleaning
en	standardize	data cleaning
en	normalise	data cleaning
en	normalize	data cleaning
en	date format	data cleaning dates
en	text to columns	data cleaning split
en	trim spaces	data cleaning
en	dedupe	duplicates data quality
en	de-dupe	duplicates data quality
en	deduplicate	duplicates data quality
en	deduplication	duplicates data quality
en	duplicate	duplicates
en	dupes	duplicates data quality
en	join two tables	data join
en	joins	data join
en	merge	data join
en	merging	data join
en	combine files	data join
en	combine sheets	data join
en	append	data combine
en	consolidate	data combine
en	bring together	data combine integration
en	alteryx	data preparation tool
en	dataframe	data analysis python
en	coding	programming code
en	developer	programming code
en	survey results	survey analysis
en	surveys	survey
en	pulse check	survey employees
en	questionnaires	survey
en	polls	survey poll
en	likert	survey scale
en	responses	survey response
en	form	forms
en	free text answers	text analysis survey
en	free-text	text analysis
en	open comments	text analysis feedback
en	open ended	text analysis survey
en	open-ended	text analysis survey
en	open questions	text analysis survey
en	verbatims	text analysis feedback
en	written comments	text analysis feedback
en	comment box	text analysis feedback
en	customer feedback	feedback customers
en	reviews	feedback reviews
en	complaints	feedback complaints
en	voc	feedback customers
en	csat	satisfaction feedback
en	nps	net promoter score
en	net promoter	net promoter score
en	detractors	net promoter score
en	themes	text analysis themes
en	categorise comments	text analysis classification
en	thousands of comments	text analysis
en	summarise	text summary
en	tone	text analysis sentiment
en	positive or negative	text analysis sentiment
en	mood	text analysis sentiment
en	emotions	text analysis sentiment
en	keywords	text analysis
en	gpt	ai language model
en	openai	ai language model
en	claude	ai language model
en	gemini	ai language model
en	forecast demand	forecasting demand
en	forecast	forecasting
en	forecasts	forecasting
en	demand	forecasting demand
en	predictions	prediction forecasting
en	project forward	forecasting
en	extrapolate	forecasting
en	extrapolation	forecasting
en	call volumes	forecasting demand
en	moving average	forecasting time series
en	seasonal	forecasting seasonality
en	peaks	forecasting seasonality
en	peak times	forecasting seasonality
en	busy periods	forecasting seasonality
en	weekly pattern	forecasting seasonality
en	christmas peak	forecasting seasonality
en	trend line	trend chart
en	trendline	trend chart
en	line of best fit	trend regression
en	increasing	trend
en	decreasing	trend
en	growth	trend growth
en	year over year	trend comparison
en	yoy	trend comparison
en	month on month	trend comparison
en	time-series	forecasting time series
en	cohort	cohort analysis
en	cohorts	cohort analysis
en	retention	churn retention
en	churned	churn retention
en	customers leaving	churn retention
en	lost customers	churn retention
en	attrition	churn turnover
en	why people leave	churn turnover
en	who will leave	churn prediction
en	drop off	conversion funnel
en	drop-off	conversion funnel
en	segments	segmentation groups
en	personas	user research
en	ab test	experiment testing
en	ab testing	experiment testing
en	a/b	experiment testing
en	experiments	experiment testing
en	trial	trial test
en	randomised	experiment design
en	randomized	experiment design
en	treatment group	experiment design
en	test group	experiment design
en	before and after	impact analysis
en	did it work	impact analysis
en	significant difference	hypothesis testing
en	significant	hypothesis testing
en	significance	hypothesis testing
en	real difference	hypothesis testing
en	difference between groups	hypothesis testing
en	compare groups	hypothesis testing
en	comparing groups	hypothesis testing
en	just chance	hypothesis testing
en	by chance	hypothesis testing
en	random chance	hypothesis testing
en	p value	hypothesis testing
en	t test	hypothesis testing
en	chi squared	hypothesis testing
en	how many people	study design sample size
en	how many responses	study design sample size
en	enough data	study design sample size
en	representative	sampling survey
en	samples	sampling
en	error margin	uncertainty statistics
en	plus or minus	uncertainty statistics
en	confidence	uncertainty statistics
en	bootstrap	statistics uncertainty
en	statistician	statistics expert
en	percentiles	statistics distribution
en	skewed	statistics distribution
en	bell curve	statistics distribution
en	averages	mean statistics
en	correlated	correlation
en	relationship between	correlation
en	linked to	correlation
en	association	correlation
en	cause	causal analysis
en	causes	causal analysis
en	confounding	causal analysis
en	confounders	causal analysis
en	difference in differences	causal analysis
en	r squared	regression model
en	pca	dimension reduction
en	k-means	clustering groups
en	clusters	clustering groups
en	similar customers	clustering segmentation
en	profiling	segmentation groups
en	decision tree	machine learning
en	accuracy	model evaluation
en	heat maps	map chart
en	map the	maps geodata
en	mapping	maps geodata
en	maps	maps geodata
en	shapefile	maps gis
en	geojson	maps gis
en	geocode	geocoding addresses
en	geocoded	geocoding addresses
en	addresses	geocoding addresses
en	postcodes	address location
en	zip code	address location
en	latitude longitude	coordinates location
en	lat/long	coordinates location
en	travel time	routing distance
en	drive time	routing distance
en	catchment	maps coverage
en	radius	maps coverage
en	nearest	maps distance
en	closest	maps distance
en	regions	maps geodata
en	region	maps geodata
en	territory	maps geodata
en	territories	maps geodata
en	site selection	location analysis
en	where to open	location analysis
en	footfall	location analysis
en	plan routes	routing optimization
en	routes	routing delivery
en	deliveries	logistics delivery
en	shortest path	routing optimization
en	van	vehicles logistics
en	vans	vehicles logistics
en	stock	inventory
en	linear programming	optimization
en	allocation	optimization planning
en	timetable	scheduling planning
en	roster	scheduling staff
en	bot	automation bot
en	bots	automation bot
en	chat bot	conversational ai
en	virtual assistant	conversational ai
en	virtual agent	conversational ai
en	copilot studio	conversational ai low-code
en	power virtual agents	conversational ai low-code
en	automated	automation
en	automating	automation
en	workflows	process automation
en	approval flow	workflow approval
en	approvals	workflow approval
en	sign off	workflow approval
en	sign-off	workflow approval
en	signoff	workflow approval
en	authorisation	workflow approval
en	authorization	workflow approval
en	chasing people	workflow reminders
en	reminders	workflow reminders
en	trigger	workflow automation
en	triggers	workflow automation
en	every day	recurring repetitive
en	every month	recurring repetitive
en	every morning	recurring repetitive
en	daily	recurring repetitive
en	weekly	recurring repetitive
en	monthly	recurring repetitive
en	same thing every	recurring repetitive
en	over and over	repetitive manual
en	again and again	repetitive manual
en	boring	repetitive manual
en	mind-numbing	repetitive manual
en	hours each week	repetitive manual time
en	takes hours	repetitive manual time
en	takes days	slow manual
en	copy-paste	manual repetitive
en	copying	manual repetitive
en	re-entering	manual repetitive
en	retype	manual repetitive
en	double entry	manual repetitive
en	keying in	manual input
en	typing up	manual input
en	nocode	low-code app builder
en	power platform	low-code
en	smartsheet	project planning
en	monday.com	task management
en	clickup	task management
en	internal tool	app development
en	digitise	digitization paper
en	paperless	digitization paper
en	license terms	licensing
en	license	licensing
en	licence	licensing
en	product key	licensing activation
en	unlicensed	licensing activation
en	subscription	licensing
en	subscriptions	licensing
en	open-source	open source
en	opensource	open source
en	gpl	open source licensing
en	copyleft	open source licensing
en	can we use this library	open source licensing
en	third party library	open source licensing
en	publish our code	open source publishing
en	release our code	open source publishing
en	contributors	open source community
en	contributor	open source community
en	contributing	open source community
en	contribute	open source community
en	maintainers	open source community
en	maintainer	open source community
en	upstream	open source community
en	fork	code repository
en	forked	code repository
en	github actions	deployment pipeline
en	azure devops	deployment pipeline code repository
en	repository	code repository
en	commit	version control
en	commits	version control
en	branches	version control
en	merge conflict	version control
en	clone	version control
en	readme	documentation
en	npm	software dependencies
en	508	accessibility
en	screenreader	accessibility screen reader
en	voiceover	accessibility screen reader
en	talkback	accessibility screen reader
en	narrator	accessibility screen reader
en	read aloud	accessibility reading
en	text to speech	accessibility reading
en	large text	accessibility vision
en	bigger text	accessibility vision
en	font size	accessibility vision
en	visually impaired	accessibility vision
en	visual impairment	accessibility vision
en	partially sighted	accessibility vision
en	sign language	accessibility hearing
en	bsl	accessibility hearing
en	asl	accessibility hearing
en	caption	captions accessibility
en	subtitle	captions accessibility
en	subtitling	captions accessibility
en	colour blind	accessibility colours
en	colorblind	accessibility colours
en	colourblind	accessibility colours
en	color blindness	accessibility colours
en	red green	accessibility colours
en	dark mode	display settings
en	alt tag	accessibility images
en	alt-text	accessibility images
en	tab order	accessibility navigation
en	voice control	accessibility speech
en	dictation	accessibility speech
en	dictate	accessibility speech
en	dyslexic	accessibility reading
en	adhd	accessibility neurodiversity
en	autism	accessibility neurodiversity
en	reasonable adjustment	accessibility workplace
en	reasonable adjustments	accessibility workplace
en	assistive technology	accessibility
en	assistive tech	accessibility
en	readability	accessibility plain language
en	threat modelling	security design
en	threat modeling	security design
en	threat models	security design
en	attack surface	security design
en	pen test	security testing
en	penetration test	security testing
en	pentesting	security testing
en	vuln	vulnerability
en	zero day	vulnerability
en	exploit	vulnerability attack
en	red team	security testing
en	bug bounty	security testing
en	owasp	security testing web
en	dpia	data protection privacy
en	personal information	privacy data protection
en	personally identifiable	privacy data protection
en	pii	privacy data protection
en	special category	privacy data protection
en	anonymise	privacy anonymization
en	anonymize	privacy anonymization
en	pseudonymize	privacy anonymization
en	mask data	privacy anonymization
en	redact	privacy redaction
en	consent	privacy consent
en	opt in	privacy consent
en	opt out	privacy consent
en	cookie banner	privacy consent
en	sar	privacy data request
en	right to be forgotten	privacy data deletion
en	dpa	privacy contracts
en	dpo	privacy data protection
en	hipaa	privacy regulation
en	compliance	compliance regulation
en	audit	compliance audit
en	iso 27001	security compliance
en	soc2	security compliance
en	infosec	security
en	cyber	security
en	cybersecurity	security
en	k8s	kubernetes containers
en	helm	kubernetes deployment
en	pod	kubernetes containers
en	pods	kubernetes containers
en	container	containers
en	dockerfile	containers
en	microservices	containers architecture
en	microservice	containers architecture
en	pipeline	deployment pipeline
en	ci	deployment pipeline
en	cicd	deployment pipeline
en	build failed	deployment pipeline error
en	build failing	deployment pipeline error
en	build broken	deployment pipeline error
en	failing build	deployment pipeline error
en	deploying	deployment
en	deployed	deployment
en	go live	deployment release
en	go-live	deployment release
en	golive	deployment release
en	push to prod	deployment release
en	prod	production environment
en	staging	test environment
en	uat	user acceptance testing
en	sandbox	test environment
en	ansible	infrastructure automation
en	puppet	infrastructure automation
en	iac	infrastructure code
en	tenant	cloud directory
en	host a website	web server
en	hosted	hosting
en	apis	api integration
en	restful	api integration
en	api token	credentials secret
en	webhooks	api integration
en	message queue	integration events
en	integrate	integration
en	integrating	integration
en	hook up	integration
en	plug into	integration
en	talk to each other	integration
en	sync two systems	integration sync
en	keep in sync	integration sync
en	two systems	integration
en	between systems	integration
en	system to system	integration
en	export	data export
en	import	data import
en	bulk upload	data import
en	middleware	integration
en	airflow	data pipeline
en	dbt	data pipeline
en	fabric	data platform
en	star schema	data warehouse
en	sql query	database query
en	queries	database query
en	select statement	database query
en	stored procedure	database query
en	slow query	database performance
en	slow queries	database performance
en	index	database performance
en	indexes	database performance
en	indexing	database performance
en	deadlock	database performance
en	postgres	database
en	nosql	database
en	dashboards	dashboard
en	dash board	dashboard
en	refresh	dashboard refresh
en	dax	dashboard formula
en	measures	metrics
en	reports	reporting
en	board pack	reporting management
en	scorecard	metrics dashboard
en	indicators	metrics
en	targets	metrics goals
en	target	metrics goals
en	sla	service level metrics
en	slas	service level metrics
en	measure	metrics
en	measuring	metrics
en	measurement	metrics
en	benchmark	metrics comparison
en	benchmarking	metrics comparison
en	okr	objectives key results
en	okrs	objectives key results
en	goals	goals objectives
en	goal setting	goals objectives
en	north star	goals metrics
en	strategy	strategy planning
en	pmo	project planning
en	critical path	project timeline
en	milestones	project timeline
en	deadlines	project schedule
en	due date	project schedule
en	slipping	project schedule delay
en	overdue	project schedule delay
en	rag status	project reporting
en	red amber green	project reporting
en	stakeholder	project people
en	sponsor	project people
en	steering committee	project governance
en	risks	project risks
en	risk	project risks
en	issues log	project risks
en	change request	project scope
en	user stories	requirements
en	acceptance criteria	requirements
en	refinement	agile planning
en	sprints	agile iteration
en	retro	retrospective
en	stand-up	agile meeting
en	product owner	agile
en	waterfall	project methodology
en	rollout	deployment release
en	roll out	deployment release
en	workshops	session facilitation
en	away day	session facilitation
en	offsite	session facilitation
en	brainstorm	ideas workshop
en	brainstorms	ideas workshop
en	brainstormed	ideas workshop
en	brain storm	ideas workshop
en	ideas	ideas innovation
en	idea	ideas innovation
en	suggestion box	ideas innovation
en	suggestions	ideas innovation
en	ideate	ideas workshop
en	ideating	ideas workshop
en	innovate	innovation
en	creative	ideas innovation
en	creativity	ideas innovation
en	blue sky	ideas innovation
en	moonshot	innovation
en	disruptive	innovation
en	hackathons	innovation event
en	hack day	innovation event
en	hackday	innovation event
en	pitching	proposal idea
en	double diamond	design process
en	how might we	ideas workshop
en	affinity mapping	workshop
en	dot voting	workshop
en	mural	whiteboard collaboration
en	lucidchart	diagram
en	mind map	ideas diagram
en	mindmap	ideas diagram
en	prototyping	design prototype
en	proof-of-concept	pilot prototype
en	pilots	trial test
en	piloting	trial test
en	experiment with	trial test
en	value proposition	innovation
en	learn	training learning
en	teach me	training learning
en	show me how	guide instructions
en	how do i	guide instructions
en	how do you	guide instructions
en	how can i	guide instructions
en	step by step	guide instructions
en	walkthrough	guide instructions
en	walk me through	guide instructions
en	instructions	guide instructions
en	guide	guide instructions
en	handbook	guide documentation
en	playbook	guide documentation
en	runbook	guide documentation
en	faq	guide documentation
en	faqs	guide documentation
en	kb	knowledge base
en	self-paced	online training
en	coursera	online training
en	tutorials	training guide
en	lunch and learn	training session
en	brown bag	training session
en	masterclass	training session
en	class	training session
en	classes	training session
en	lesson	training
en	lessons	training
en	basics	introduction training
en	getting started	introduction training
en	beginners	introduction training
en	newbie	introduction training
en	noob	introduction training
en	novice	introduction training
en	level up	training skills
en	reskill	training skills
en	reskilling	training skills
en	certified	training qualification
en	exam	training qualification
en	accreditation	training qualification
en	mentor	mentoring
en	mentee	mentoring
en	buddy	mentoring
en	pair programming	mentoring coding
en	shadowing	mentoring
en	office hours	expert advice
en	drop-in	expert advice
en	help	help request
en	it support	service desk
en	tech support	service desk
en	it team	service desk
en	it department	service desk
en	it guy	service desk
en	it guys	service desk
en	second line	service desk escalation
en	2nd line	service desk escalation
en	third line	service desk escalation
en	escalate	service desk escalation
en	chase	ticket follow up
en	chasing	ticket follow up
en	any update	ticket follow up
en	still waiting	ticket follow up
en	no response	ticket follow up
en	nobody replied	ticket follow up
en	no one got back	ticket follow up
en	follow up	ticket follow up
en	reopen	ticket follow up
en	reopened	ticket follow up
en	fixed	resolved
en	sorted	resolved
en	all good now	resolved
en	working now	resolved
en	works now	resolved
en	it's working	resolved
en	never mind	resolved
en	nevermind	resolved
en	thanks it works	resolved
en	installing	software installation
en	installed	software installation
en	setup	software installation
en	set up	setup configuration
en	setting up	setup configuration
en	configure	setup configuration
en	settings	setup configuration
en	uninstall	software removal
en	uninstalling	software removal
en	self service	software installation
en	apps	application software
en	software	application software
en	program	application software
en	programs	application software
en	tool	application software
en	tools	application software
en	tooling	application software
en	privacy	privacy data protection
"""#

    /// `lang<TAB>fault|idea<TAB>phrase`: what tells that something is broken, or that
    /// someone wants advice, an idea or an analysis.
    static let cueText = #"""
en	fault	doesn't work
en	fault	doesnt work
en	fault	does not work
en	fault	not working
en	fault	isn't working
en	fault	isnt working
en	fault	stopped working
en	fault	has stopped
en	fault	won't
en	fault	wont
en	fault	can't
en	fault	cant
en	fault	cannot
en	fault	unable to
en	fault	keeps crashing
en	fault	crashed
en	fault	crashes
en	fault	error
en	fault	error message
en	fault	broken
en	fault	need access
en	fault	request access
en	fault	please install
en	fault	can you install
en	fault	reset my password
en	fault	reset
en	fault	locked out
en	fault	account locked
en	fault	is down
en	fault	went down
en	fault	outage
en	fault	not loading
en	fault	won't start
en	fault	wont start
en	fault	won't turn on
en	fault	won't print
en	fault	no sound
en	fault	frozen
en	fault	freezes
en	fault	stuck
en	fault	failed
en	fault	not responding
en	fault	cant connect
en	fault	can't log in
en	fault	cant log in
en	fault	forgot my password
en	fault	expired
en	fault	disappeared
en	fault	please fix
en	fault	paper jam
en	fault	out of toner
en	idea	how should we
en	idea	how could we
en	idea	how can we
en	idea	could we
en	idea	idea
en	idea	i have an idea
en	idea	thinking about
en	idea	we are thinking
en	idea	advice
en	idea	any advice
en	idea	best way to
en	idea	what is the best way
en	idea	want to understand
en	idea	would like to
en	idea	we would like to
en	idea	id like to
en	idea	is it possible to analyse
en	idea	is it possible to analyze
en	idea	is it possible to
en	idea	help me figure out
en	idea	figure out
en	idea	who knows about
en	idea	anyone know
en	idea	pilot
en	idea	explore
en	idea	exploring
en	idea	would it make sense
en	idea	does it make sense
en	idea	brainstorm
en	idea	suggestion
en	idea	proposal
en	idea	opportunity
en	idea	insights
en	idea	better understand
en	idea	we want to
en	idea	looking for someone
en	idea	is there someone
en	idea	any experience with
en	idea	has anyone
en	idea	what do you think
en	idea	interested in
en	idea	planning to
en	idea	could be useful
en	idea	feasible
en	idea	wondering if
en	idea	wondering whether
en	idea	get a sense of
de	fault	geht nicht
de	fault	geht nicht mehr
de	fault	funktioniert nicht
de	fault	funktioniert nicht mehr
de	fault	funzt nicht
de	fault	klappt nicht
de	fault	läuft nicht
de	fault	kaputt
de	fault	defekt
de	fault	stürzt ab
de	fault	stuerzt ab
de	fault	stürzt ständig ab
de	fault	abgestürzt
de	fault	fehler
de	fault	fehlermeldung
de	fault	kann nicht
de	fault	kann mich nicht anmelden
de	fault	kann mich nicht einloggen
de	fault	lässt sich nicht
de	fault	startet nicht
de	fault	fährt nicht hoch
de	fault	druckt nicht
de	fault	kein ton
de	fault	kein internet
de	fault	keine verbindung
de	fault	kein zugriff
de	fault	brauche zugriff
de	fault	benötige zugriff
de	fault	bitte installieren
de	fault	kannst du installieren
de	fault	könnt ihr installieren
de	fault	zurücksetzen
de	fault	passwort zurücksetzen
de	fault	passwort vergessen
de	fault	gesperrt
de	fault	ausgesperrt
de	fault	ist down
de	fault	ist ausgefallen
de	fault	ausgefallen
de	fault	störung
de	fault	hängt sich auf
de	fault	eingefroren
de	fault	reagiert nicht
de	fault	lädt nicht
de	fault	abgelaufen
de	fault	verschwunden
de	fault	papierstau
de	fault	toner leer
de	fault	bitte beheben
de	idea	wie sollten wir
de	idea	wie könnten wir
de	idea	wie können wir
de	idea	könnten wir
de	idea	idee
de	idea	ich habe eine idee
de	idea	ich hätte eine idee
de	idea	wir überlegen
de	idea	überlegen gerade
de	idea	denken darüber nach
de	idea	rat
de	idea	ratschlag
de	idea	beratung
de	idea	tipps
de	idea	wie am besten
de	idea	der beste weg
de	idea	am besten
de	idea	möchte verstehen
de	idea	wollen verstehen
de	idea	besser verstehen
de	idea	würde gerne
de	idea	würden gerne
de	idea	möchten gerne
de	idea	wäre es möglich
de	idea	ist es möglich zu analysieren
de	idea	ist es möglich
de	idea	auswerten
de	idea	hilf mir herauszufinden
de	idea	herausfinden
de	idea	wer kennt sich aus
de	idea	wer kennt sich mit
de	idea	kennt sich jemand aus
de	idea	hat jemand erfahrung
de	idea	pilot
de	idea	pilotprojekt
de	idea	erkunden
de	idea	ausprobieren
de	idea	macht es sinn
de	idea	wäre es sinnvoll
de	idea	vorschlag
de	idea	was meint ihr
de	idea	was haltet ihr von
de	idea	interesse an
de	idea	wir planen
de	idea	machbar
de	idea	frage mich ob
de	idea	einschätzung
fr	fault	ne marche pas
fr	fault	marche pas
fr	fault	ne marche plus
fr	fault	ça marche pas
fr	fault	ca marche pas
fr	fault	ne fonctionne pas
fr	fault	fonctionne pas
fr	fault	ne fonctionne plus
fr	fault	en panne
fr	fault	planté
fr	fault	plante
fr	fault	ça plante
fr	fault	n'arrive pas
fr	fault	narrive pas
fr	fault	j'arrive pas
fr	fault	jarrive pas
fr	fault	impossible de
fr	fault	je ne peux pas
fr	fault	je peux pas
fr	fault	peux pas
fr	fault	erreur
fr	fault	message d'erreur
fr	fault	cassé
fr	fault	bloqué
fr	fault	compte bloqué
fr	fault	besoin d'accès
fr	fault	besoin d'un accès
fr	fault	besoin des droits
fr	fault	merci d'installer
fr	fault	pouvez-vous installer
fr	fault	pouvez vous installer
fr	fault	réinitialiser
fr	fault	mot de passe oublié
fr	fault	hors service
fr	fault	est tombé
fr	fault	ne démarre pas
fr	fault	ne s'allume pas
fr	fault	ne charge pas
fr	fault	n'imprime pas
fr	fault	pas de son
fr	fault	pas de connexion
fr	fault	pas d'internet
fr	fault	ne répond pas
fr	fault	figé
fr	fault	rame
fr	fault	expiré
fr	fault	disparu
fr	fault	bourrage
fr	idea	comment devrions-nous
fr	idea	comment devrions nous
fr	idea	comment pourrait-on
fr	idea	comment pourrions-nous
fr	idea	pourrait-on
fr	idea	pourrions-nous
fr	idea	on pourrait
fr	idea	idée
fr	idea	j'ai une idée
fr	idea	jai une idée
fr	idea	nous réfléchissons
fr	idea	on réfléchit à
fr	idea	réfléchir à
fr	idea	conseil
fr	idea	des conseils
fr	idea	votre avis
fr	idea	la meilleure façon de
fr	idea	meilleur moyen de
fr	idea	comment faire pour
fr	idea	je voudrais comprendre
fr	idea	mieux comprendre
fr	idea	j'aimerais
fr	idea	jaimerais
fr	idea	nous aimerions
fr	idea	on aimerait
fr	idea	je voudrais
fr	idea	est-il possible d'analyser
fr	idea	est-ce possible de
fr	idea	est ce possible
fr	idea	serait-il possible
fr	idea	m'aider à comprendre
fr	idea	aidez-moi à
fr	idea	qui s'y connaît
fr	idea	qui connaît
fr	idea	quelqu'un a de l'expérience
fr	idea	pilote
fr	idea	projet pilote
fr	idea	explorer
fr	idea	envisager
fr	idea	proposition
fr	idea	suggestion
fr	idea	qu'en pensez-vous
fr	idea	intéressé par
fr	idea	faisable
fr	idea	piste
fr	idea	je me demande si
es	fault	no funciona
es	fault	no va
es	fault	no anda
es	fault	ya no funciona
es	fault	dejó de funcionar
es	fault	dejo de funcionar
es	fault	se cuelga
es	fault	se colgó
es	fault	se bloquea
es	fault	se cierra solo
es	fault	error
es	fault	da error
es	fault	me da error
es	fault	mensaje de error
es	fault	roto
es	fault	estropeado
es	fault	averiado
es	fault	no puedo
es	fault	no me deja
es	fault	no consigo
es	fault	imposible
es	fault	necesito acceso
es	fault	necesito permisos
es	fault	por favor instalar
es	fault	podéis instalar
es	fault	pueden instalar
es	fault	restablecer
es	fault	resetear
es	fault	olvidé mi contraseña
es	fault	olvide mi contraseña
es	fault	bloqueado
es	fault	cuenta bloqueada
es	fault	está caído
es	fault	esta caido
es	fault	caído
es	fault	no arranca
es	fault	no enciende
es	fault	no imprime
es	fault	no carga
es	fault	sin sonido
es	fault	sin conexión
es	fault	sin conexion
es	fault	sin internet
es	fault	no responde
es	fault	congelado
es	fault	va lento
es	fault	muy lento
es	fault	caducado
es	fault	ha desaparecido
es	idea	cómo deberíamos
es	idea	como deberiamos
es	idea	cómo podríamos
es	idea	como podriamos
es	idea	podríamos
es	idea	podriamos
es	idea	se podría
es	idea	idea
es	idea	tengo una idea
es	idea	estamos pensando
es	idea	pensando en
es	idea	consejo
es	idea	asesoramiento
es	idea	recomendación
es	idea	la mejor manera de
es	idea	la mejor forma de
es	idea	quiero entender
es	idea	queremos entender
es	idea	entender mejor
es	idea	me gustaría
es	idea	me gustaria
es	idea	nos gustaría
es	idea	quisiera
es	idea	quisiéramos
es	idea	es posible analizar
es	idea	es posible
es	idea	sería posible
es	idea	ayúdame a entender
es	idea	ayudarme a averiguar
es	idea	averiguar
es	idea	quién sabe de
es	idea	alguien sabe
es	idea	alguien tiene experiencia
es	idea	piloto
es	idea	proyecto piloto
es	idea	explorar
es	idea	plantear
es	idea	propuesta
es	idea	sugerencia
es	idea	qué opináis
es	idea	que opinan
es	idea	nos interesa
es	idea	viable
es	idea	oportunidad
es	idea	me pregunto si
nl	fault	werkt niet
nl	fault	werkt niet meer
nl	fault	doet het niet
nl	fault	doet het niet meer
nl	fault	doet niks
nl	fault	kapot
nl	fault	stuk
nl	fault	defect
nl	fault	crasht
nl	fault	crasht steeds
nl	fault	loopt vast
nl	fault	vastgelopen
nl	fault	foutmelding
nl	fault	fout
nl	fault	error
nl	fault	kan niet
nl	fault	ik kan niet
nl	fault	lukt niet
nl	fault	het lukt niet
nl	fault	kan niet inloggen
nl	fault	geen toegang
nl	fault	toegang nodig
nl	fault	heb toegang nodig
nl	fault	rechten nodig
nl	fault	graag installeren
nl	fault	kunnen jullie installeren
nl	fault	kun je installeren
nl	fault	resetten
nl	fault	wachtwoord resetten
nl	fault	wachtwoord vergeten
nl	fault	geblokkeerd
nl	fault	buitengesloten
nl	fault	ligt eruit
nl	fault	ligt plat
nl	fault	is plat
nl	fault	storing
nl	fault	start niet op
nl	fault	gaat niet aan
nl	fault	print niet
nl	fault	geen geluid
nl	fault	geen verbinding
nl	fault	geen internet
nl	fault	reageert niet
nl	fault	bevroren
nl	fault	erg traag
nl	fault	heel traag
nl	fault	verlopen
nl	fault	verdwenen
nl	fault	papierstoring
nl	idea	hoe moeten we
nl	idea	hoe zouden we
nl	idea	hoe kunnen we
nl	idea	kunnen we
nl	idea	zouden we
nl	idea	idee
nl	idea	ik heb een idee
nl	idea	we denken na over
nl	idea	nadenken over
nl	idea	we overwegen
nl	idea	advies
nl	idea	tips
nl	idea	beste manier om
nl	idea	wat is de beste manier
nl	idea	hoe pak je
nl	idea	wil begrijpen
nl	idea	willen begrijpen
nl	idea	beter begrijpen
nl	idea	inzicht krijgen
nl	idea	zou graag
nl	idea	willen graag
nl	idea	ik wil graag
nl	idea	is het mogelijk om te analyseren
nl	idea	is het mogelijk
nl	idea	zou het mogelijk zijn
nl	idea	help me uitzoeken
nl	idea	uitzoeken
nl	idea	wie weet iets van
nl	idea	wie heeft verstand van
nl	idea	heeft iemand ervaring
nl	idea	pilot
nl	idea	proefproject
nl	idea	verkennen
nl	idea	onderzoeken
nl	idea	voorstel
nl	idea	suggestie
nl	idea	wat vinden jullie
nl	idea	interesse in
nl	idea	haalbaar
nl	idea	kans
nl	idea	brainstormen
nl	idea	ik vraag me af
nl	idea	zinvol
it	fault	non funziona
it	fault	non va
it	fault	non funziona più
it	fault	non funziona piu
it	fault	non va più
it	fault	ha smesso di funzionare
it	fault	smesso di funzionare
it	fault	rotto
it	fault	guasto
it	fault	si blocca
it	fault	si è bloccato
it	fault	crasha
it	fault	va in crash
it	fault	errore
it	fault	messaggio di errore
it	fault	dà errore
it	fault	da errore
it	fault	non riesco
it	fault	non posso
it	fault	impossibile
it	fault	mi serve l'accesso
it	fault	ho bisogno di accesso
it	fault	servono i permessi
it	fault	per favore installare
it	fault	potete installare
it	fault	puoi installare
it	fault	resettare
it	fault	reimpostare la password
it	fault	password dimenticata
it	fault	ho dimenticato la password
it	fault	bloccato
it	fault	account bloccato
it	fault	è giù
it	fault	e giu
it	fault	non parte
it	fault	non si accende
it	fault	non stampa
it	fault	non carica
it	fault	niente audio
it	fault	senza audio
it	fault	nessuna connessione
it	fault	senza connessione
it	fault	non risponde
it	fault	lentissimo
it	fault	molto lento
it	fault	scaduto
it	fault	sparito
it	fault	inceppata
it	idea	come dovremmo
it	idea	come potremmo
it	idea	potremmo
it	idea	si potrebbe
it	idea	idea
it	idea	ho un'idea
it	idea	ho unidea
it	idea	stiamo pensando
it	idea	stiamo valutando
it	idea	pensavo di
it	idea	consiglio
it	idea	consigli
it	idea	un parere
it	idea	il modo migliore per
it	idea	qual è il modo migliore
it	idea	voglio capire
it	idea	vorremmo capire
it	idea	capire meglio
it	idea	vorrei
it	idea	vorremmo
it	idea	mi piacerebbe
it	idea	ci piacerebbe
it	idea	è possibile analizzare
it	idea	è possibile
it	idea	e possibile
it	idea	sarebbe possibile
it	idea	aiutami a capire
it	idea	chi se ne intende
it	idea	chi conosce
it	idea	qualcuno ha esperienza
it	idea	pilota
it	idea	progetto pilota
it	idea	esplorare
it	idea	approfondire
it	idea	proposta
it	idea	suggerimento
it	idea	cosa ne pensate
it	idea	interessati a
it	idea	fattibile
it	idea	mi chiedo se
it	idea	ha senso
sv	fault	fungerar inte
sv	fault	funkar inte
sv	fault	går inte
sv	fault	det går inte
sv	fault	fungerar inte längre
sv	fault	slutat fungera
sv	fault	har slutat fungera
sv	fault	trasig
sv	fault	trasigt
sv	fault	sönder
sv	fault	kraschar
sv	fault	kraschar hela tiden
sv	fault	hänger sig
sv	fault	har hängt sig
sv	fault	fel
sv	fault	felmeddelande
sv	fault	får fel
sv	fault	kan inte
sv	fault	kan inte logga in
sv	fault	kommer inte in
sv	fault	kommer inte åt
sv	fault	behöver åtkomst
sv	fault	behöver behörighet
sv	fault	snälla installera
sv	fault	kan ni installera
sv	fault	kan du installera
sv	fault	återställa lösenord
sv	fault	återställ
sv	fault	glömt lösenordet
sv	fault	låst
sv	fault	utelåst
sv	fault	nere
sv	fault	ligger nere
sv	fault	avbrott
sv	fault	startar inte
sv	fault	skriver inte ut
sv	fault	inget ljud
sv	fault	ingen anslutning
sv	fault	inget internet
sv	fault	svarar inte
sv	fault	fryser
sv	fault	jättelångsam
sv	fault	väldigt långsam
sv	fault	har gått ut
sv	fault	försvunnit
sv	fault	pappersstopp
sv	idea	hur borde vi
sv	idea	hur ska vi
sv	idea	hur kan vi
sv	idea	kan vi
sv	idea	skulle vi kunna
sv	idea	idé
sv	idea	jag har en idé
sv	idea	vi funderar på
sv	idea	funderar på
sv	idea	tänker på
sv	idea	råd
sv	idea	tips
sv	idea	bästa sättet att
sv	idea	vill förstå
sv	idea	förstå bättre
sv	idea	skulle vilja
sv	idea	vi skulle vilja
sv	idea	vill gärna
sv	idea	är det möjligt att analysera
sv	idea	är det möjligt
sv	idea	går det att
sv	idea	hjälp mig att ta reda på
sv	idea	ta reda på
sv	idea	vem kan
sv	idea	vem vet något om
sv	idea	någon som har erfarenhet
sv	idea	pilot
sv	idea	pilotprojekt
sv	idea	utforska
sv	idea	undersöka
sv	idea	förslag
sv	idea	vad tycker ni
sv	idea	intresserad av
sv	idea	genomförbart
sv	idea	möjlighet
sv	idea	brainstorma
sv	idea	undrar om
sv	idea	är det rimligt
pt	fault	não funciona
pt	fault	nao funciona
pt	fault	não está a funcionar
pt	fault	não está funcionando
pt	fault	nao esta funcionando
pt	fault	deixou de funcionar
pt	fault	parou de funcionar
pt	fault	avariado
pt	fault	estragado
pt	fault	quebrado
pt	fault	trava
pt	fault	travou
pt	fault	crashou
pt	fault	dá erro
pt	fault	da erro
pt	fault	erro
pt	fault	mensagem de erro
pt	fault	não consigo
pt	fault	nao consigo
pt	fault	não dá
pt	fault	nao da
pt	fault	não posso
pt	fault	preciso de acesso
pt	fault	preciso acesso
pt	fault	preciso de permissões
pt	fault	por favor instalar
pt	fault	podem instalar
pt	fault	pode instalar
pt	fault	redefinir senha
pt	fault	repor a palavra-passe
pt	fault	esqueci a senha
pt	fault	esqueci-me da palavra-passe
pt	fault	bloqueado
pt	fault	conta bloqueada
pt	fault	está em baixo
pt	fault	fora do ar
pt	fault	não liga
pt	fault	não inicia
pt	fault	não imprime
pt	fault	não carrega
pt	fault	sem som
pt	fault	sem ligação
pt	fault	sem conexão
pt	fault	sem internet
pt	fault	não responde
pt	fault	muito lento
pt	fault	expirou
pt	fault	desapareceu
pt	fault	papel encravado
pt	idea	como devemos
pt	idea	como deveríamos
pt	idea	como poderíamos
pt	idea	poderíamos
pt	idea	seria possível
pt	idea	ideia
pt	idea	tenho uma ideia
pt	idea	estamos a pensar
pt	idea	estamos pensando
pt	idea	pensando em
pt	idea	conselho
pt	idea	aconselhamento
pt	idea	recomendação
pt	idea	a melhor forma de
pt	idea	a melhor maneira de
pt	idea	quero perceber
pt	idea	quero entender
pt	idea	queremos perceber
pt	idea	perceber melhor
pt	idea	entender melhor
pt	idea	gostaria de
pt	idea	gostaríamos de
pt	idea	é possível analisar
pt	idea	é possível
pt	idea	ajuda-me a perceber
pt	idea	me ajudar a descobrir
pt	idea	descobrir
pt	idea	quem percebe de
pt	idea	quem sabe sobre
pt	idea	alguém tem experiência
pt	idea	piloto
pt	idea	projeto piloto
pt	idea	explorar
pt	idea	proposta
pt	idea	sugestão
pt	idea	o que acham
pt	idea	interessados em
pt	idea	viável
pt	idea	oportunidade
pt	idea	pergunto-me se
pt	idea	faz sentido
en	fault	not receiving
en	fault	keeps dropping
en	fault	keeps disconnecting
en	fault	dropping
en	fault	need a licence
en	fault	need a license
en	fault	need a new
en	fault	add me to
en	fault	give me access
en	fault	grant access
en	fault	please reset
en	fault	unlock
en	fault	for everyone
en	fault	since this morning
en	fault	again
en	fault	not printing
en	fault	wont connect
en	fault	doesnt open
en	fault	cant open
en	fault	cant access
en	fault	stolen
en	fault	asap
en	fault	urgent
en	fault	down for everyone
en	fault	is it down
en	fault	no longer
en	fault	anymore
en	fault	keeps asking
en	fault	blank
en	fault	dead
en	fault	flickering
en	idea	how do we
en	idea	help us
en	idea	someone who knows
en	idea	is there a way to
en	idea	were planning
en	idea	we are planning
en	idea	prototype
en	idea	analyse
en	idea	analyze
en	idea	analysis
en	idea	understand
en	idea	measure
en	idea	predict
en	idea	compare
en	idea	visualise
en	idea	visualize
en	idea	automate
en	idea	improve
en	idea	strategy
en	idea	research
en	idea	should we
en	idea	want to build
en	idea	build a
en	idea	recommend
en	idea	recommendations
en	idea	guidance
en	idea	approach
en	idea	who could help
en	idea	our customers
en	idea	experiment
en	idea	thinking of
en	idea	learn
en	idea	workshop
"""#
}

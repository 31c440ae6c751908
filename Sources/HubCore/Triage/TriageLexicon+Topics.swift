extension TriageLexicon {
    /// Everyday ways of describing a specialist topic without its expert term, in nine
    /// languages (`lang<TAB>phrase<TAB>English words`, read like the domain vocabulary): "how
    /// many patients do we need" is a sample size, "map where it gets stuck" a process map, not a
    /// geographic one. Written on 2026-12-07 by a helper who saw only the three organisations'
    /// one-page descriptions of their interests (Tests/Fixtures/blind/*-description.md), never
    /// a corpus or HubBot's code.
    static let topicText = #"""
        en	is this difference real	statistics significance hypothesis test noise
        en	or is it just noise	statistics significance noise
        en	could it be chance	statistics significance hypothesis test
        en	just a fluke	statistics significance noise
        en	how many people should we ask	sample size sampling statistics
        en	is the sample big enough	sample size sampling statistics
        en	compare two groups fairly	statistics hypothesis test experiment design
        en	which factor really drives sales	regression statistics
        en	test two versions of the page	a/b test experiment statistics
        de	ist der unterschied echt	statistics significance hypothesis test
        de	wie viele leute befragen	sample size sampling statistics
        de	zwei varianten vergleichen	a/b test experiment statistics
        de	reicht die stichprobe	sample size sampling statistics
        de	was beeinflusst die zahlen wirklich	regression statistics
        de	belastbare zahlen	statistics sound numbers significance
        fr	est-ce juste le hasard	statistics significance noise
        fr	combien de personnes interroger	sample size sampling statistics
        fr	comparer deux versions	a/b test experiment statistics
        fr	la différence est-elle réelle	statistics significance hypothesis test
        es	es pura casualidad	statistics significance noise
        es	a cuántas personas preguntar	sample size sampling statistics
        es	qué influye de verdad en las ventas	regression statistics
        es	comparar dos versiones	a/b test experiment statistics
        nl	is dit verschil echt	statistics significance hypothesis test
        nl	hoeveel mensen moeten we vragen	sample size sampling statistics
        nl	toeval of niet	statistics significance noise
        it	è solo un caso	statistics significance noise
        it	quante persone intervistare	sample size sampling statistics
        it	la differenza è reale	statistics significance hypothesis test
        sv	är skillnaden på riktigt	statistics significance hypothesis test
        sv	hur många ska vi fråga	sample size sampling statistics
        pt	é só acaso	statistics significance noise
        pt	quantas pessoas perguntar	sample size sampling statistics
        pl	czy to przypadek	statistics significance noise
        pl	ilu ludzi zapytać	sample size sampling statistics
        en	make a plot in r	r ggplot2 plot charts
        en	interactive app from my r code	r shiny app
        en	report that updates itself from r	r markdown report
        en	translate my spss syntax to r	r language spss migration
        en	knit to word	r markdown report
        de	auswertung in r	r language analysis rstudio
        de	diagramme mit r	r ggplot2 charts
        de	kleine web-app aus r	r shiny app
        de	bericht automatisch aus r erzeugen	r markdown report
        fr	graphiques avec r	r ggplot2 charts
        fr	passer de spss à r	r language spss migration
        es	gráficos en r	r ggplot2 charts
        es	aprender r desde cero	r language learning rstudio
        nl	grafiek maken in r	r ggplot2 charts
        it	analisi con r	r language analysis
        it	app interattiva in r	r shiny app
        sv	diagram i r	r ggplot2 charts
        pt	gráficos no r	r ggplot2 charts
        pl	wykresy w r	r ggplot2 charts
        en	clean up a messy csv with code	python pandas data wrangling
        en	my notebook is really slow	python jupyter notebook pandas
        en	review my python code	python code review
        en	share my script as a proper tool	python packaging script
        en	too big for excel, need code	python pandas data wrangling
        en	learn to code for data work	python data scripting
        de	daten mit code aufbereiten	python pandas data wrangling
        de	mein skript mal anschauen	python code review script
        de	notebook mit auswertung	python jupyter notebook
        de	große csv einlesen	python pandas data wrangling
        de	programmieren lernen für daten	python data scripting
        fr	nettoyer des données avec du code	python pandas data wrangling
        fr	relire mon script	python code review script
        fr	mon notebook rame	python jupyter notebook
        es	limpiar datos con código	python pandas data wrangling
        es	revisar mi script	python code review script
        es	aprender a programar para datos	python data scripting
        nl	data opschonen met code	python pandas data wrangling
        nl	mijn script nakijken	python code review script
        nl	notebook draait traag	python jupyter notebook
        it	pulire i dati con il codice	python pandas data wrangling
        it	rivedere il mio script	python code review
        sv	städa data med kod	python pandas data wrangling
        sv	granska mitt skript	python code review script
        pt	limpar dados com código	python pandas data wrangling
        pl	czyszczenie danych w kodzie	python pandas data wrangling
        pl	sprawdzić mój skrypt	python code review script
        en	what does our data tell us	data science exploratory analysis
        en	dig into the sales data	data science exploratory analysis
        en	likely to leave	churn prediction machine learning data science
        en	why customers cancel	churn data science analytics
        en	find patterns in our data	data science exploratory analysis
        en	which customers are most valuable	data science customer analytics segmentation
        en	answer a business question with data	data science analytics business data
        de	kunden die abspringen	churn data science
        de	was steckt in unseren daten	data science exploratory analysis
        de	muster in den daten finden	data science exploratory analysis
        de	kunden in gruppen einteilen	segmentation data science analytics
        de	antworten aus unseren daten	data science analytics business data
        fr	clients qui partent	churn data science
        fr	que disent nos données	data science exploratory analysis
        fr	trouver des tendances dans les données	data science exploratory analysis
        es	clientes que se van	churn data science
        es	sacar conclusiones de los datos	data science analytics
        es	qué nos dicen los datos	data science exploratory analysis
        nl	klanten die weglopen	churn data science
        nl	wat zeggen onze cijfers	data science exploratory analysis analytics
        nl	patronen in de data	data science exploratory analysis
        it	clienti che se ne vanno	churn data science
        it	capire cosa dicono i dati	data science exploratory analysis
        sv	kunder som slutar handla	churn data science
        sv	vad säger vår data	data science exploratory analysis
        pt	clientes que desistem	churn data science
        pt	o que os dados nos dizem	data science exploratory analysis
        pl	klienci którzy odchodzą	churn data science
        en	teach the computer to sort things	classification machine learning model
        en	let the computer learn from examples	machine learning model training
        en	spot the odd ones out automatically	anomaly detection machine learning
        en	chatgpt for our documents	llm language model ai
        en	our own chatbot on internal docs	llm language model ai
        en	predict which orders will be late	prediction machine learning
        en	recognise damage in photos	computer vision machine learning
        en	camera that counts pallets	computer vision machine learning
        de	ki einsetzen	machine learning ai
        de	computer lernt aus beispielen	machine learning model training
        de	auffälligkeiten automatisch erkennen	anomaly detection machine learning
        de	ausreißer finden	anomaly detection machine learning
        de	chatgpt mit unseren dokumenten	llm language model ai
        de	kamera erkennt schäden	computer vision machine learning
        de	vorhersagen welche lieferungen zu spät kommen	prediction machine learning
        fr	utiliser l'ia	machine learning ai
        fr	repérer automatiquement ce qui cloche	anomaly detection machine learning
        fr	chatgpt sur nos documents	llm language model ai
        es	usar inteligencia artificial	machine learning ai
        es	detectar cosas raras en los datos	anomaly detection machine learning
        es	chatgpt con nuestros documentos	llm language model ai
        nl	ai inzetten	machine learning ai
        nl	vreemde afwijkingen automatisch vinden	anomaly detection machine learning
        nl	camera herkent beschadigde dozen	computer vision machine learning
        it	usare l'intelligenza artificiale	machine learning ai
        it	riconoscere oggetti nelle foto	computer vision machine learning
        sv	använda ai	machine learning ai
        sv	hitta avvikelser automatiskt	anomaly detection machine learning
        pt	usar inteligência artificial	machine learning ai
        pt	detetar coisas estranhas nos dados	anomaly detection machine learning
        pl	wykorzystać sztuczną inteligencję	machine learning ai
        pl	wykrywać nietypowe przypadki	anomaly detection machine learning
        en	one screen with all the numbers	dashboard reporting data visualization
        en	make the numbers easy to read	charts data visualization
        en	nicer graphs	charts data visualisation
        en	the monthly report takes ages to build	dashboards reporting kpi
        en	see the figures at a glance	dashboard kpi reporting
        en	figure for my paper	figures charts data visualisation
        en	poster for the conference	figures poster data visualisation
        en	ward numbers on one page	dashboard quality report data visualisation
        de	zahlen auf einen blick	dashboard kpi reporting
        de	schönere diagramme	charts data visualization
        de	bericht für die geschäftsführung	reporting dashboard kpi
        de	kennzahlen übersichtlich darstellen	kpi dashboard data visualization
        de	ampel-übersicht	dashboard kpi reporting
        fr	rendre les chiffres lisibles	charts data visualization
        fr	figure pour ma publication	figures charts data visualisation
        es	ver los números de un vistazo	dashboard kpi reporting
        es	gráficas más claras	charts data visualization
        es	informe mensual automático	reporting dashboard
        nl	cijfers in één oogopslag	dashboard kpi reporting
        nl	mooiere grafieken	charts data visualization
        nl	maandrapportage in elkaar zetten	reporting dashboard
        it	numeri a colpo d'occhio	dashboard kpi reporting
        it	grafici più chiari	charts data visualization
        sv	alla siffror på en skärm	dashboard kpi reporting
        sv	tydligare diagram	charts data visualization
        pt	painel com os números	dashboard kpi reporting
        pt	gráficos mais claros	charts data visualization
        pl	wszystkie liczby na jednym ekranie	dashboard kpi reporting
        pl	czytelne wykresy	charts data visualization
        en	which teams work together	collaboration network analysis
        en	map which teams work together	social network analysis collaboration teams
        en	map who works with whom	social network analysis collaboration
        en	who are the key connectors	centrality social network analysis
        en	who everyone goes to for advice	centrality social network analysis
        en	silos between departments	social network analysis departments communication
        en	which depots talk to each other	communication network analysis depots
        en	informal groups in the company	communities social network analysis
        en	how information flows between departments	communication network analysis departments
        de	wer mit wem zusammenarbeitet	social network analysis collaboration
        de	silos zwischen abteilungen	social network analysis departments
        de	schlüsselpersonen im netzwerk finden	centrality social network analysis
        de	zusammenarbeit zwischen standorten sichtbar machen	collaboration network analysis depots
        fr	cartographier les échanges entre équipes	communication network analysis teams
        fr	silos entre services	social network analysis departments
        es	mapear quién trabaja con quién	social network analysis collaboration
        es	silos entre departamentos	social network analysis departments
        nl	wie werkt met wie samen	social network analysis collaboration
        nl	in kaart brengen wie met wie praat	social network analysis communication
        nl	eilandjes tussen afdelingen	social network analysis departments
        it	mappare i contatti tra reparti	communication network analysis departments
        sv	kartlägga samarbetet mellan team	collaboration network analysis teams
        pt	mapear as ligações entre equipas	collaboration network analysis teams
        pl	kto z kim współpracuje	social network analysis collaboration
        en	can we use this free library	open source software licence
        en	is it ok to use code from github	open source licence compliance
        en	publish our tool on github	publish open source software
        en	give our fix back to the project	upstream contribution open source
        en	gpl in a commercial product	open source gpl licence compliance
        en	share code between departments	inner source open source
        en	free alternative to this paid tool	open source software
        en	which licence do we put on it	open source licence publish
        de	darf ich code von github verwenden	open source licence compliance
        de	unser tool veröffentlichen	publish open source software
        de	lizenz von freier software prüfen	open source licence compliance
        de	code zwischen abteilungen teilen	inner source open source
        fr	publier notre code	publish open source software
        es	publicar nuestro código	publish open source software
        nl	mag ik deze code gebruiken	open source licence compliance
        nl	onze code openbaar maken	publish open source software
        it	pubblicare il nostro codice	publish open source software
        sv	gratis alternativ	open source software
        sv	publicera vår kod	publish open source software
        pt	contribuir para o projeto	upstream contribution open source
        pl	czy możemy użyć tego kodu	open source licence compliance
        en	copy paste every morning	automation repetitive manual tasks
        en	same boring task every week	automation repetitive manual tasks
        en	stop doing this by hand	automation manual tasks
        en	a robot to fill in the forms	rpa bot automation
        en	send the report automatically every monday	automation workflow script
        en	save email attachments automatically	workflow automation power automate
        en	retyping the same data	automation repetitive manual tasks
        en	connect forms to a spreadsheet without coding	workflow automation zapier n8n
        de	jeden tag das gleiche	automation repetitive tasks
        de	copy-paste ohne ende	automation repetitive manual tasks
        de	das muss doch automatisch gehen	automation workflow
        de	händisches abtippen	automation manual tasks
        de	stundenlang klicken	automation repetitive manual tasks
        de	bericht automatisch verschicken	automation workflow script
        de	ein bot der das erledigt	rpa bot automation
        fr	tâche répétitive	automation repetitive tasks
        fr	faire ça automatiquement	automation workflow
        fr	ressaisir les mêmes données	automation repetitive manual tasks
        es	tarea repetitiva	automation repetitive tasks
        es	copiar y pegar todos los días	automation repetitive manual tasks
        es	que se haga solo	automation workflow
        nl	steeds hetzelfde handwerk	automation repetitive manual tasks
        nl	dat moet toch automatisch kunnen	automation workflow
        nl	elke dag knippen en plakken	automation repetitive manual tasks
        it	lavoro ripetitivo	automation repetitive tasks
        it	copia e incolla ogni giorno	automation repetitive manual tasks
        sv	samma manuella jobb varje vecka	automation repetitive manual tasks
        sv	kan det göras automatiskt	automation workflow
        pt	tarefa repetitiva	automation repetitive tasks
        pt	copiar e colar todos os dias	automation repetitive manual tasks
        pl	powtarzalna praca	automation repetitive tasks
        pl	ręczne przepisywanie danych	automation manual tasks
        en	where it gets stuck	bottleneck process improvement
        en	map where it gets stuck	process map bottleneck improvement
        en	map the process	process map improvement
        en	map how the work flows	process map lean flow
        en	map the steps from order to delivery	process map improvement
        en	why does it take so long	process improvement bottleneck lean
        en	too many steps to get approval	process improvement handoffs simplify
        en	five whys	root cause process improvement
        en	why does this keep happening	root cause process improvement
        en	cut out the waste	waste lean process improvement
        en	sticky notes on the wall to show the steps	process map improvement
        de	wo es hakt	bottleneck process improvement
        de	ablauf aufzeichnen	process map improvement
        de	prozess abbilden	process map improvement
        de	verschwendung reduzieren	waste lean process improvement
        de	der ablauf ist zu kompliziert	process improvement simplify
        de	ursache statt symptome	root cause process improvement
        de	prozess verschlanken	lean process improvement
        de	wartezeiten im ablauf	bottleneck lean process
        fr	où ça bloque	bottleneck process improvement
        fr	cartographier le processus	process map improvement
        fr	trop d'allers-retours	handoffs process improvement
        fr	pourquoi ça prend autant de temps	bottleneck process improvement lean
        es	dónde se atasca	bottleneck process improvement
        es	mapear el proceso	process map improvement
        nl	waar het vastloopt	bottleneck process improvement
        nl	het proces in kaart brengen	process map improvement
        nl	verspilling eruit halen	waste lean process improvement
        it	dove si blocca	bottleneck process improvement
        it	mappare il processo	process map improvement
        it	troppi passaggi di mano	handoffs process improvement
        sv	rita upp flödet	process map lean
        sv	för många överlämningar	handoffs process improvement
        pt	onde é que encrava	bottleneck process improvement
        pt	mapear o percurso	process map journey improvement
        pt	mapear o percurso da encomenda	process map improvement
        pt	demasiadas passagens de mão	handoffs process improvement
        pl	gdzie się zacina	bottleneck process improvement
        pl	rozrysować proces	process map improvement
        en	map the customer journey	user journey map ux research
        en	map what patients go through	patient journey map ux research
        en	what users actually need	ux research users needs
        en	watch people try the new app	usability test ux research
        en	people can't find the button	usability test ux research
        en	talk to our users	user interviews ux research
        en	who are our typical users	personas ux research
        en	get feedback on the prototype from real users	usability test ux research
        de	typische nutzer beschreiben	personas ux research
        de	nutzer befragen	user interviews ux research
        de	leute beim bedienen beobachten	usability test ux research
        de	keiner findet den knopf	usability ux research
        de	weg des kunden nachzeichnen	user journey map ux research
        de	ist die app verständlich	usability test ux research
        de	was brauchen die anwender wirklich	ux research users needs
        fr	parcours client	user journey ux research
        fr	interroger les utilisateurs	user interviews ux research
        fr	tester avec de vrais utilisateurs	usability test ux research
        fr	cartographier le parcours patient	patient journey map ux research
        es	recorrido del cliente	user journey ux research
        es	entrevistar a usuarios	user interviews ux research
        es	probar con usuarios reales	usability test ux research
        nl	klantreis in kaart brengen	user journey map ux research
        nl	gebruikers interviewen	user interviews ux research
        nl	snappen mensen het scherm	usability test ux research
        it	percorso del cliente	user journey ux research
        it	intervistare gli utenti	user interviews ux research
        it	mappare il percorso del paziente	patient journey map ux research
        sv	kundresan	user journey ux research
        sv	testa med riktiga användare	usability test ux research
        pt	mapear o percurso do cliente	user journey map ux research
        pt	entrevistar utilizadores	user interviews ux research
        pl	ścieżka klienta	user journey ux research
        pl	testy z prawdziwymi użytkownikami	usability test ux research
        en	build a website for our team	web development website
        en	our intranet page looks outdated	website web development cms
        en	a small web app for bookings	web app development
        en	portal for our customers	portal web development
        en	the page looks wrong on phones	frontend web development responsive
        en	update the site without a developer	cms website web development
        de	eigene webseite bauen	website web development
        de	kleines webportal	portal web app development
        de	seite sieht am handy schlecht aus	frontend web development responsive
        de	inhalte selbst pflegen	cms website web development
        de	online-formular für kunden	web app development portal
        fr	portail pour nos clients	portal web development
        fr	le site s'affiche mal sur mobile	frontend web development responsive
        es	hacer una página web	website web development
        es	portal para clientes	portal web development
        es	la web se ve mal en el móvil	frontend web development responsive
        nl	website laten bouwen	website web development
        nl	site ziet er slecht uit op mobiel	frontend web development responsive
        it	fare un sito	website web development
        it	portale per i clienti	portal web development
        sv	bygga en webbsida	website web development
        pl	zrobić stronę internetową	website web development
        en	the query takes forever	database query performance index
        en	the table gets slow	database query performance index
        en	where should all this data live	database design data model
        en	store our data properly instead of excel	database design data model
        en	one place for all our data	data warehouse database
        en	how to structure the tables	data model database design
        de	abfrage dauert ewig	database query performance sql
        de	tabellen richtig aufbauen	data model database design
        de	alle daten an einem ort	data warehouse database
        de	daten direkt aus dem system ziehen	sql query database
        de	access-datenbank stößt an grenzen	database design sql
        fr	la requête est lente	database query performance sql
        fr	structurer nos tables	data model database design
        es	la consulta tarda mucho	database query performance sql
        es	dónde guardar los datos	database design data model
        es	todos los datos en un sitio	data warehouse database
        nl	tabel wordt traag	database query performance index
        nl	query duurt te lang	database query performance sql
        nl	alle data op één plek	data warehouse database
        it	la query è lentissima	database query performance sql
        it	organizzare le tabelle	data model database design
        sv	frågan tar evigheter	database query performance sql
        sv	all data på ett ställe	data warehouse database
        pt	a consulta demora imenso	database query performance sql
        pl	zapytanie trwa wieki	database query performance sql
        pl	jak ułożyć tabele	data model database design
        en	move our servers to the cloud	cloud migration architecture
        en	the cloud bill is too high	cloud cost architecture
        en	azure or aws	cloud architecture aws azure
        en	run it in the cloud instead of the basement	cloud migration architecture
        en	scale up when traffic spikes	cloud architecture scaling kubernetes
        en	set up servers from code	terraform cloud infrastructure
        en	where to host our new app	cloud architecture hosting
        de	server in die cloud umziehen	cloud migration architecture
        de	cloud-kosten zu hoch	cloud cost architecture
        de	wo sollen wir die anwendung hosten	cloud architecture hosting
        de	infrastruktur als code	terraform cloud infrastructure
        de	rechenzentrum ablösen	cloud migration architecture
        fr	facture cloud trop élevée	cloud cost architecture
        es	la factura de la nube	cloud cost architecture
        nl	naar de cloud verhuizen	cloud migration architecture
        nl	cloudkosten omlaag	cloud cost architecture
        it	portare tutto nel cloud	cloud migration architecture
        pt	migrar para a nuvem	cloud migration architecture
        pl	przenieść serwery do chmury	cloud migration architecture
        en	where to keep passwords for scripts	secrets management security
        en	api keys in the code	secrets management security
        en	what could an attacker do	threat modelling security architecture
        en	is our new system safe before launch	security architecture design review
        en	security check before go-live	security architecture review
        en	don't trust anything inside the network	zero trust security architecture
        en	build privacy in from the start	privacy by design security
        de	passwörter im skript	secrets management security
        de	von anfang an sicher planen	security architecture design
        de	was könnte ein angreifer tun	threat modelling security
        de	sicherheitscheck vor dem start	security architecture review
        de	datenschutz gleich mit einbauen	privacy by design security
        fr	où stocker les clés d'accès	secrets management security
        fr	sécurité dès la conception	security architecture design privacy by design
        fr	qu'est-ce qu'un pirate pourrait faire	threat modelling security
        es	dónde guardar las claves	secrets management security
        es	seguro desde el diseño	security architecture design
        nl	wachtwoorden in de code	secrets management security
        nl	wat kan een hacker hiermee	threat modelling security
        it	dove tenere le chiavi	secrets management security
        it	sicuro fin dall'inizio	security architecture design
        sv	lösenord i koden	secrets management security
        pt	onde guardar as chaves de acesso	secrets management security
        pl	hasła zapisane w kodzie	secrets management security
        en	within 30 minutes drive	catchment area travel time gis
        en	put our customers on a map	gis maps geographic data
        en	turn addresses into points	geocoding addresses gis
        en	where do our patients come from	catchment area gis maps
        en	best place for a new depot	depot locations gis
        en	how far is it by car	drive times gis
        en	which postcodes do we cover	catchment area gis
        en	heat map of orders	gis maps location data
        de	kunden auf einer karte	gis maps geographic data
        de	adressen in koordinaten umwandeln	geocoding addresses gis
        de	wie weit mit dem auto	drive times gis
        de	neuer standort für ein lager	depot locations gis
        de	postleitzahlen auf der karte	gis maps geographic data
        fr	mettre nos clients sur une carte	gis maps geographic data
        fr	à combien de minutes en voiture	drive times gis
        es	poner clientes en un mapa	gis maps geographic data
        es	a cuántos minutos en coche	drive times gis
        es	dónde abrir el nuevo almacén	depot locations gis
        nl	klanten op de kaart zetten	gis maps geographic data
        nl	adressen omzetten naar coördinaten	geocoding addresses gis
        nl	binnen een half uur rijden	catchment area drive times gis
        it	clienti su una mappa	gis maps geographic data
        it	quanto dista in macchina	drive times gis
        sv	kunder på en karta	gis maps geographic data
        sv	inom en halvtimmes bilresa	catchment area drive times gis
        pt	clientes num mapa	gis maps geographic data
        pl	klienci na mapie	gis maps geographic data
        en	what are people complaining about in the comments	topics text mining free-text comments
        en	thousands of comments to read	text mining free-text comments
        en	are the reviews positive or negative	sentiment text mining
        en	pull names and dates out of documents	entity extraction text mining
        en	sort the feedback into themes	topics text mining classifying comments
        en	the mood in the survey answers	sentiment text mining
        en	tag each comment automatically	classifying free-text comments nlp
        en	common themes in open answers	topics text mining
        de	freitextkommentare auswerten	text mining free-text comments
        de	stimmung in den kommentaren	sentiment text mining
        de	worüber beschweren sich die kunden	topics text mining complaints
        de	namen aus dokumenten herausziehen	entity extraction text mining
        de	offene antworten sortieren	classifying free-text comments
        fr	ressenti des clients	sentiment text mining
        fr	analyser les commentaires libres	text mining free-text comments
        fr	thèmes qui reviennent dans les avis	topics text mining
        es	analizar comentarios de clientes	text mining free-text comments
        es	de qué se quejan	topics text mining complaints
        nl	opmerkingen automatisch indelen	classifying free-text comments
        nl	toon van de reacties	sentiment text mining
        it	estrarre nomi e date	entity extraction text mining
        it	analizzare i commenti	text mining free-text comments
        sv	vad skriver kunderna i fritext	text mining free-text comments
        pt	analisar comentários	text mining free-text comments
        pl	analiza komentarzy klientów	text mining free-text comments
        en	my excel formula is wrong	excel formulas spreadsheets
        en	look up a value from another sheet	excel formulas vlookup
        en	summarise a big list by month	pivot tables excel
        en	combine many excel files	power query excel
        en	record a button in excel	macros excel
        en	count how many per category	pivot tables excel formulas
        de	excel-formel funktioniert nicht	excel formulas spreadsheets
        de	mehrere tabellen zusammenführen	power query excel
        de	liste nach monat zusammenfassen	pivot tables excel
        de	makro aufzeichnen	macros excel
        de	excel-tabelle aufräumen	spreadsheets excel
        fr	ma formule excel ne marche pas	excel formulas spreadsheets
        fr	recherchev	excel formulas vlookup
        fr	tableau croisé	pivot tables excel
        es	buscarv	excel formulas vlookup
        nl	excel formule klopt niet	excel formulas spreadsheets
        nl	vert.zoeken	excel formulas vlookup
        it	cerca.vert	excel formulas vlookup
        it	formula excel sbagliata	excel formulas spreadsheets
        pt	procv	excel formulas vlookup
        pl	wyszukaj.pionowo	excel formulas vlookup
        en	who does what on the project	raci project management
        en	timeline for the project	project plan gantt chart
        en	we keep missing deadlines	project management planning
        en	keep the stakeholders in the loop	stakeholders project management
        en	board with to do, doing, done	kanban project management
        en	work in two-week sprints	scrum project management
        en	plan for the next year	roadmap project management
        de	wer macht was im projekt	raci project management
        de	zeitplan für das projekt	project plan gantt chart
        de	termine werden nicht gehalten	project management planning
        de	projekt richtig aufsetzen	project management plan
        de	alle beteiligten mitnehmen	stakeholders project management
        fr	qui fait quoi	raci project management
        fr	planning du projet	project plan gantt chart
        fr	tenir les délais	project management planning
        es	quién hace qué	raci project management
        es	calendario del proyecto	project plan gantt chart
        nl	wie doet wat	raci project management
        nl	projectplanning maken	project plan gantt chart
        nl	deadlines halen	project management planning
        it	chi fa cosa	raci project management
        it	pianificare il progetto	project management plan
        sv	vem gör vad	raci project management
        pt	quem faz o quê	raci project management
        pl	kto co robi w projekcie	raci project management
        en	hard to read for people with poor eyesight	accessibility contrast
        en	can a blind colleague use it	screen readers accessibility
        en	subtitles for our videos	captions accessibility
        en	light grey text on white	accessibility contrast
        en	usable without a mouse	accessibility keyboard wcag
        en	make the pdf readable for everyone	accessibility documents
        en	alt text for pictures	accessibility screen readers images
        en	easy to read language	accessibility plain language
        de	für sehbehinderte lesbar	accessibility contrast screen readers
        de	untertitel für videos	captions accessibility
        de	mit vorleseprogramm nutzbar	screen readers accessibility
        de	leichte sprache	accessibility plain language
        de	farbenblinde kollegen	accessibility contrast colour
        fr	lisible pour les malvoyants	accessibility contrast screen readers
        fr	sous-titres pour les vidéos	captions accessibility
        es	que lo pueda usar una persona ciega	screen readers accessibility
        es	subtítulos para vídeos	captions accessibility
        nl	toegankelijk voor iedereen	accessibility usable by everyone
        nl	ondertiteling bij video's	captions accessibility
        it	leggibile per ipovedenti	accessibility contrast screen readers
        it	sottotitoli nei video	captions accessibility
        sv	svårt att läsa för synskadade	accessibility contrast
        sv	textning av filmer	captions accessibility
        pt	legendas nos vídeos	captions accessibility
        pl	dla osób niewidomych	screen readers accessibility
        en	deploy automatically when we merge	ci cd pipeline deploy
        en	tests run on every change	ci test pipeline
        en	releases are done by hand	releases deploy pipeline devops
        en	works on my machine but not on the server	containers devops
        en	put the app in docker	containers devops
        en	roll back a bad release	releases deploy devops
        de	automatisch ausrollen	deploy pipeline ci cd
        de	tests bei jedem commit	ci test pipeline
        de	release dauert tage	releases deploy devops
        de	bei mir läuft es, auf dem server nicht	containers devops
        fr	déployer automatiquement	deploy pipeline ci cd
        fr	mise en production à la main	releases deploy devops
        es	desplegar automáticamente	deploy pipeline ci cd
        es	pasar a producción más rápido	releases deploy devops
        nl	automatisch uitrollen	deploy pipeline ci cd
        nl	elke release is handwerk	releases deploy devops
        it	rilasci automatici	releases deploy pipeline ci cd
        sv	automatisk driftsättning	deploy pipeline ci cd
        pt	implantar automaticamente	deploy pipeline ci cd
        pl	automatyczne wdrażanie	deploy pipeline ci cd
        en	tell us when a deal closes	webhook integration api
        en	the two systems don't talk to each other	api integration systems
        en	get data from salesforce into our tool	salesforce api integration
        en	connect our shop to sap	sap api integration middleware
        en	notify our system when something changes	webhook integration api
        en	pull data from their platform automatically	rest api integration
        de	systeme miteinander verbinden	api integration systems
        de	daten automatisch ans sap übergeben	sap api integration
        de	schnittstelle zum partner	api integration interface
        de	bescheid geben wenn sich was ändert	webhook integration api
        de	doppelt eintippen in zwei systemen	api integration systems
        fr	faire communiquer deux logiciels	api integration systems
        fr	relier notre outil à salesforce	salesforce api integration
        fr	être prévenu quand une commande arrive	webhook integration api
        es	avisar cuando cambia algo	webhook integration api
        nl	systemen aan elkaar koppelen	api integration systems
        nl	koppeling met sap	sap api integration
        nl	seintje als er iets verandert	webhook integration api
        it	far parlare i gestionali	api integration middleware
        sv	koppla ihop systemen	api integration systems
        en	build a small app without coding	low-code no-code apps
        en	replace our excel tracker with an app	low-code app power apps
        en	form with a list behind it	sharepoint lists low-code
        en	a database anyone can edit	airtable no-code low-code
        en	phone app for inspections	low-code app power apps appsheet
        en	drag and drop app builder	low-code no-code apps
        en	requests app instead of emails	low-code app power apps
        de	kleine app selbst bauen	low-code apps
        de	excel-liste durch app ersetzen	low-code app power apps
        de	formular mit liste dahinter	sharepoint lists low-code
        fr	appli sans coder	low-code no-code apps
        fr	remplacer le fichier excel par une appli	low-code app power apps
        es	aplicación sin programar	low-code no-code apps
        es	crear una app yo mismo	low-code apps
        nl	app bouwen zonder code	low-code no-code apps
        nl	eigen app in elkaar klikken	low-code apps
        sv	app utan att koda	low-code no-code apps
        pt	aplicação sem programar	low-code no-code apps
        pl	aplikacja bez programowania	low-code no-code apps
        en	i have an idea for a new service	innovation workshop idea
        en	get people together to come up with ideas	brainstorming ideation workshop
        en	try the idea out quickly	proof of concept innovation
        en	a day to build something new together	hackathon innovation
        en	workshop to rethink the service	design thinking workshop
        en	test the idea before we spend money	proof of concept innovation
        de	ich habe eine idee	innovation idea workshop
        de	ideen sammeln im team	brainstorming ideation workshop
        de	kreativworkshop	innovation workshop brainstorming
        de	idee schnell ausprobieren	proof of concept innovation
        de	mal ganz neu denken	design thinking innovation
        fr	atelier créatif	innovation workshop brainstorming
        fr	j'ai une idée	innovation idea
        fr	tester l'idée rapidement	proof of concept innovation
        es	tengo una idea	innovation idea
        es	taller de ideas	innovation workshop ideation
        nl	ik heb een idee	innovation idea
        nl	ideeën bedenken met het team	brainstorming ideation workshop
        it	ho un'idea	innovation idea
        it	sessione creativa	brainstorming workshop innovation
        sv	jag har en idé	innovation idea
        pt	tenho uma ideia	innovation idea
        pl	mam pomysł	innovation idea
        en	shortest way around all the stops	route optimisation vehicle routing
        en	which truck goes where	vehicle routing load planning
        en	order of the deliveries	drop sequences route optimisation
        en	too many empty kilometres	route optimisation fuel savings
        en	fit more pallets on the truck	load planning
        en	save fuel on deliveries	route optimisation fuel savings
        en	fewer trucks for the same deliveries	route optimisation load planning
        de	touren besser planen	route optimisation vehicle routing
        de	leerfahrten vermeiden	route optimisation empty runs fuel
        de	lkw besser beladen	load planning
        de	sprit sparen bei den touren	route optimisation fuel savings
        de	welcher lkw fährt wohin	vehicle routing load planning
        de	tourenplanung dauert zu lange	route optimisation routing
        fr	optimiser les tournées	route optimisation vehicle routing
        fr	ordre des livraisons	drop sequences route optimisation
        fr	mieux remplir les camions	load planning
        es	planificar las rutas	route optimisation vehicle routing
        es	orden de las entregas	drop sequences route optimisation
        es	cargar mejor los camiones	load planning
        nl	ritten slimmer plannen	route optimisation vehicle routing
        nl	volgorde van de stops	drop sequences route optimisation
        nl	vrachtwagens voller laden	load planning
        it	pianificare i giri di consegna	route optimisation vehicle routing
        it	risparmiare carburante	route optimisation fuel savings
        sv	planera rutterna smartare	route optimisation vehicle routing
        sv	lasta bilarna bättre	load planning
        pt	planear as rotas	route optimisation vehicle routing
        en	how busy will we be next month	demand forecast volumes
        en	how many people do we need at christmas	staffing needs forecasting seasonality
        en	predict next year's volumes	forecasting volumes
        en	the summer peak every year	seasonality forecasting
        en	how much stock to order	demand forecast forecasting
        en	number of parcels next week	forecasting volumes
        en	expected patient numbers	forecasting volumes demand
        de	wie viel wird nächste woche los sein	demand forecast volumes
        de	wie viele leute brauchen wir im dezember	staffing needs forecasting seasonality
        de	mengen fürs nächste jahr schätzen	forecasting volumes
        de	personalbedarf planen	staffing needs forecasting
        de	hochsaison vorhersagen	seasonality forecasting peak
        fr	prévoir les volumes	forecasting volumes
        fr	combien de personnel pour le pic	staffing needs forecasting
        fr	pics saisonniers	seasonality forecasting
        es	cuánto vamos a vender	demand forecast forecasting
        es	prever los volúmenes	forecasting volumes
        es	cuánta gente necesitamos en campaña	staffing needs forecasting seasonality
        nl	hoe druk wordt het	demand forecast volumes
        nl	personeel inplannen voor de piek	staffing needs forecasting
        nl	seizoenspieken	seasonality forecasting
        it	quanto personale serve a natale	staffing needs forecasting seasonality
        sv	hur mycket att göra nästa månad	demand forecast volumes
        sv	säsongstoppar	seasonality forecasting
        en	keep an eye on the fridge temperature	temperature loggers sensors iot
        en	where are the trucks right now	gps trackers telematics
        en	data coming from the trucks	vehicle data streams telematics
        en	alert when the cold chain breaks	temperature loggers sensors cold chain
        en	fuel use per truck	vehicle data telematics fuel
        en	small device that sends readings	iot sensors
        en	track containers live	gps trackers iot
        de	temperatur im kühlraum überwachen	temperature loggers sensors
        de	wo sind die lkw gerade	gps trackers telematics
        de	fahrzeugdaten auswerten	vehicle data telematics
        de	kühlkette überwachen	temperature loggers cold chain sensors
        de	messwerte automatisch erfassen	iot sensors data streams
        fr	suivre la température des camions frigo	temperature loggers sensors
        fr	savoir où sont les camions	gps trackers telematics
        es	controlar la temperatura de la cámara	temperature loggers sensors
        es	saber dónde está cada camión	gps trackers telematics
        nl	temperatuur in de koelcel	temperature loggers sensors
        nl	waar rijden de trucks nu	gps trackers telematics
        it	monitorare la temperatura	temperature loggers sensors
        sv	var är lastbilarna just nu	gps trackers telematics
        pt	temperatura da câmara frigorífica	temperature loggers sensors
        pl	gdzie są teraz ciężarówki	gps trackers telematics
        en	course new starters can do online	onboarding e-learning training
        en	a quiz after the course	quizzes e-learning
        en	teach drivers the new procedure	training e-learning course
        en	record my lectures	lecture recordings teaching
        en	exam on the computer for students	online exam teaching e-learning
        en	set up my course page for students	moodle course teaching
        en	welcome pack for new staff	onboarding material training
        de	schulung online anbieten	training e-learning course
        de	einarbeitung neuer kollegen	onboarding training
        de	kurzes quiz nach der schulung	quizzes e-learning training
        de	vorlesung aufzeichnen	lecture recordings teaching
        de	klausur am computer	online exam teaching
        de	kursraum für studierende	moodle course teaching
        fr	accueil des nouveaux arrivants	onboarding training
        fr	examen sur ordinateur	online exam teaching
        es	curso online para el equipo	training e-learning course
        es	formación para nuevos empleados	onboarding training
        nl	online cursus maken	training e-learning course
        nl	inwerken van nieuwe collega's	onboarding training
        it	registrare le lezioni	lecture recordings teaching
        sv	utbildning på nätet	training e-learning course
        pt	formação online	training e-learning course
        en	our carbon footprint	co2 emissions carbon accounting
        en	how much co2 our trucks produce	co2 emissions fleet carbon
        en	energy use of the warehouses	energy data sustainability
        en	numbers for the sustainability report	sustainability report data
        en	how do we go greener	sustainability emissions reduction
        en	compare diesel and electric trucks	emissions sustainability data
        en	customers ask about our emissions	emissions carbon accounting
        de	co2-fußabdruck	co2 emissions carbon accounting
        de	wie viel co2 stoßen wir aus	co2 emissions carbon
        de	stromverbrauch der lager	energy data sustainability
        de	zahlen für den nachhaltigkeitsbericht	sustainability report data
        de	grüner werden	sustainability emissions reduction
        fr	consommation d'énergie des entrepôts	energy data sustainability
        es	gasto de energía	energy data sustainability
        nl	co2-uitstoot berekenen	co2 emissions carbon accounting
        nl	energieverbruik van de loods	energy data sustainability
        en	how many patients do we need	sample size biostatistics clinical study
        en	how long until relapse	survival analysis biostatistics
        en	time until patients die or recover	survival analysis biostatistics
        en	same patients measured several times	mixed models repeated measures biostatistics
        en	power calculation for the ethics application	sample size biostatistics
        en	statistics for my clinical study	biostatistics clinical study design
        en	does the new treatment work better	biostatistics clinical study hypothesis test
        de	wie viele patienten brauchen wir	sample size biostatistics
        de	fallzahlberechnung	sample size biostatistics
        de	überleben nach der op	survival analysis biostatistics
        de	statistik für die doktorarbeit	biostatistics study statistics
        de	wiederholte messungen pro patient	mixed models biostatistics
        de	wirkt das neue medikament besser	biostatistics clinical study hypothesis test
        fr	combien de patients inclure	sample size biostatistics
        fr	temps jusqu'à la rechute	survival analysis biostatistics
        fr	statistiques pour ma thèse	biostatistics study statistics
        es	cuántos pacientes necesitamos	sample size biostatistics
        es	tiempo hasta la recaída	survival analysis biostatistics
        nl	hoeveel patiënten hebben we nodig	sample size biostatistics
        nl	overleving na de operatie	survival analysis biostatistics
        it	quanti pazienti servono	sample size biostatistics
        it	sopravvivenza dopo l'intervento	survival analysis biostatistics
        sv	hur många patienter behövs	sample size biostatistics
        pt	quantos doentes são precisos	sample size biostatistics
        pl	ilu pacjentów potrzebujemy	sample size biostatistics
        en	send lab results from one system to another	clinical interoperability hl7 data exchange
        en	the patient record and the lab system don't talk	clinical interoperability hl7 interface
        en	codes for diagnoses that every system understands	snomed ct terminology interoperability
        en	standard codes for lab tests	loinc terminology interoperability
        en	get data out of the patient record in a standard format	fhir clinical interoperability
        en	exchange data with referring practices	clinical data exchange interoperability
        en	messages between hospital systems	hl7 v2 clinical interoperability
        de	befunde zwischen systemen austauschen	clinical interoperability data exchange hl7
        de	schnittstelle zum laborsystem	hl7 interface clinical interoperability
        de	einheitliche codes für diagnosen	snomed ct terminology interoperability
        de	daten aus dem kis für die app	fhir clinical interoperability
        de	austausch mit den zuweisern	clinical data exchange interoperability
        fr	échanger les résultats entre logiciels	clinical interoperability data exchange
        fr	codage commun des diagnostics	snomed ct terminology interoperability
        es	intercambiar datos clínicos entre sistemas	clinical interoperability data exchange
        es	códigos comunes para pruebas de laboratorio	loinc terminology interoperability
        nl	labuitslagen tussen systemen uitwisselen	clinical interoperability hl7 data exchange
        nl	koppeling met het epd	fhir hl7 clinical interoperability
        it	scambiare dati tra sistemi clinici	clinical interoperability data exchange
        it	codifica standard degli esami	loinc terminology interoperability
        sv	skicka provsvar mellan system	clinical interoperability hl7 data exchange
        pt	trocar dados clínicos entre sistemas	clinical interoperability data exchange
        pl	wymiana danych między systemami szpitalnymi	clinical interoperability data exchange
        en	outline the tumour automatically	segmentation imaging ai
        en	ai reading x-rays	radiology imaging ai deep learning
        en	spot cancer on the slides	pathology images deep learning
        en	label thousands of scans	annotation dicom datasets imaging ai
        en	train a model on ct scans	deep learning radiology imaging ai
        en	measure organ volume automatically	segmentation imaging ai
        de	tumor automatisch umranden	segmentation imaging ai
        de	ki für röntgenbilder	radiology imaging ai
        de	bilder für die studie markieren	annotation imaging ai
        de	mrt-bilder automatisch auswerten	image analysis radiology deep learning
        de	schnitte aus der pathologie auswerten	pathology images deep learning
        fr	détourer automatiquement la tumeur	segmentation imaging ai
        fr	ia sur les radios	radiology imaging ai
        es	ia para radiografías	radiology imaging ai
        es	marcar lesiones en las imágenes	annotation segmentation imaging ai
        nl	ai op röntgenfoto's	radiology imaging ai
        nl	tumor automatisch intekenen	segmentation imaging ai
        it	ia sulle immagini radiologiche	radiology imaging ai
        it	contornare la lesione	segmentation imaging ai
        sv	ai på röntgenbilder	radiology imaging ai
        pt	ia em imagens de raio-x	radiology imaging ai
        pl	sztuczna inteligencja do zdjęć rentgenowskich	radiology imaging ai
        en	write good questions for a survey	survey design questionnaire
        en	ask patients how they feel after surgery	patient-reported outcomes proms
        en	translate the questionnaire into german	translating questionnaire validation
        en	is my questionnaire measuring the right thing	questionnaire validation survey design
        en	online form for patients to fill in	limesurvey survey questionnaire
        en	too many people drop out of the survey	survey design questionnaire
        de	fragebogen erstellen	survey design questionnaire
        de	patienten nach ihrem befinden fragen	patient-reported outcomes proms
        de	fragebogen übersetzen	translating questionnaire validation
        de	umfrage online stellen	limesurvey survey questionnaire
        de	gute fragen formulieren	survey design questionnaire wording
        fr	faire un questionnaire	survey design questionnaire
        fr	demander aux patients comment ils vont	patient-reported outcomes proms
        fr	traduire le questionnaire	translating questionnaire validation
        es	hacer una encuesta	survey design questionnaire
        es	traducir el cuestionario	translating questionnaire validation
        nl	enquête onder patiënten	survey design questionnaire patient-reported outcomes
        it	preparare un questionario	survey design questionnaire
        it	tradurre il questionario	translating questionnaire validation
        sv	göra en enkät	survey design questionnaire
        pt	fazer um inquérito	survey design questionnaire
        pl	przygotować ankietę	survey design questionnaire
        en	can i use patient data for my study	data protection gdpr patient data
        en	remove names before sharing the data	pseudonymisation anonymisation data protection
        en	do we need the patient's permission	consent data protection gdpr
        en	share data with another university	data use agreement data protection
        en	what to tell the ethics committee about the data	ethics committee data protection
        en	can the data be traced back to a person	anonymisation data protection
        de	darf ich patientendaten verwenden	data protection gdpr patient data
        de	namen vor der weitergabe entfernen	pseudonymisation anonymisation data protection
        de	einwilligung der patienten	consent data protection
        de	daten an eine andere klinik geben	data use agreement data protection
        de	datenschutzteil im ethikantrag	ethics committee data protection
        fr	utiliser les données des patients	data protection gdpr patient data
        fr	rendre les données anonymes	anonymisation data protection
        fr	consentement des patients	consent data protection
        es	puedo usar datos de pacientes	data protection gdpr patient data
        es	quitar los nombres de los datos	pseudonymisation anonymisation data protection
        nl	mag ik patiëntgegevens gebruiken	data protection gdpr patient data
        nl	namen uit de dataset halen	pseudonymisation anonymisation data protection
        it	posso usare i dati dei pazienti	data protection gdpr patient data
        it	togliere i nomi dai dati	anonymisation data protection
        sv	får jag använda patientdata	data protection gdpr patient data
        pt	posso usar dados dos doentes	data protection gdpr patient data
        pl	czy mogę użyć danych pacjentów	data protection gdpr patient data
        en	fit more operations into the week	operating theatre scheduling operations research
        en	not enough beds on mondays	bed management occupancy
        en	make the duty roster fairer	staff rosters rostering
        en	shorten the waiting list	waiting lists operations research
        en	what if we open another ward	simulation operations research
        en	theatre slots go unused	operating theatre scheduling
        en	who works which shift	staff rosters rostering
        en	patients wait too long in the emergency department	waiting lists simulation operations research
        de	op-plan optimieren	operating theatre scheduling
        de	betten reichen nicht	bed management occupancy
        de	dienstplan gerechter machen	staff rosters rostering
        de	wartelisten verkürzen	waiting lists operations research
        de	was wäre wenn wir eine station mehr hätten	simulation operations research
        fr	planning du bloc opératoire	operating theatre scheduling
        fr	manque de lits	bed management occupancy
        es	programación de quirófanos	operating theatre scheduling
        es	faltan camas	bed management occupancy
        es	cuadrante del personal	staff rosters rostering
        nl	ok-planning verbeteren	operating theatre scheduling
        nl	roosters maken	staff rosters rostering
        it	programmazione delle sale operatorie	operating theatre scheduling
        sv	operationsplaneringen	operating theatre scheduling
        sv	schemat för personalen	staff rosters rostering
        pt	escalas do pessoal	staff rosters rostering
        en	build the forms for my study	ecrf electronic case report forms
        en	database for my clinical trial	redcap study database
        en	assign patients to groups by chance	randomisation redcap
        en	show a question only if the answer is yes	branching logic ecrf
        en	get the study data out into spss	data export redcap
        en	online forms for study visits	ecrf case report forms
        en	replace the paper forms of the trial	case report forms ecrf
        de	studiendatenbank aufsetzen	redcap study database
        de	erfassungsbögen für die studie	ecrf case report forms
        de	patienten zufällig zuteilen	randomisation redcap
        de	frage nur anzeigen wenn	branching logic ecrf
        de	daten aus der studie exportieren	data export redcap
        fr	base de données pour mon étude	redcap study database
        fr	tirage au sort des patients	randomisation redcap
        es	base de datos para el ensayo	redcap study database
        es	asignar pacientes al azar	randomisation redcap
        nl	studiedatabase opzetten	redcap study database
        nl	patiënten loten	randomisation redcap
        it	database dello studio	redcap study database
        it	schede raccolta dati	ecrf case report forms
        sv	databas för min studie	redcap study database
        pt	base de dados do estudo	redcap study database
        pl	baza danych do badania	redcap study database
        en	register the study plan before we start	preregistration open science
        en	the journal wants the data shared	data sharing fair open science
        en	where to put my data so others can reuse it	zenodo repository fair data
        en	doi for my dataset	zenodo repository open science
        en	publish so anyone can read it for free	open access publishing
        en	the funder requires open data	fair data sharing open science
        en	share my code with the paper	open science code sharing
        de	studienplan vorab registrieren	preregistration open science
        de	daten zum paper veröffentlichen	data sharing fair open science
        de	frei zugänglich publizieren	open access publishing
        de	doi für meinen datensatz	zenodo repository open science
        fr	publier en accès libre	open access publishing
        fr	partager nos données de recherche	data sharing fair open science
        es	publicar en abierto	open access publishing
        es	compartir los datos del estudio	data sharing fair open science
        nl	vrij toegankelijk publiceren	open access publishing
        nl	onderzoeksdata delen	data sharing fair open science
        it	pubblicare ad accesso aperto	open access publishing
        pt	publicar em acesso aberto	open access publishing
        pl	udostępnić dane z badań	data sharing fair open science
        en	find patients with a diagnosis in the letters	clinical text mining discharge letters
        en	pull medications out of the notes	named entities clinical notes nlp
        en	search thousands of radiology reports	radiology reports nlp text mining
        en	the info is only in free text	clinical notes free-text nlp
        en	read discharge letters automatically	discharge letters nlp clinical text mining
        de	arztbriefe automatisch auswerten	discharge letters clinical text mining
        de	diagnosen aus freitext ziehen	clinical text mining named entities
        de	befundtexte durchsuchen	radiology reports nlp text mining
        de	medikamente aus den notizen	named entities clinical notes nlp
        de	steht nur im freitext	clinical notes free-text nlp
        fr	analyser les comptes rendus	radiology reports clinical text mining
        fr	extraire les diagnostics des courriers	discharge letters entities clinical text mining
        es	sacar datos de los informes de alta	discharge letters clinical text mining
        es	buscar en las notas clínicas	clinical notes text mining
        nl	ontslagbrieven doorzoeken	discharge letters clinical text mining
        nl	diagnoses uit vrije tekst halen	clinical text mining named entities
        it	analizzare le lettere di dimissione	discharge letters clinical text mining
        it	estrarre diagnosi dai referti	radiology reports entities clinical text mining
        sv	söka i journalanteckningar	clinical notes text mining
        pt	extrair dados das cartas de alta	discharge letters clinical text mining
        pl	wyciągnąć dane z wypisów	discharge letters clinical text mining
        en	analyse our sequencing data	bioinformatics sequencing analysis
        en	which genes change between groups	rna-seq differential expression bioinformatics
        en	find mutations in the samples	variant calling bioinformatics
        en	data straight from the sequencer	sequencing bioinformatics omics
        en	run my job on the cluster	hpc cluster jobs bioinformatics
        en	pipeline for our samples	pipelines nextflow bioinformatics
        en	fastq files	sequencing bioinformatics
        de	sequenzierdaten auswerten	bioinformatics sequencing analysis
        de	welche gene sind hochreguliert	rna-seq bioinformatics expression
        de	mutationen in den proben finden	variant calling bioinformatics
        de	rechenjob auf dem cluster	hpc cluster jobs bioinformatics
        de	auswertung pro zelle	single-cell bioinformatics
        fr	analyser nos données de séquençage	bioinformatics sequencing analysis
        fr	trouver les mutations	variant calling bioinformatics
        es	analizar datos de secuenciación	bioinformatics sequencing analysis
        es	buscar mutaciones en las muestras	variant calling bioinformatics
        nl	sequencingdata analyseren	bioinformatics sequencing analysis
        nl	mutaties vinden in de monsters	variant calling bioinformatics
        it	analizzare i dati di sequenziamento	bioinformatics sequencing analysis
        sv	analysera sekvensdata	bioinformatics sequencing analysis
        pt	analisar dados de sequenciação	bioinformatics sequencing analysis
        pl	analiza danych z sekwencjonowania	bioinformatics sequencing analysis
        en	learn from near misses	incident reports patient safety quality improvement
        en	fewer falls on the ward	patient safety quality improvement
        en	measure the quality of care	quality indicators quality improvement
        en	same treatment path for every patient	clinical pathways quality improvement
        en	map the treatment path	clinical pathways process map quality improvement
        en	plan do check act	pdca cycles quality improvement
        en	why did this mistake happen on the ward	root cause incident reports quality improvement
        de	aus fehlern auf station lernen	incident reports quality improvement patient safety
        de	behandlungspfad festlegen	clinical pathways quality improvement
        de	qualität der versorgung messen	quality indicators quality improvement
        de	stürze auf station reduzieren	patient safety quality improvement
        de	beinahe-fehler auswerten	incident reports patient safety
        fr	améliorer la sécurité des patients	patient safety quality improvement
        fr	parcours de soins standardisé	clinical pathways quality improvement
        fr	tirer les leçons des incidents	incident reports quality improvement
        es	mejorar la seguridad del paciente	patient safety quality improvement
        es	medir la calidad asistencial	quality indicators quality improvement
        nl	leren van incidentmeldingen	incident reports quality improvement
        nl	zorgpad opstellen	clinical pathways quality improvement
        it	migliorare la sicurezza dei pazienti	patient safety quality improvement
        it	percorso diagnostico terapeutico	clinical pathways quality improvement
        sv	lära av avvikelser	incident reports quality improvement
        pt	melhorar a segurança do doente	patient safety quality improvement
        pl	poprawa bezpieczeństwa pacjentów	patient safety quality improvement
        en	nobody else can run my analysis code	reproducibility research software
        en	keep versions of my scripts	git version control research code
        en	data management plan for the grant	data management plan grant proposal
        en	the code for my phd is a mess	research software maintainable code
        en	reproduce last year's results	reproducibility research code
        en	final_v2_really_final	git version control research code
        en	package my analysis so it runs anywhere	containers reproducibility research software
        de	datenmanagementplan für den antrag	data management plan grant proposal
        de	meine skripte versionieren	git version control research code
        de	ergebnisse reproduzierbar machen	reproducibility research software
        de	code aus der doktorarbeit aufräumen	research software maintainable code
        fr	plan de gestion des données	data management plan grant
        fr	rendre mes analyses reproductibles	reproducibility research software
        es	plan de gestión de datos	data management plan grant
        es	que otros puedan repetir el análisis	reproducibility research software
        nl	datamanagementplan voor de subsidie	data management plan grant proposal
        nl	mijn code reproduceerbaar maken	reproducibility research software
        it	piano di gestione dei dati	data management plan grant
        pt	plano de gestão de dados	data management plan grant
        pl	plan zarządzania danymi	data management plan grant
        de	kundenreise abbilden	user journey map ux research
        es	mapear el recorrido del paciente	patient journey map ux research
        nl	patiëntreis in kaart brengen	patient journey map ux research
        pt	testar com utilizadores reais	usability test ux research
        sv	intervjua användarna	user interviews ux research
        de	abläufe sichtbar machen	process map improvement
        pl	zmapować proces	process map improvement
        sv	kartlägga processen	process map improvement
        pt	porque é que demora tanto	bottleneck process improvement lean
        nl	dubbel werk tussen afdelingen	waste handoffs lean process improvement
        de	netzwerk der zusammenarbeit abbilden	social network analysis collaboration
        es	quién es la persona clave del equipo	centrality social network analysis
        nl	wie is de spin in het web	centrality social network analysis
        fr	qui est la personne clé du réseau	centrality social network analysis
        pl	skąd przyjeżdżają nasi klienci	catchment area gis maps
        it	da dove vengono i nostri pazienti	catchment area gis maps
        es	de dónde vienen nuestros clientes	catchment area gis maps
        nl	waar komen onze klanten vandaan	catchment area gis maps
        fr	d'où viennent nos clients	catchment area gis maps
        pl	plan projektu z terminami	project plan gantt chart
        pl	ile będziemy sprzedawać	demand forecast forecasting
        pt	pico de verão	seasonality forecasting
        sv	hur många paket nästa vecka	forecasting volumes
        it	quanti camion servono domani	vehicle routing load planning
        it	ordine delle consegne	drop sequences route optimisation
        pt	quantos camiões precisamos	vehicle routing load planning
        pt	ordem das entregas	drop sequences route optimisation
        it	scovare valori strani	anomaly detection machine learning
        it	macro in excel	macros excel
        sv	pivottabell	pivot tables excel
        es	macro de excel	macros excel
        fr	macro excel	macros excel
        it	sito accessibile a tutti	accessibility wcag usable by everyone
        it	misurare la qualità delle cure	quality indicators quality improvement
        it	consenso dei pazienti	consent data protection
        pt	consentimento dos doentes	consent data protection
        pt	anonimizar os dados	anonymisation data protection
        sv	anonymisera patientdata	anonymisation data protection
        es	anonimizar los datos	anonymisation data protection
        nl	toestemming van patiënten	consent data protection
        it	cosa pensano i clienti nei commenti	sentiment text mining
        it	collegare il gestionale a salesforce	salesforce api integration
        pt	tradução do questionário	translating questionnaire validation
        """#
}

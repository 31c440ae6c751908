// swift-format-ignore-file
/// Domain vocabulary, written for HubBot from general knowledge of the languages and of
/// the topics service desks and hubs meet (analytics and research, business improvement,
/// everyday IT faults) — never from a test corpus. Read after the glossary and the
/// thesaurus: an entry already there wins.
extension TriageLexicon {
    /// `lang<TAB>word or phrase<TAB>English` (glossary) and `en<TAB>chat word<TAB>plain words` (thesaurus).
    /// The last ~700 lines (everyday ways of describing a specialist topic, in nine languages:
    /// "copy by hand", "Klimabilanz", "optimisation des tournées") were written by a helper who
    /// saw only a list of topics, never a corpus or a tag file.
    static let domainText = #"""
de	stichprobengröße	sample size
de	stichprobenumfang	sample size
de	zufallsstichprobe	random sample sampling
de	repräsentativ	representative sample
de	signifikant	significance statistics
de	signifikanz	significance statistics
de	statistisch signifikant	statistical significance
de	signifikanztest	significance test
de	hypothesentest	hypothesis test
de	hypothese	hypothesis test
de	konfidenzintervall	confidence interval
de	vertrauensintervall	confidence interval
de	fehlerspanne	error margin confidence
de	streuung	variance spread
de	varianz	variance
de	standardabweichung	standard deviation
de	mittelwert	mean average
de	durchschnittswert	average mean
de	kausalität	causality causation
de	normalverteilung	normal distribution
de	wahrscheinlichkeit	probability
de	gewichtung	weighting
de	hochrechnung	extrapolation projection
de	a/b-test	a/b test experiment
de	ab-test	a/b test experiment
de	versuchsaufbau	experiment design
de	versuchsplanung	experiment design
de	experimente	experiments
de	kontrollgruppe	control group
de	testgruppe	test group
de	randomisiert	randomised experiment
de	statistische auswertung	statistical analysis
de	regressionsanalyse	regression analysis
de	lineare regression	linear regression
de	nachfrageprognose	demand forecast
de	bedarfsplanung	demand planning
de	absatzplanung	sales forecast demand planning
de	prognostizieren	forecast
de	prognosemodell	forecasting model
de	vorhersagemodell	prediction model
de	auftragsvolumen	order volumes
de	sendungsmengen	shipment volumes
de	sendungsvolumen	shipment volumes
de	anrufvolumen	call volumes
de	anrufaufkommen	call volumes
de	saisonalität	seasonality
de	saisonal	seasonal seasonality
de	saisonale schwankungen	seasonality
de	spitzenzeiten	peak times
de	stoßzeiten	peak times
de	spitzenlast	peak demand
de	weihnachtsgeschäft	seasonal peak
de	zeitreihenanalyse	time series analysis
de	personalbedarf	staffing requirements
de	personalbedarfsplanung	staffing workforce planning
de	personalplanung	workforce planning
de	personaleinsatzplanung	workforce scheduling
de	kapazitätsplanung	capacity planning
de	ki-modell	ai model
de	algorithmus	algorithm
de	algorithmen	algorithms
de	neuronales netz	neural network
de	neuronale netze	neural networks
de	trainingsdaten	training data
de	modell trainieren	train model machine learning
de	klassifizierung	classification
de	klassifizieren	classify classification
de	kategorisieren	categorise classification
de	kategorisierung	classification categorisation
de	mustererkennung	pattern recognition
de	anomalieerkennung	anomaly detection
de	anomalie	anomaly
de	betrugserkennung	fraud detection
de	betrug	fraud
de	bilderkennung	image recognition
de	bildverarbeitung	image processing computer vision
de	objekterkennung	object detection computer vision
de	texterkennung	text recognition ocr
de	schrifterkennung	text recognition ocr
de	handschrift	handwriting ocr
de	sprachmodell	language model
de	sprachassistent	voice assistant chatbot
de	virtueller assistent	virtual assistant chatbot
de	generative ki	generative ai
de	spracherkennung	speech recognition
de	transkription	transcription
de	vorausschauende wartung	predictive maintenance
de	kundenabwanderung	churn
de	abwanderung	churn
de	empfehlungssystem	recommendation system
de	balkendiagramm	bar chart
de	säulendiagramm	bar chart
de	kreisdiagramm	pie chart
de	tortendiagramm	pie chart
de	liniendiagramm	line chart
de	visualisieren	visualise visualize charts
de	berichtserstellung	reporting
de	managementbericht	management report
de	kennzahlenbericht	kpi report
de	cockpit	dashboard
de	wochenbericht	weekly report
de	quartalsbericht	quarterly report
de	sql-abfrage	sql query
de	datenbankabfrage	database query
de	datenmodell	data model
de	datenmodellierung	data modelling
de	datawarehouse	data warehouse
de	datenintegration	data integration etl
de	datenmigration	data migration
de	dubletten	duplicates
de	stammdaten	master data
de	datenpipeline	data pipeline etl
de	fragebogenentwicklung	questionnaire design
de	fragebogendesign	questionnaire design
de	umfragedesign	survey design
de	antwortmöglichkeiten	answer options questionnaire
de	likert-skala	likert scale
de	rücklaufquote	response rate
de	rücklauf	response rate
de	befragte	respondents
de	offene fragen	open questions
de	geschlossene fragen	closed questions
de	mehrfachauswahl	multiple choice
de	kundenbefragung	customer survey
de	zufriedenheitsumfrage	satisfaction survey
de	wer mit wem	collaboration network analysis
de	kommunikationsfluss	communication flow
de	kommunikationswege	communication network
de	netzwerkanalyse	network analysis
de	soziale netzwerkanalyse	social network analysis
de	informelles netzwerk	informal network
de	schlüsselpersonen	key people
de	silodenken	silos
de	abteilungsübergreifend	cross-department collaboration
de	bereichsübergreifend	cross-department collaboration
de	geoinformationssystem	gis maps
de	auf einer karte	map
de	kartieren	mapping maps
de	geokodierung	geocoding
de	geocodierung	geocoding
de	postleitzahl	postcode
de	plz	postcode
de	einzugsgebiet	catchment area
de	standortanalyse	location analysis site selection
de	standortwahl	site selection
de	filialnetz	branch network locations
de	entfernungen	distances
de	fahrzeit	travel time
de	anfahrtszeit	travel time
de	optimierung	optimisation optimization
de	tourenoptimierung	route planning optimization
de	routenoptimierung	route planning optimization
de	touren	routes
de	stoppreihenfolge	stop sequence
de	reihenfolge der stopps	stop sequence
de	stopps	stops
de	ladeplanung	load planning
de	beladung	loading load planning
de	auslastung	utilisation capacity
de	lkw-auslastung	truck fill utilisation
de	lkw	truck
de	lkws	trucks
de	lademeter	loading metres
de	paletten	pallets
de	rückfracht	backhaul
de	rückladung	backhaul
de	leerfahrten	empty runs empty kilometres
de	leerkilometer	empty kilometres
de	leer-km	empty kilometres
de	fuhrpark	fleet
de	flotte	fleet
de	disposition	dispatch planning
de	disponent	dispatcher
de	fahrer	drivers
de	zeitfenster	time windows
de	lieferzeitfenster	delivery time windows
de	dienstplan	roster
de	schichtplan	shift plan
de	einsatzplanung	scheduling
de	bettenplanung	bed planning
de	bettenbelegung	bed occupancy
de	op-planung	operating room planning
de	op-saal	operating room
de	operationssaal	operating room
de	zuteilung	allocation
de	lineare optimierung	linear programming
de	bioinformatik	bioinformatics
de	genomik	genomics
de	sequenzierung	sequencing
de	sequenzieren	sequencing
de	genen	genes
de	genexpression	gene expression
de	mutationen	mutations
de	proteine	proteins
de	forschungsdaten	research data
de	forschungsdatenmanagement	research data management
de	datenmanagementplan	data management plan
de	offene wissenschaft	open science
de	offene daten	open data
de	reproduzierbarkeit	reproducibility
de	reproduzierbar	reproducible
de	veröffentlichung	publication
de	publikation	publication
de	publizieren	publish publication
de	studie	study research
de	forschungsprojekt	research project
de	archivierung	archiving
de	datenrepositorium	data repository
de	metadaten	metadata
de	präregistrierung	preregistration
de	ethikkommission	ethics committee
fr	échantillonnage	sampling
fr	taille d'échantillon	sample size
fr	taille de l'échantillon	sample size
fr	échantillon représentatif	representative sample
fr	échantillon aléatoire	random sample
fr	représentatif	representative sample
fr	significatif	significant significance
fr	significativité	significance
fr	statistiquement significatif	statistical significance
fr	test statistique	statistical test
fr	test d'hypothèse	hypothesis test
fr	hypothèse	hypothesis
fr	intervalle de confiance	confidence interval
fr	marge d'erreur	error margin confidence
fr	écart type	standard deviation
fr	médiane	median
fr	corrélé	correlation
fr	causalité	causality causation
fr	valeur aberrante	outlier
fr	loi normale	normal distribution
fr	probabilité	probability
fr	pondération	weighting
fr	test a/b	a/b test experiment
fr	groupe témoin	control group
fr	groupe de contrôle	control group
fr	groupe test	test group
fr	expérimentation	experiment
fr	tirage aléatoire	random sample
fr	statisticien	statistician
fr	analyse statistique	statistical analysis
fr	analyse de régression	regression analysis
fr	régression linéaire	linear regression
fr	prévisionnel	forecast
fr	prévisions de ventes	sales forecast
fr	prévoir la demande	demand forecast
fr	volumétrie	volumes
fr	volumes d'appels	call volumes
fr	saisonnalité	seasonality
fr	saisonnier	seasonal
fr	pics d'activité	peak times
fr	pic d'activité	peak times
fr	heures de pointe	peak times
fr	haute saison	peak season
fr	séries temporelles	time series
fr	besoins en personnel	staffing requirements
fr	dimensionnement des équipes	staffing workforce planning
fr	planification des effectifs	workforce planning
fr	plan de charge	workload capacity planning
fr	prévision de charge	workload forecast
fr	planification de capacité	capacity planning
fr	extrapoler	extrapolate projection
fr	algorithme	algorithm
fr	réseau de neurones	neural network
fr	réseaux de neurones	neural networks
fr	apprentissage profond	deep learning
fr	données d'entraînement	training data
fr	entraîner un modèle	train model machine learning
fr	classement automatique	automatic classification
fr	catégoriser	categorise classification
fr	détection d'anomalies	anomaly detection
fr	détection de fraude	fraud detection
fr	détection des fraudes	fraud detection
fr	fraude	fraud
fr	reconnaissance d'images	image recognition
fr	vision par ordinateur	computer vision
fr	détection d'objets	object detection
fr	reconnaissance de caractères	ocr text recognition
fr	reconnaissance de texte	text recognition ocr
fr	modèle de langage	language model
fr	modèles de langage	language models
fr	agent conversationnel	chatbot
fr	assistant virtuel	virtual assistant chatbot
fr	ia générative	generative ai
fr	traitement du langage	nlp language processing
fr	fouille de textes	text mining
fr	commentaires libres	free text comments
fr	reconnaissance vocale	speech recognition
fr	maintenance prédictive	predictive maintenance
fr	désabonnement	churn
fr	système de recommandation	recommendation system
fr	diagramme	chart diagram
fr	histogramme	histogram bar chart
fr	camembert	pie chart
fr	diagramme circulaire	pie chart
fr	diagramme en barres	bar chart
fr	tableaux de bord	dashboards
fr	tableau de suivi	tracking dashboard
fr	pilotage	management reporting
fr	bases de données	databases
fr	requête sql	sql query
fr	modèle de données	data model
fr	modélisation des données	data modelling
fr	entrepôt de données	data warehouse
fr	lac de données	data lake
fr	flux de données	data flows pipeline
fr	intégration de données	data integration etl
fr	doublons	duplicates
fr	données de référence	master data
fr	référentiel	master data
fr	migration de données	data migration
fr	conception du questionnaire	questionnaire design
fr	élaborer un questionnaire	questionnaire design
fr	échelle de likert	likert scale
fr	échelle de notation	rating scale
fr	taux de réponse	response rate
fr	taux de participation	response rate
fr	répondants	respondents
fr	questions ouvertes	open questions
fr	questions fermées	closed questions
fr	choix multiple	multiple choice
fr	enquête de satisfaction	satisfaction survey
fr	travail en silo	silos
fr	fonctionnement en silo	silos
fr	cloisonnement	silos
fr	cloisonné	siloed silos
fr	analyse de réseau	network analysis
fr	réseau informel	informal network
fr	personnes clés	key people
fr	acteurs clés	key people
fr	flux de communication	communication flow
fr	transversalité	cross-team collaboration
fr	cartographie	mapping maps
fr	cartographier	mapping maps
fr	sig	gis maps
fr	géolocalisation	geolocation location
fr	géocodage	geocoding
fr	géocoder	geocoding
fr	coordonnées gps	gps coordinates
fr	code postal	postcode
fr	codes postaux	postcodes
fr	zone de chalandise	catchment area
fr	zones de chalandise	catchment areas
fr	bassin de population	catchment area
fr	choix d'implantation	site selection
fr	temps de trajet	travel time
fr	données géographiques	geodata
fr	analyse spatiale	spatial analysis
fr	optimisation	optimisation optimization
fr	planification des tournées	route planning
fr	ordre de passage	stop sequence
fr	séquence des arrêts	stop sequence
fr	arrêts	stops
fr	points de livraison	delivery points stops
fr	plan de chargement	load planning
fr	chargement des camions	truck loading load planning
fr	taux de remplissage	fill rate truck fill
fr	remplissage des camions	truck fill
fr	camion	truck
fr	poids lourds	trucks
fr	retour à vide	empty return empty kilometres
fr	retours à vide	empty returns empty kilometres
fr	kilomètres à vide	empty kilometres
fr	km à vide	empty kilometres
fr	fret retour	backhaul
fr	flotte	fleet
fr	parc de véhicules	fleet
fr	chauffeurs	drivers
fr	livreurs	delivery drivers
fr	plannings	schedules rosters
fr	ordonnancement	scheduling
fr	planning des équipes	shift planning
fr	roulement	rota shifts
fr	grille horaire	timetable roster
fr	gestion des lits	bed management
fr	planification des lits	bed planning
fr	bloc opératoire	operating room
fr	programmation du bloc	operating room scheduling
fr	affectation	allocation assignment
fr	recherche opérationnelle	operations research
fr	programmation linéaire	linear programming
fr	créneaux	time slots
fr	créneaux de livraison	delivery time windows
fr	bioinformatique	bioinformatics
fr	génomique	genomics
fr	séquençage	sequencing
fr	adn	dna
fr	arn	rna
fr	expression génique	gene expression
fr	protéines	proteins
fr	protéomique	proteomics
fr	données de recherche	research data
fr	science ouverte	open science
fr	données ouvertes	open data
fr	libre accès	open access
fr	accès ouvert	open access
fr	plan de gestion	data management plan
fr	reproductibilité	reproducibility
fr	publier	publish publication
fr	article scientifique	scientific paper
fr	archivage	archiving
fr	métadonnées	metadata
fr	dépôt de données	data repository
fr	comité d'éthique	ethics committee
fr	thèse	thesis research
fr	doctorant	phd student research
fr	chercheurs	researchers
es	muestreo	sampling
es	tamaño de muestra	sample size
es	tamaño muestral	sample size
es	muestra representativa	representative sample
es	muestra aleatoria	random sample
es	representativa	representative sample
es	significativo	significant significance
es	significancia	significance
es	significación estadística	statistical significance
es	prueba de hipótesis	hypothesis test
es	contraste de hipótesis	hypothesis test
es	hipótesis	hypothesis
es	intervalo de confianza	confidence interval
es	margen de error	error margin confidence
es	varianza	variance
es	desviación estándar	standard deviation
es	desviación típica	standard deviation
es	mediana	median
es	causalidad	causality causation
es	distribución normal	normal distribution
es	probabilidad	probability
es	ponderación	weighting
es	prueba a/b	a/b test experiment
es	test a/b	a/b test experiment
es	grupo de control	control group
es	grupo de prueba	test group
es	experimento	experiment
es	diseño experimental	experiment design
es	análisis estadístico	statistical analysis
es	análisis de regresión	regression analysis
es	regresión lineal	linear regression
es	proyección	projection forecast
es	estacionalidad	seasonality
es	estacional	seasonal
es	temporada alta	peak season
es	picos de demanda	peak demand
es	pico de demanda	peak demand
es	horas punta	peak times
es	series temporales	time series
es	series de tiempo	time series
es	volumen de llamadas	call volumes
es	volúmenes	volumes
es	necesidades de personal	staffing requirements
es	dimensionar la plantilla	staffing workforce planning
es	planificación de personal	workforce planning
es	planificación de capacidad	capacity planning
es	extrapolar	extrapolate projection
es	algoritmo	algorithm
es	red neuronal	neural network
es	redes neuronales	neural networks
es	aprendizaje profundo	deep learning
es	datos de entrenamiento	training data
es	entrenar un modelo	train model machine learning
es	clasificar	classify classification
es	categorizar	categorise classification
es	detección de anomalías	anomaly detection
es	detección de fraude	fraud detection
es	fraude	fraud
es	reconocimiento de imágenes	image recognition
es	visión artificial	computer vision
es	visión por computadora	computer vision
es	detección de objetos	object detection
es	reconocimiento de texto	text recognition ocr
es	reconocimiento óptico	ocr text recognition
es	modelo de lenguaje	language model
es	modelos de lenguaje	language models
es	asistente virtual	virtual assistant chatbot
es	ia generativa	generative ai
es	procesamiento del lenguaje	nlp language processing
es	lenguaje natural	natural language nlp
es	minería de textos	text mining
es	comentarios abiertos	free text comments
es	reconocimiento de voz	speech recognition
es	transcripción	transcription
es	predictivo	predictive
es	mantenimiento predictivo	predictive maintenance
es	abandono de clientes	churn
es	fuga de clientes	churn
es	sistema de recomendación	recommendation system
es	diagrama	chart diagram
es	gráfico de barras	bar chart
es	gráfico circular	pie chart
es	gráfico de tarta	pie chart
es	gráfico de líneas	line chart
es	histograma	histogram bar chart
es	cuadros de mando	dashboards
es	tablero	dashboard
es	informes de gestión	management reporting
es	bases de datos	databases
es	consulta sql	sql query
es	consultas sql	sql queries
es	modelo de datos	data model
es	modelado de datos	data modelling
es	almacén de datos	data warehouse
es	lago de datos	data lake
es	integración de datos	data integration etl
es	duplicados	duplicates
es	datos maestros	master data
es	migración de datos	data migration
es	diseño del cuestionario	questionnaire design
es	diseñar una encuesta	survey design
es	escala likert	likert scale
es	escala de valoración	rating scale
es	tasa de respuesta	response rate
es	preguntas abiertas	open questions
es	preguntas cerradas	closed questions
es	opción múltiple	multiple choice
es	encuesta de satisfacción	satisfaction survey
es	trabajo en silos	silos
es	análisis de redes	network analysis
es	red informal	informal network
es	personas clave	key people
es	actores clave	key people
es	flujos de comunicación	communication flows
es	entre departamentos	cross-department collaboration
es	interdepartamental	cross-department collaboration
es	cartografía	mapping maps
es	sig	gis maps
es	geolocalización	geolocation location
es	geocodificación	geocoding
es	geocodificar	geocoding
es	código postal	postcode
es	códigos postales	postcodes
es	área de influencia	catchment area
es	área de captación	catchment area
es	emplazamiento	site location
es	selección de ubicación	site selection
es	tiempo de desplazamiento	travel time
es	distancia	distance
es	datos geográficos	geodata
es	análisis espacial	spatial analysis
es	planificación de rutas	route planning
es	ruteo	routing
es	enrutamiento	routing
es	secuencia de paradas	stop sequence
es	orden de entrega	delivery sequence
es	paradas	stops
es	planificación de carga	load planning
es	plan de carga	load planning
es	carga de camiones	truck loading
es	ocupación del camión	truck fill
es	llenado de camiones	truck fill
es	camión	truck
es	kilómetros en vacío	empty kilometres
es	km en vacío	empty kilometres
es	viajes en vacío	empty runs
es	retorno en vacío	empty return
es	carga de retorno	backhaul
es	flota	fleet
es	repartidores	delivery drivers
es	conductores	drivers
es	reparto	delivery distribution
es	planificación de turnos	shift planning
es	turnos	shifts
es	cuadrante	roster
es	cuadrante de turnos	shift roster
es	horarios	schedules
es	gestión de camas	bed management
es	planificación de camas	bed planning
es	quirófano	operating room
es	programación quirúrgica	operating room scheduling
es	asignación	allocation
es	investigación operativa	operations research
es	programación lineal	linear programming
es	ventanas horarias	time windows
es	franjas horarias	time slots
es	bioinformática	bioinformatics
es	genómica	genomics
es	secuenciación	sequencing
es	adn	dna
es	arn	rna
es	expresión génica	gene expression
es	proteínas	proteins
es	proteómica	proteomics
es	mutaciones	mutations
es	datos de investigación	research data
es	ciencia abierta	open science
es	datos abiertos	open data
es	acceso abierto	open access
es	reproducibilidad	reproducibility
es	publicación	publication
es	artículo científico	scientific paper
es	metadatos	metadata
es	repositorio de datos	data repository
es	comité de ética	ethics committee
es	tesis	thesis research
es	doctorado	phd research
es	investigadores	researchers
nl	steekproefgrootte	sample size
nl	steekproefomvang	sample size
nl	aselecte steekproef	random sample
nl	representatief	representative sample
nl	representativiteit	representative sample
nl	significantie	significance
nl	statistisch significant	statistical significance
nl	hypothese	hypothesis
nl	hypothesetoets	hypothesis test
nl	statistische toets	statistical test
nl	betrouwbaarheidsinterval	confidence interval
nl	foutmarge	error margin confidence
nl	variantie	variance
nl	standaarddeviatie	standard deviation
nl	standaardafwijking	standard deviation
nl	mediaan	median
nl	causaliteit	causality causation
nl	causaal verband	causality causation
nl	normale verdeling	normal distribution
nl	waarschijnlijkheid	probability
nl	ab-test	a/b test experiment
nl	controlegroep	control group
nl	testgroep	test group
nl	experimenten	experiments
nl	proefopzet	experiment design
nl	statisticus	statistician
nl	statistische analyse	statistical analysis
nl	regressieanalyse	regression analysis
nl	lineaire regressie	linear regression
nl	prestatie-indicator	kpi
nl	vraagplanning	demand planning
nl	belvolume	call volumes
nl	ordervolume	order volumes
nl	seizoensinvloeden	seasonality
nl	seizoenspatroon	seasonality
nl	seizoensgebonden	seasonal
nl	piekmomenten	peak times
nl	piekdrukte	peak demand
nl	pieken	peaks
nl	spitsuren	peak times
nl	tijdreeksen	time series
nl	tijdreeksanalyse	time series analysis
nl	personeelsbehoefte	staffing requirements
nl	formatieplanning	workforce planning
nl	personeelsplanning	workforce planning
nl	capaciteitsplanning	capacity planning
nl	extrapoleren	extrapolate projection
nl	algoritme	algorithm
nl	algoritmen	algorithms
nl	neuraal netwerk	neural network
nl	neurale netwerken	neural networks
nl	trainingsdata	training data
nl	model trainen	train model machine learning
nl	classificeren	classify classification
nl	categoriseren	categorise classification
nl	anomaliedetectie	anomaly detection
nl	fraudedetectie	fraud detection
nl	fraude	fraud
nl	beeldherkenning	image recognition
nl	objectherkenning	object detection
nl	tekstherkenning	text recognition ocr
nl	handschriftherkenning	handwriting recognition ocr
nl	taalmodel	language model
nl	virtuele assistent	virtual assistant chatbot
nl	generatieve ai	generative ai
nl	spraakherkenning	speech recognition
nl	transcriptie	transcription
nl	voorspellend onderhoud	predictive maintenance
nl	klantverloop	churn
nl	aanbevelingssysteem	recommendation system
nl	staafdiagram	bar chart
nl	staafgrafiek	bar chart
nl	taartdiagram	pie chart
nl	cirkeldiagram	pie chart
nl	lijngrafiek	line chart
nl	visualiseren	visualise visualize charts
nl	managementrapportage	management report
nl	stuurinformatie	management information kpis
nl	managementinformatie	management information reporting
nl	datamodel	data model
nl	datamodellering	data modelling
nl	datawarehouse	data warehouse
nl	data-integratie	data integration etl
nl	dubbelingen	duplicates
nl	stamgegevens	master data
nl	datamigratie	data migration
nl	vragenlijst opstellen	questionnaire design
nl	antwoordschaal	rating scale
nl	antwoordopties	answer options questionnaire
nl	likertschaal	likert scale
nl	respons	response rate
nl	responspercentage	response rate
nl	respondenten	respondents
nl	open vragen	open questions
nl	gesloten vragen	closed questions
nl	meerkeuze	multiple choice
nl	meerkeuzevragen	multiple choice
nl	tevredenheidsonderzoek	satisfaction survey
nl	medewerkerstevredenheid	employee satisfaction survey
nl	samenwerkingspatronen	collaboration patterns
nl	netwerkanalyse	network analysis
nl	sociale netwerkanalyse	social network analysis
nl	informeel netwerk	informal network
nl	sleutelfiguren	key people
nl	sleutelpersonen	key people
nl	eilandcultuur	silos
nl	verkokering	silos
nl	verkokerd	siloed silos
nl	communicatiestromen	communication flows
nl	communicatielijnen	communication network
nl	afdelingsoverstijgend	cross-department collaboration
nl	op de kaart	map
nl	op een kaart	map
nl	geografische data	geodata
nl	geografische gegevens	geodata
nl	geocodering	geocoding
nl	postcodegebied	postcode area
nl	verzorgingsgebied	catchment area
nl	werkgebied	service area
nl	vestigingslocatie	site location
nl	locatiekeuze	site selection
nl	reistijd	travel time
nl	afstanden	distances
nl	ruimtelijke analyse	spatial analysis
nl	optimalisatie	optimisation optimization
nl	ritten	trips routes
nl	routeoptimalisatie	route planning optimization
nl	stopvolgorde	stop sequence
nl	volgorde van stops	stop sequence
nl	rijvolgorde	stop sequence
nl	laadplanning	load planning
nl	beladingsgraad	truck fill load factor
nl	vulgraad	fill rate truck fill
nl	belading	loading
nl	vrachtwagen	truck
nl	vrachtwagens	trucks
nl	lege kilometers	empty kilometres
nl	leegrijden	empty running empty kilometres
nl	retourvracht	backhaul
nl	retourlading	backhaul
nl	retourritten	return trips backhaul
nl	vloot	fleet
nl	wagenpark	fleet
nl	chauffeurs	drivers
nl	rooster	roster
nl	roosteren	rostering
nl	dienstrooster	roster
nl	roosterplanning	rostering
nl	ploegendienst	shifts shift planning
nl	ploegen	shifts
nl	shiftplanning	shift planning
nl	inplannen	scheduling
nl	beddenplanning	bed planning
nl	bedbezetting	bed occupancy
nl	ok-planning	operating room planning
nl	operatiekamer	operating room
nl	toewijzing	allocation
nl	operationeel onderzoek	operations research
nl	lineair programmeren	linear programming
nl	tijdvensters	time windows
nl	tijdslots	time slots
nl	bio-informatica	bioinformatics
nl	bioinformatica	bioinformatics
nl	genomica	genomics
nl	genoom	genome
nl	sequencen	sequencing
nl	genen	genes
nl	genexpressie	gene expression
nl	eiwitten	proteins
nl	mutaties	mutations
nl	onderzoeksdata	research data
nl	onderzoeksgegevens	research data
nl	datamanagementplan	data management plan
nl	open wetenschap	open science
nl	reproduceerbaarheid	reproducibility
nl	reproduceerbaar	reproducible
nl	publicatie	publication
nl	publiceren	publish publication
nl	wetenschappelijk artikel	scientific paper
nl	archiveren	archiving
nl	onderzoekers	researchers
nl	promotieonderzoek	phd research
nl	proefschrift	thesis
nl	ethische commissie	ethics committee
it	campionamento	sampling
it	dimensione del campione	sample size
it	numerosità campionaria	sample size
it	campione rappresentativo	representative sample
it	campione casuale	random sample
it	rappresentativo	representative sample
it	significativo	significant significance
it	significatività	significance
it	statisticamente significativo	statistical significance
it	test statistico	statistical test
it	test d'ipotesi	hypothesis test
it	ipotesi	hypothesis
it	intervallo di confidenza	confidence interval
it	margine di errore	error margin confidence
it	varianza	variance
it	deviazione standard	standard deviation
it	scarto quadratico	standard deviation
it	valore medio	average mean
it	media aritmetica	mean average
it	mediana	median
it	causalità	causality causation
it	distribuzione normale	normal distribution
it	probabilità	probability
it	ponderazione	weighting
it	test a/b	a/b test experiment
it	gruppo di controllo	control group
it	esperimento	experiment
it	disegno sperimentale	experiment design
it	analisi statistica	statistical analysis
it	analisi di regressione	regression analysis
it	regressione lineare	linear regression
it	stagionalità	seasonality
it	picchi	peaks
it	picchi di lavoro	peak demand
it	ore di punta	peak times
it	alta stagione	peak season
it	serie storiche	time series
it	serie temporali	time series
it	volumi	volumes
it	volume di chiamate	call volumes
it	fabbisogno di personale	staffing requirements
it	dimensionamento del personale	staffing workforce planning
it	pianificazione del personale	workforce planning
it	pianificazione della capacità	capacity planning
it	estrapolare	extrapolate projection
it	proiezioni	projections forecast
it	algoritmo	algorithm
it	rete neurale	neural network
it	reti neurali	neural networks
it	apprendimento profondo	deep learning
it	dati di addestramento	training data
it	addestrare un modello	train model machine learning
it	classificare	classify classification
it	categorizzare	categorise classification
it	rilevamento anomalie	anomaly detection
it	rilevamento frodi	fraud detection
it	frode	fraud
it	riconoscimento immagini	image recognition
it	visione artificiale	computer vision
it	riconoscimento oggetti	object detection
it	riconoscimento del testo	text recognition ocr
it	riconoscimento ottico	ocr text recognition
it	modello linguistico	language model
it	modelli linguistici	language models
it	assistente virtuale	virtual assistant chatbot
it	ia generativa	generative ai
it	elaborazione del linguaggio	nlp language processing
it	linguaggio naturale	natural language nlp
it	commenti liberi	free text comments
it	riconoscimento vocale	speech recognition
it	trascrizione	transcription
it	predittivo	predictive
it	manutenzione predittiva	predictive maintenance
it	abbandono dei clienti	churn
it	sistema di raccomandazione	recommendation system
it	diagramma	chart diagram
it	istogramma	histogram bar chart
it	grafico a barre	bar chart
it	grafico a torta	pie chart
it	grafico a linee	line chart
it	visualizzare i dati	data visualisation
it	reportistica	reporting
it	reportistica direzionale	management reporting
it	basi di dati	databases
it	banca dati	database
it	banche dati	databases
it	query sql	sql query
it	modello dati	data model
it	modello di dati	data model
it	modellazione dei dati	data modelling
it	magazzino dati	data warehouse
it	integrazione dati	data integration etl
it	duplicati	duplicates
it	dati anagrafici	master data
it	anagrafiche	master data
it	migrazione dati	data migration
it	progettazione del questionario	questionnaire design
it	scala likert	likert scale
it	scala di valutazione	rating scale
it	tasso di risposta	response rate
it	intervistati	respondents
it	rispondenti	respondents
it	domande aperte	open questions
it	domande chiuse	closed questions
it	scelta multipla	multiple choice
it	indagine di soddisfazione	satisfaction survey
it	analisi delle reti	network analysis
it	analisi di rete	network analysis
it	rete informale	informal network
it	persone chiave	key people
it	figure chiave	key people
it	lavoro a silos	silos
it	compartimenti stagni	silos
it	flussi di comunicazione	communication flows
it	interfunzionale	cross-functional collaboration
it	tra reparti	cross-department collaboration
it	cartografia	mapping maps
it	mappatura	mapping
it	su una mappa	map
it	geolocalizzazione	geolocation location
it	geocodifica	geocoding
it	geocodificare	geocoding
it	coordinate gps	gps coordinates
it	cap	postcode
it	codice postale	postcode
it	bacino d'utenza	catchment area
it	bacino di utenza	catchment area
it	area di influenza	catchment area
it	scelta del sito	site selection
it	tempo di percorrenza	travel time
it	distanza	distance
it	dati geografici	geodata
it	analisi spaziale	spatial analysis
it	pianificazione dei percorsi	route planning
it	giri di consegna	delivery routes
it	giro consegne	delivery routes
it	sequenza delle fermate	stop sequence
it	ordine delle fermate	stop sequence
it	fermate	stops
it	piano di carico	load planning
it	pianificazione dei carichi	load planning
it	carico dei camion	truck loading
it	saturazione dei mezzi	truck fill utilisation
it	riempimento	fill rate
it	camion	truck
it	camion vuoti	empty trucks
it	chilometri a vuoto	empty kilometres
it	km a vuoto	empty kilometres
it	viaggi a vuoto	empty runs
it	ritorno a vuoto	empty return
it	carico di ritorno	backhaul
it	flotta	fleet
it	parco mezzi	fleet
it	autisti	drivers
it	pianificazione dei turni	shift planning
it	turni	shifts
it	turnistica	rostering shift planning
it	piano turni	shift roster
it	orari	schedules
it	gestione posti letto	bed management
it	posti letto	beds bed planning
it	occupazione dei letti	bed occupancy
it	sala operatoria	operating room
it	sale operatorie	operating rooms
it	programmazione operatoria	operating room scheduling
it	assegnazione	allocation
it	ricerca operativa	operations research
it	programmazione lineare	linear programming
it	finestre temporali	time windows
it	fasce orarie	time slots
it	bioinformatica	bioinformatics
it	genomica	genomics
it	sequenziamento	sequencing
it	geni	genes
it	espressione genica	gene expression
it	proteine	proteins
it	proteomica	proteomics
it	mutazioni	mutations
it	dati della ricerca	research data
it	dati di ricerca	research data
it	scienza aperta	open science
it	dati aperti	open data
it	accesso aperto	open access
it	riproducibilità	reproducibility
it	pubblicazione	publication
it	articolo scientifico	scientific paper
it	metadati	metadata
it	comitato etico	ethics committee
it	dottorato	phd research
it	ricercatori	researchers
it	tesi	thesis research
sv	stickprovsstorlek	sample size
sv	urvalsstorlek	sample size
sv	slumpmässigt urval	random sample
sv	representativ	representative sample
sv	signifikans	significance
sv	statistiskt signifikant	statistical significance
sv	signifikanstest	significance test
sv	hypotes	hypothesis
sv	hypotesprövning	hypothesis test
sv	statistiskt test	statistical test
sv	konfidensintervall	confidence interval
sv	felmarginal	error margin confidence
sv	varians	variance
sv	standardavvikelse	standard deviation
sv	medelvärdet	mean average
sv	kausalitet	causality causation
sv	orsakssamband	causality causation
sv	avvikande värden	outliers
sv	normalfördelning	normal distribution
sv	sannolikhet	probability
sv	viktning	weighting
sv	a/b-test	a/b test experiment
sv	ab-test	a/b test experiment
sv	kontrollgrupp	control group
sv	testgrupp	test group
sv	försöksdesign	experiment design
sv	experimentdesign	experiment design
sv	statistisk analys	statistical analysis
sv	regressionsanalys	regression analysis
sv	linjär regression	linear regression
sv	prognostisera	forecast
sv	prognosmodell	forecasting model
sv	säsongsvariationer	seasonality
sv	säsongsmönster	seasonality
sv	säsongsbetonad	seasonal
sv	toppar	peaks
sv	högsäsong	peak season
sv	rusningstid	peak times
sv	tidsserieanalys	time series analysis
sv	volymer	volumes
sv	samtalsvolym	call volumes
sv	ordervolymer	order volumes
sv	bemanningsbehov	staffing requirements
sv	bemanning	staffing
sv	bemanningsplanering	staffing workforce planning
sv	personalplanering	workforce planning
sv	kapacitetsplanering	capacity planning
sv	framskrivning	projection forecast
sv	extrapolera	extrapolate projection
sv	algoritm	algorithm
sv	neuralt nätverk	neural network
sv	neurala nätverk	neural networks
sv	djupinlärning	deep learning
sv	träningsdata	training data
sv	träna en modell	train model machine learning
sv	träna modellen	train model machine learning
sv	klassificera	classify classification
sv	avvikelsedetektering	anomaly detection
sv	anomalidetektering	anomaly detection
sv	bedrägeri	fraud
sv	upptäcka bedrägerier	fraud detection
sv	bedrägeridetektering	fraud detection
sv	bildigenkänning	image recognition
sv	bildanalys	image analysis computer vision
sv	datorseende	computer vision
sv	objektigenkänning	object detection
sv	textigenkänning	text recognition ocr
sv	teckenigenkänning	ocr text recognition
sv	språkmodell	language model
sv	virtuell assistent	virtual assistant chatbot
sv	generativ ai	generative ai
sv	språkteknologi	nlp language technology
sv	fritext	free text
sv	öppna svar	free text answers
sv	taligenkänning	speech recognition
sv	transkribering	transcription
sv	prediktiv	predictive
sv	prediktivt underhåll	predictive maintenance
sv	kundbortfall	churn
sv	rekommendationssystem	recommendation system
sv	diagrammen	charts
sv	stapeldiagram	bar chart
sv	cirkeldiagram	pie chart
sv	tårtdiagram	pie chart
sv	linjediagram	line chart
sv	visualisera	visualise visualize charts
sv	rapportverktyg	reporting tool
sv	ledningsrapport	management report
sv	nyckeltalsrapport	kpi report
sv	databaser	databases
sv	sql-fråga	sql query
sv	databasfråga	database query
sv	datamodell	data model
sv	datamodellering	data modelling
sv	datalager	data warehouse
sv	datasjö	data lake
sv	dataintegration	data integration etl
sv	dubbletter	duplicates
sv	grunddata	master data
sv	datamigrering	data migration
sv	enkätfrågor	survey questions
sv	enkätdesign	survey design
sv	likertskala	likert scale
sv	svarsalternativ	answer options questionnaire
sv	svarsfrekvens	response rate
sv	svarsandel	response rate
sv	respondenter	respondents
sv	öppna frågor	open questions
sv	slutna frågor	closed questions
sv	flervalsfrågor	multiple choice
sv	nöjdhetsundersökning	satisfaction survey
sv	medarbetarundersökning	employee survey
sv	samarbetsmönster	collaboration patterns
sv	nätverksanalys	network analysis
sv	social nätverksanalys	social network analysis
sv	informellt nätverk	informal network
sv	nyckelpersoner	key people
sv	stuprör	silos
sv	stuprörstänk	silos
sv	silotänk	silos
sv	kommunikationsflöden	communication flows
sv	tvärfunktionellt	cross-functional collaboration
sv	kartan	map
sv	kartlägga	mapping
sv	kartläggning	mapping
sv	geokodning	geocoding
sv	postnummer	postcode
sv	upptagningsområde	catchment area
sv	lokalisering	site location
sv	platsval	site selection
sv	restid	travel time
sv	avstånd	distance
sv	geografisk analys	spatial analysis
sv	rumslig analys	spatial analysis
sv	optimering	optimisation optimization
sv	stoppordning	stop sequence
sv	körordning	stop sequence
sv	lastplanering	load planning
sv	lastoptimering	load planning optimization
sv	fyllnadsgrad	fill rate truck fill
sv	lastbil	truck
sv	tomkörning	empty running empty kilometres
sv	tomma kilometer	empty kilometres
sv	returlast	backhaul
sv	returfrakt	backhaul
sv	fordonsflotta	fleet
sv	chaufförer	drivers
sv	schemaläggning	scheduling
sv	arbetsschema	schedule roster
sv	bemanningsschema	roster
sv	skiftschema	shift schedule
sv	skiftplanering	shift planning
sv	skiftplan	shift plan
sv	vårdplatser	hospital beds bed planning
sv	vårdplatsplanering	bed planning
sv	beläggning	occupancy
sv	operationssal	operating room
sv	operationsplanering	operating room planning
sv	tilldelning	allocation
sv	operationsanalys	operations research
sv	linjärprogrammering	linear programming
sv	tidsfönster	time windows
sv	bioinformatik	bioinformatics
sv	genomik	genomics
sv	arvsmassa	genome dna
sv	sekvensering	sequencing
sv	sekvensera	sequencing
sv	gener	genes
sv	genuttryck	gene expression
sv	proteiner	proteins
sv	proteomik	proteomics
sv	mutationer	mutations
sv	forskningsdata	research data
sv	datahanteringsplan	data management plan
sv	öppen vetenskap	open science
sv	öppna data	open data
sv	öppen tillgång	open access
sv	reproducerbarhet	reproducibility
sv	reproducerbar	reproducible
sv	publicering	publication publishing
sv	publikation	publication
sv	publicera	publish publication
sv	vetenskaplig artikel	scientific paper
sv	arkivering	archiving
sv	forskare	researchers
sv	doktorand	phd student
sv	avhandling	thesis
sv	etikprövning	ethics review
sv	chattbot	chatbot
pt	amostragem	sampling
pt	tamanho da amostra	sample size
pt	tamanho amostral	sample size
pt	amostra representativa	representative sample
pt	amostra aleatória	random sample
pt	representativa	representative sample
pt	significativo	significant significance
pt	significância estatística	statistical significance
pt	teste de hipóteses	hypothesis test
pt	hipótese	hypothesis
pt	teste estatístico	statistical test
pt	intervalo de confiança	confidence interval
pt	margem de erro	error margin confidence
pt	variância	variance
pt	desvio padrão	standard deviation
pt	mediana	median
pt	causalidade	causality causation
pt	distribuição normal	normal distribution
pt	probabilidade	probability
pt	ponderação	weighting
pt	teste a/b	a/b test experiment
pt	grupo de controle	control group
pt	grupo de controlo	control group
pt	experimento	experiment
pt	desenho experimental	experiment design
pt	análise estatística	statistical analysis
pt	análise de regressão	regression analysis
pt	regressão linear	linear regression
pt	sazonalidade	seasonality
pt	sazonal	seasonal
pt	picos	peaks
pt	pico de procura	peak demand
pt	pico de demanda	peak demand
pt	horário de pico	peak times
pt	hora de ponta	peak times
pt	época alta	peak season
pt	séries temporais	time series
pt	volume de chamadas	call volumes
pt	volume de encomendas	order volumes
pt	necessidades de pessoal	staffing requirements
pt	dimensionamento de equipas	staffing workforce planning
pt	dimensionamento de equipe	staffing workforce planning
pt	planeamento de pessoal	workforce planning
pt	planejamento de pessoal	workforce planning
pt	planeamento de capacidade	capacity planning
pt	planejamento de capacidade	capacity planning
pt	extrapolar	extrapolate projection
pt	projeção	projection forecast
pt	projeções	projections forecast
pt	algoritmo	algorithm
pt	rede neural	neural network
pt	redes neurais	neural networks
pt	aprendizagem profunda	deep learning
pt	aprendizado profundo	deep learning
pt	dados de treino	training data
pt	dados de treinamento	training data
pt	treinar um modelo	train model machine learning
pt	treinar o modelo	train model machine learning
pt	categorizar	categorise classification
pt	deteção de anomalias	anomaly detection
pt	detecção de anomalias	anomaly detection
pt	deteção de fraude	fraud detection
pt	detecção de fraude	fraud detection
pt	fraude	fraud
pt	reconhecimento de imagem	image recognition
pt	visão computacional	computer vision
pt	deteção de objetos	object detection
pt	detecção de objetos	object detection
pt	reconhecimento de texto	text recognition ocr
pt	reconhecimento ótico	ocr text recognition
pt	modelo de linguagem	language model
pt	modelos de linguagem	language models
pt	assistente virtual	virtual assistant chatbot
pt	ia generativa	generative ai
pt	processamento de linguagem	nlp language processing
pt	linguagem natural	natural language nlp
pt	mineração de texto	text mining
pt	comentários abertos	free text comments
pt	reconhecimento de voz	speech recognition
pt	transcrição	transcription
pt	preditivo	predictive
pt	manutenção preditiva	predictive maintenance
pt	abandono de clientes	churn
pt	sistema de recomendação	recommendation system
pt	diagrama	chart diagram
pt	gráfico de barras	bar chart
pt	gráfico de pizza	pie chart
pt	gráfico circular	pie chart
pt	gráfico de tarte	pie chart
pt	gráfico de linhas	line chart
pt	histograma	histogram bar chart
pt	visualizar dados	data visualisation
pt	painéis	dashboards
pt	relatório de gestão	management report
pt	bases de dados	databases
pt	bancos de dados	databases
pt	consulta sql	sql query
pt	consultas sql	sql queries
pt	modelo de dados	data model
pt	modelagem de dados	data modelling
pt	modelação de dados	data modelling
pt	armazém de dados	data warehouse
pt	lago de dados	data lake
pt	integração de dados	data integration etl
pt	qualidade de dados	data quality
pt	duplicados	duplicates
pt	registros duplicados	duplicates
pt	dados mestres	master data
pt	migração de dados	data migration
pt	elaborar questionário	questionnaire design
pt	desenho do questionário	questionnaire design
pt	escala likert	likert scale
pt	escala de avaliação	rating scale
pt	taxa de resposta	response rate
pt	inquiridos	respondents
pt	entrevistados	respondents
pt	respondentes	respondents
pt	perguntas abertas	open questions
pt	perguntas fechadas	closed questions
pt	múltipla escolha	multiple choice
pt	pesquisa de satisfação	satisfaction survey
pt	inquérito de satisfação	satisfaction survey
pt	trabalho em silos	silos
pt	análise de redes	network analysis
pt	rede informal	informal network
pt	pessoas-chave	key people
pt	fluxos de comunicação	communication flows
pt	interdepartamental	cross-department collaboration
pt	entre departamentos	cross-department collaboration
pt	cartografia	mapping maps
pt	mapeamento	mapping
pt	sig	gis maps
pt	geolocalização	geolocation location
pt	geocodificação	geocoding
pt	código postal	postcode
pt	códigos postais	postcodes
pt	cep	postcode
pt	área de influência	catchment area
pt	zona de influência	catchment area
pt	escolha de localização	site selection
pt	tempo de deslocação	travel time
pt	distância	distance
pt	dados geográficos	geodata
pt	análise espacial	spatial analysis
pt	planeamento de rotas	route planning
pt	planejamento de rotas	route planning
pt	roteirização	routing route planning
pt	roteamento	routing
pt	sequência de paragens	stop sequence
pt	ordem de entrega	delivery sequence
pt	paragens	stops
pt	planeamento de carga	load planning
pt	planejamento de carga	load planning
pt	carregamento de camiões	truck loading
pt	taxa de ocupação	fill rate utilisation
pt	ocupação do camião	truck fill
pt	camião	truck
pt	camiões	trucks
pt	caminhão	truck
pt	caminhões	trucks
pt	quilómetros em vazio	empty kilometres
pt	quilômetros vazios	empty kilometres
pt	km em vazio	empty kilometres
pt	km vazio	empty kilometres
pt	viagens em vazio	empty runs
pt	retorno vazio	empty return
pt	frete de retorno	backhaul
pt	carga de retorno	backhaul
pt	frota	fleet
pt	motoristas	drivers
pt	escala de turnos	shift roster
pt	escalas de trabalho	rosters
pt	turnos	shifts
pt	planeamento de turnos	shift planning
pt	planejamento de turnos	shift planning
pt	horários	schedules
pt	gestão de camas	bed management
pt	gestão de leitos	bed management
pt	leitos	hospital beds
pt	ocupação de camas	bed occupancy
pt	bloco operatório	operating room
pt	centro cirúrgico	operating room
pt	sala de cirurgia	operating room
pt	agendamento	scheduling
pt	alocação	allocation
pt	investigação operacional	operations research
pt	pesquisa operacional	operations research
pt	programação linear	linear programming
pt	janelas de tempo	time windows
pt	bioinformática	bioinformatics
pt	genómica	genomics
pt	genoma	genome
pt	sequenciação	sequencing
pt	adn	dna
pt	expressão génica	gene expression
pt	proteínas	proteins
pt	proteómica	proteomics
pt	mutações	mutations
pt	dados de investigação	research data
pt	dados de pesquisa	research data
pt	ciência aberta	open science
pt	dados abertos	open data
pt	acesso aberto	open access
pt	reprodutibilidade	reproducibility
pt	publicação	publication
pt	artigo científico	scientific paper
pt	metadados	metadata
pt	repositório	repository
pt	arquivamento	archiving
pt	comité de ética	ethics committee
pt	investigadores	researchers
pt	pesquisadores	researchers
pt	doutoramento	phd research
pt	tese	thesis research
en	stat sig	statistical significance
en	stat significant	statistical significance
en	significance level	significance statistics
en	null hypothesis	hypothesis test
en	power analysis	sample size statistics
en	statistical power	sample size statistics
en	power calculation	sample size statistics
en	effect size	significance statistics
en	confidence level	confidence interval
en	mann-whitney	statistical test
en	wilcoxon	statistical test
en	multivariate	statistics regression
en	mixed model	regression statistics
en	stratified sample	sampling
en	stratified sampling	sampling
en	random sample	sampling
en	random sampling	sampling
en	sampling error	sampling
en	weighting	survey weighting statistics
en	non-response	survey response rate
en	holdout group	control group experiment
en	uplift	a/b test experiment
en	conversion rate	a/b test experiment
en	experimental design	experiment design
en	standard error	statistics uncertainty
en	stdev	standard deviation
en	normal distribution	statistics distribution
en	monte carlo	simulation statistics
en	minitab	statistics software
en	r script	statistics programming
en	descriptive statistics	statistics
en	is it significant	statistical significance
en	selection bias	sampling bias
en	sampling bias	sampling
en	prophet	forecasting time series
en	arima	forecasting time series
en	exponential smoothing	forecasting time series
en	run rate	forecasting
en	rolling forecast	forecasting
en	headcount planning	workforce planning staffing
en	workforce planning	staffing forecasting
en	staffing levels	staffing requirements
en	how many staff	staffing requirements
en	erlang	call centre staffing
en	erlang c	call centre staffing
en	wfm	workforce management staffing
en	workforce management	staffing scheduling
en	volume forecast	forecasting volumes
en	order volumes	forecasting volumes
en	parcel volumes	forecasting volumes
en	call volume	forecasting volumes
en	peak season	seasonality forecasting
en	black friday	seasonality peak
en	busy season	seasonality peak
en	forecast accuracy	forecasting
en	s&op	demand planning forecasting
en	gen ai	generative ai
en	genai	generative ai
en	large language model	language model ai
en	language model	llm ai
en	hugging face	machine learning language model
en	huggingface	machine learning language model
en	embeddings	language model machine learning
en	vector database	language model search
en	transformer	language model machine learning
en	bert	language model nlp
en	fine-tune	machine learning training
en	finetune	machine learning training
en	xgboost	machine learning
en	gradient boosting	machine learning
en	neural net	neural network machine learning
en	cnn	computer vision neural network
en	yolo	object detection computer vision
en	opencv	computer vision image recognition
en	image classification	image recognition computer vision
en	object detection	computer vision
en	image recognition	computer vision
en	facial recognition	image recognition computer vision
en	face recognition	image recognition computer vision
en	defect detection	computer vision anomaly
en	visual inspection	computer vision image recognition
en	camera images	computer vision image recognition
en	recognise images	image recognition
en	read invoices	ocr text recognition
en	invoice scanning	ocr text recognition
en	reading invoices	ocr text recognition
en	document ai	ocr document recognition
en	form recognizer	ocr document recognition
en	textract	ocr text recognition
en	tesseract	ocr text recognition
en	handwriting	ocr handwriting recognition
en	handwritten	ocr handwriting recognition
en	scanned documents	ocr text recognition
en	intelligent document processing	ocr document recognition
en	speech recognition	speech recognition transcription
en	whisper	speech recognition transcription
en	voice assistant	chatbot conversational ai
en	conversational ai	chatbot
en	faq bot	chatbot
en	topic model	text mining nlp
en	classifier	classification machine learning
en	classification model	classification machine learning
en	labelled data	training data machine learning
en	labeled data	training data machine learning
en	ground truth	training data machine learning
en	automl	machine learning
en	sagemaker	machine learning
en	mlops	machine learning operations
en	model drift	machine learning monitoring
en	unusual transactions	fraud detection anomaly
en	suspicious transactions	fraud detection anomaly
en	fraudulent	fraud detection
en	fraudsters	fraud detection
en	unusual patterns	anomaly detection
en	weird spikes	anomaly detection
en	propensity	prediction model
en	lead scoring	prediction model
en	personalisation	recommendation
en	business intelligence	dashboard reporting bi
en	bi	business intelligence dashboard
en	looker studio	dashboard reporting
en	data studio	dashboard reporting
en	metabase	dashboard reporting
en	ggplot	charts visualisation
en	matplotlib	charts visualisation
en	infographic	charts visualisation
en	pie chart	charts visualisation
en	line chart	charts visualisation
en	bar graph	charts visualisation
en	scatter plot	charts visualisation
en	kpi dashboard	dashboard kpis
en	management information	reporting kpis
en	mi pack	reporting kpis
en	monthly figures	reporting kpis
en	weekly figures	reporting kpis
en	reporting pack	reporting dashboard
en	self-service bi	dashboard reporting
en	visuals	charts visualisation
en	t-sql	sql database query
en	sqlite	database sql
en	redshift	data warehouse
en	ssis	etl data integration
en	informatica	etl data integration
en	talend	etl data integration
en	fivetran	etl data integration
en	data mart	data warehouse
en	olap	data warehouse cube
en	dimensional model	data model data warehouse
en	erd	data model database
en	entity relationship	data model database
en	data dictionary	data model metadata
en	lakehouse	data warehouse data lake
en	ingestion	etl data pipeline
en	elt	etl data pipeline
en	golden record	master data
en	record linkage	data matching duplicates
en	survey design	questionnaire design
en	question wording	questionnaire design
en	leading question	questionnaire design
en	leading questions	questionnaire design
en	response options	questionnaire design
en	rating scale	questionnaire scale
en	pulse survey	survey
en	engagement survey	employee survey
en	staff survey	employee survey
en	employee survey	survey
en	response rate	survey responses
en	low response	survey response rate
en	respondents	survey responses
en	survey fatigue	survey response rate
en	pretest	questionnaire testing
en	skip logic	survey design
en	limesurvey	survey tool
en	typeform	survey tool
en	microsoft forms	survey tool
en	mentimeter	survey poll
en	slido	survey poll
en	ona	organisational network analysis
en	organisational network analysis	network analysis
en	organizational network analysis	network analysis
en	collaboration patterns	network analysis collaboration
en	who collaborates	network analysis collaboration
en	network map	network analysis
en	network graph	network analysis
en	sociogram	network analysis
en	betweenness	network analysis centrality
en	communication patterns	network analysis communication
en	workplace analytics	network analysis collaboration
en	viva insights	network analysis collaboration
en	cross-team	collaboration silos
en	cross-functional	collaboration silos
en	working in silos	silos collaboration
en	bus factor	key people risk
en	key person risk	key people
en	key-person dependency	key people
en	informal leaders	key people network analysis
en	esri	gis maps
en	postgis	gis geodata database
en	leaflet	maps web map
en	google earth	maps gis
en	geolocation	location maps
en	location data	geodata maps
en	isochrone	catchment travel time
en	catchment area	maps catchment
en	catchment areas	maps catchment
en	nearest branch	location distance
en	store locations	locations maps
en	branch network	locations maps
en	reverse geocoding	geocoding
en	census data	geodata statistics
en	vrp	vehicle routing
en	vehicle routing	route planning routing
en	tsp	route planning optimization
en	traveling salesman	route planning optimization
en	route optimisation	route planning routing
en	route optimization	route planning routing
en	drop sequence	stop sequence
en	stop order	stop sequence
en	stop sequence	route planning routing
en	delivery sequence	stop sequence
en	multi-drop	route planning stops
en	load planning	truck fill loading
en	load optimisation	load planning truck fill
en	load optimization	load planning truck fill
en	truck fill	load planning
en	fill rate	truck fill load planning
en	load factor	truck fill load planning
en	loading metres	load planning truck fill
en	pallet spaces	load planning truck fill
en	backhaul	empty kilometres logistics
en	empty miles	empty kilometres
en	empty km	empty kilometres
en	empty kilometers	empty kilometres
en	empty running	empty kilometres
en	empty legs	empty kilometres
en	deadhead	empty kilometres
en	half-empty trucks	truck fill
en	half empty	truck fill
en	load consolidation	load planning truck fill
en	milk run	route planning
en	cross-dock	logistics warehouse
en	tachograph	driver hours
en	driver hours	scheduling drivers
en	hgv	trucks
en	lorry	trucks
en	haulage	trucks logistics
en	transport planning	route planning logistics
en	tms	transport planning
en	ptv	route planning
en	or-tools	optimisation solver
en	gurobi	optimisation solver
en	solver	optimisation optimization
en	operations research	optimisation optimization
en	heuristic	optimisation optimization
en	shift pattern	shift planning
en	shift patterns	shift planning
en	staff scheduling	rostering shift planning
en	on-call rota	rostering
en	duty roster	rostering
en	bed planning	bed management
en	bed management	bed planning
en	bed occupancy	bed planning
en	theatre scheduling	operating room planning
en	operating theatre	operating room planning
en	surgery scheduling	operating room planning
en	appointment scheduling	scheduling
en	slot allocation	scheduling allocation
en	capacity utilisation	utilisation capacity
en	resource allocation	allocation optimisation
en	queueing	waiting times capacity
en	queuing theory	waiting times capacity
en	bin packing	load planning optimisation
en	genomics	genome sequencing
en	sequencing	genomics
en	ngs	sequencing genomics
en	rna-seq	sequencing gene expression
en	rnaseq	sequencing gene expression
en	single cell	sequencing genomics
en	wgs	genome sequencing
en	whole genome	genome sequencing
en	variant calling	genomics sequencing
en	vcf	genomics variants
en	fastq	sequencing genomics
en	sequence alignment	bioinformatics sequence
en	bioconductor	bioinformatics
en	snakemake	bioinformatics pipeline
en	nextflow	bioinformatics pipeline
en	gwas	genomics genetics
en	snp	genomics genetics
en	snps	genomics genetics
en	crispr	genetics genomics
en	proteomics	bioinformatics proteins
en	metagenomics	genomics sequencing
en	microbiome	genomics sequencing
en	gene expression	genomics
en	biobank	genomics research data
en	alphafold	bioinformatics proteins
en	omics	bioinformatics genomics
en	open science	research data
en	open access	publication open science
en	fair data	research data open science
en	fair principles	research data open science
en	dmp	data management plan
en	data management plan	research data
en	rdm	research data management
en	research data	open science
en	zenodo	research data repository
en	figshare	research data repository
en	osf	open science research data
en	doi	research data publication
en	orcid	research publication
en	preprint	publication open science
en	arxiv	publication open science
en	preregistration	open science research
en	reproducibility	open science research
en	open data	research data open science
en	data sharing	research data open science
en	data availability	research data
en	creative commons	open access licence
en	grant proposal	research funding
en	ethics approval	research ethics
en	irb	research ethics
en	research ethics	ethics approval
en	peer review	publication research
en	research software	research data open science
en	lab notebook	research data
en	eln	research data lab notebook
en	wristband	wristband printer
en	wristbands	wristband printer
en	armband	wristband
en	patient wristband	wristband printer
en	id band	wristband
en	wristband printer	wristband printer patient id
en	label maker	label printer
en	sticker printer	label printer
en	stickers	labels label printer
en	zebra printer	label printer
en	brother printer	label printer
en	receipt printer	receipt printer till
en	thermal printer	label printer
en	label roll	label printer labels
en	labels won't print	label printer
en	datalogic	barcode scanner
en	scanner gun	barcode scanner
en	barcode gun	barcode scanner
en	barcode reader	barcode scanner
en	zapper	barcode scanner
en	rf gun	barcode scanner handheld
en	rf scanner	barcode scanner handheld
en	handhelds	handheld scanner
en	pda	handheld scanner
en	tc52	handheld scanner
en	mc3300	handheld scanner
en	ct40	handheld scanner
en	cradle	charging cradle dock
en	cradles	charging cradle dock
en	charging cradle	charger dock
en	charging dock	charger dock
en	charging station	charger dock
en	charging base	charger dock
en	won't scan	scanner not reading
en	not scanning	scanner not reading
en	doesn't beep	scanner not reading
en	bleep	pager
en	bleeps	pager
en	bleeper	pager
en	beeper	pager
en	pagers	pager
en	dect	cordless phone
en	dect phone	cordless phone
en	dect handset	cordless phone
en	cordless	cordless phone
en	cordless phone	phone
en	ascom	cordless phone pager
en	spectralink	cordless phone
en	vocera	badge phone
en	handset	phone
en	dial tone	phone line
en	no dial tone	phone line dead
en	voice mail	voicemail
en	voicemail pin	voicemail
en	call forwarding	phone forwarding
en	forward calls	phone forwarding
en	divert calls	phone forwarding
en	hunt group	phone group
en	call queue	phone queue
en	extension number	phone extension
en	mitel	phone system
en	avaya	phone system
en	3cx	phone system
en	cisco phone	desk phone
en	deskphone	desk phone
en	sim	sim card mobile
en	sim swap	sim card replacement
en	new sim	sim card
en	puk	sim card pin
en	puk code	sim card pin
en	data roaming	roaming mobile data
en	mobile data	mobile internet
en	signal bars	mobile signal
en	one bar	weak signal
en	weak signal	poor signal reception
en	poor signal	signal reception
en	bad reception	poor signal reception
en	no reception	no signal coverage
en	dead spot	dead zone coverage
en	dead spots	dead zone coverage
en	not spot	dead zone coverage
en	work phone	company mobile
en	company phone	company mobile
en	company mobile	mobile phone
en	work mobile	company mobile
en	galaxy tab	tablet
en	tablets	tablet
en	guest wifi	guest network wifi
en	guest network	wifi guest
en	wifi password	wifi access
en	captive portal	wifi login
en	access points	wifi access point
en	meraki	wifi network
en	aruba	wifi network
en	unifi	wifi network
en	network port	ethernet port
en	wall port	ethernet port
en	floor box	ethernet port
en	network socket	ethernet port
en	patch cable	network cable
en	patch lead	network cable
en	lan cable	ethernet cable
en	cat5	ethernet cable
en	cat6	ethernet cable
en	rj45	ethernet cable
en	slow wifi	slow network
en	slow internet	slow network
en	speed test	network speed
en	speedtest	network speed
en	mbps	bandwidth speed
en	limited connectivity	no internet
en	no internet access	network connection
en	remote in	remote access
en	remoting in	remote access
en	working abroad	remote access travel
en	work abroad	remote access travel
en	citrix receiver	citrix remote desktop
en	citrix workspace	citrix remote desktop
en	ica file	citrix
en	virtual desktop	remote desktop vdi
en	avd	virtual desktop vdi
en	vmware horizon	virtual desktop vdi
en	jump box	remote access server
en	home wifi	home network
en	rsa token	mfa token
en	hardware token	mfa token
en	securid	mfa token
en	key fob	badge token
en	fob	badge token
en	passcode	password pin
en	passphrase	password
en	pwd	password
en	creds	credentials login
en	login details	credentials
en	logins	login
en	sign-in	login
en	locked account	account lockout
en	lockout	account lockout
en	lockouts	account lockout
en	unlock my account	account unlock
en	pw reset	password reset
en	sspr	self-service password reset
en	expired password	password expiry
en	change my password	password change
en	password change	password reset
en	authenticator app	mfa
en	microsoft authenticator	mfa authenticator
en	google authenticator	mfa authenticator
en	approve sign-in	mfa
en	6 digit code	verification code mfa
en	6-digit code	verification code mfa
en	one time code	verification code
en	one-time password	otp code
en	security key	mfa hardware key
en	smart card	badge smart card
en	smartcard	badge smart card
en	id badge	badge
en	id card	badge
en	swipe card	badge access card
en	access card	badge
en	door badge	badge access
en	door card	badge access
en	badge reader	card reader
en	card reader	smart card reader
en	prox card	badge
en	pin reset	pin reset
en	forgot pin	pin reset
en	windows pin	login pin
en	e-mail	email
en	inbox full	mailbox quota
en	mailbox quota	email storage
en	sent items	sent mail
en	sent folder	sent items
en	deleted items	email folder
en	junk	spam junk mail
en	junk folder	spam
en	spam folder	spam junk
en	recall email	email recall
en	read receipt	email
en	mailbox	email
en	mailboxes	email
en	pst	email archive
en	auto-reply	out of office
en	autoresponder	out of office
en	away message	out of office
en	meeting invite	calendar invitation
en	meeting invites	calendar invitation
en	invites	calendar invitation
en	meeting request	calendar invitation
en	recurring meeting	calendar meeting
en	delegate access	calendar mailbox delegate
en	calendar permissions	calendar delegate
en	attachments	email attachment
en	attachment	email attachment
en	file too big	attachment size limit
en	blocked attachment	email attachment security
en	distribution group	distribution list
en	group mailbox	shared mailbox
en	lappy	laptop
en	lappie	laptop
en	monitors	screen display
en	displayport	display cable
en	docking	docking station
en	usb hub	adapter dock
en	wireless keyboard	keyboard
en	mice	mouse
en	wireless mouse	mouse
en	clicking noise	hardware noise
en	grinding noise	hardware noise
en	whirring	fan noise
en	rattling	hardware noise
en	loud fan	fan noise overheating
en	hot to touch	overheating
en	burning hot	overheating
en	won't power up	not starting
en	smashed screen	broken screen
en	screen cracked	broken screen
en	broken hinge	laptop repair
en	sticky key	keyboard
en	battery drain	battery
en	battery dies	battery
en	bulging battery	swollen battery
en	power adapter	charger
en	power brick	charger
en	power cable	charger cable
en	psu	power supply
en	usb port	usb
en	stuck on logo	not booting
en	restart loop	boot loop
en	updating forever	update stuck
en	windows update	updates
en	hardware fault	hardware
en	wireless headset	headset
en	usb headset	headset
en	plantronics	headset
en	sennheiser	headset
en	installer	software install
en	msi	software install
en	exe	software install
en	setup file	software install
en	admin password	admin rights
en	company portal	software center
en	software center	software install
en	software centre	software install
en	license expired	licence expired
en	licence expired	licence
en	trial expired	licence
en	adobe	software pdf
en	adobe reader	pdf software
en	autocad	software cad
en	driver update	driver software
en	folder access	folder permissions
en	folder permissions	access permissions
en	shared folder	shared drive
en	team drive	shared drive
en	s drive	network drive
en	h drive	network drive
en	p drive	network drive
en	home drive	network drive
en	drive letter	mapped drive
en	security group	access group
en	access request	access permissions
en	request access	access permissions
en	app access	access permissions
en	erp	erp business system
en	wms	warehouse management system
en	ehr	clinical system
en	emr	clinical system
en	cerner	clinical system
en	meditech	clinical system
en	tills	point of sale
en	card machine	payment terminal
en	pdq	payment terminal
en	chip and pin	payment terminal
en	affecting everyone	outage
en	affecting all	outage
en	whole site	outage
en	whole ward	outage clinical
en	whole warehouse	outage warehouse
en	system down	outage
en	systems down	outage
en	outages	outage
en	service disruption	outage
en	degraded	slow outage
en	error code	error
en	runtime error	error
en	white screen	display crash
en	maintenance window	maintenance
en	planned maintenance	maintenance
en	phish	phishing
en	phishy	phishing suspicious
en	phishing email	phishing
en	scam email	phishing
en	spear phishing	phishing
en	vishing	phishing phone
en	whaling	phishing
en	cryptolocker	ransomware
en	keylogger	malware
en	adware	malware
en	rootkit	malware
en	suspicious login	unusual sign-in
en	suspicious sign-in	unusual sign-in
en	sign in attempt	unusual sign-in
en	login attempt	unusual sign-in
en	failed logins	unusual sign-in
en	brute force	attack security
en	account takeover	compromised account
en	unexpected mfa	mfa fatigue
en	mfa prompt	mfa
en	mfa prompts	mfa
en	lost device	lost stolen device
en	device lost	lost stolen device
en	stolen phone	stolen device
en	phone stolen	stolen device
en	laptop stolen	stolen device
en	mugged	stolen device
en	robbed	stolen device
en	report phishing	phishing report
en	report phish	phishing report
en	phish alert	phishing report
en	found a usb	security malware
en	social engineering	phishing fraud
en	impersonation	phishing spoofing
en	projectors	projector
en	projector screen	projection screen
en	tv screen	display
en	big screen	meeting room display
en	room screen	meeting room display
en	zoom room	video conferencing room
en	zoom rooms	video conferencing room
en	vc unit	video conferencing
en	video call	video conferencing
en	video conference	video conferencing
en	videoconference	video conferencing
en	conference camera	video conferencing camera
en	ptz camera	video conferencing camera
en	ceiling mic	meeting room audio
en	hdmi cable	display cable
en	clicker	presenter remote
en	room panel	meeting room booking
en	wall panel	meeting room booking
en	extron	av system
en	barco	wireless presentation
en	miracast	screen sharing
en	casting	screen sharing
en	cast screen	screen sharing
en	storage quota	storage limit
en	over quota	quota full
en	quota exceeded	quota full
en	mailbox size	mailbox quota
en	onedrive full	storage quota
en	sync issues	sync
en	sync error	sync
en	sync conflict	sync
en	sync pending	sync
en	cloud icon	onedrive sync
en	files on demand	onedrive sync
en	free up space	storage
de	druckern	printers
de	kopierer	copier printer
de	kopierers	copier printer
de	kopiergerät	copier printer
de	multifunktionsgerät	multifunction printer copier
de	multifunktionsdrucker	multifunction printer
de	farbdrucker	colour printer
de	laserdrucker	laser printer
de	tintenstrahldrucker	inkjet printer
de	großformatdrucker	large format printer plotter
de	plotter	plotter printer
de	papierfach	paper tray printer
de	papierschacht	paper tray printer
de	papier klemmt	paper jam
de	papier steckt fest	paper jam
de	bildtrommel	printer drum
de	trommel	printer drum
de	resttonerbehälter	waste toner printer
de	toner wechseln	toner replacement
de	tonerwechsel	toner replacement
de	druckqualität	print quality
de	druckbild	print quality
de	verschmiert	smudged print quality
de	einscannen	scan scanner
de	scannt nicht	scanner not scanning
de	labeldrucker	label printer
de	bondrucker	receipt printer
de	kassendrucker	receipt printer
de	thermodrucker	thermal printer label
de	etikettenrolle	label roll printer
de	farbband	ribbon label printer
de	armbanddrucker	wristband printer
de	armband	wristband
de	armbänder	wristbands
de	patientenarmband	patient wristband
de	patientenarmbänder	patient wristbands
de	barcode	barcode
de	barcodes	barcodes
de	strichcode	barcode
de	barcodescanner	barcode scanner
de	handscanner	handheld barcode scanner
de	scanpistole	barcode scanner gun
de	mde	handheld scanner mobile device
de	mde-gerät	handheld scanner mobile device
de	ladestation	charging cradle station
de	ladeschale	charging cradle
de	ladegeräte	chargers
de	piept nicht	scanner not beeping
de	liest nicht	scanner not reading
de	wlan-verbindung	wifi connection
de	wlan-netz	wifi network
de	wifi	wifi
de	funkloch	dead zone no signal
de	kein empfang	no signal reception
de	schlechter empfang	poor signal reception
de	netzabdeckung	signal coverage
de	access point	access point wifi
de	router	router network
de	netzwerkdose	network port ethernet
de	netzwerkanschluss	network port ethernet
de	lan-kabel	ethernet cable
de	lan-anschluss	ethernet port
de	ethernet	ethernet network
de	internetverbindung	internet connection
de	verbindungsabbruch	connection drop
de	verbindungsabbrüche	connection drops
de	bricht ab	connection drops
de	langsames internet	slow internet
de	internet langsam	slow internet
de	gäste-wlan	guest wifi
de	gastnetz	guest wifi
de	ip-adresse	ip address
de	mobiles arbeiten	remote work
de	von zuhause	from home remote work
de	von zu hause	from home remote work
de	remotezugriff	remote access
de	fernwartung	remote support
de	vpn-verbindung	vpn connection
de	vpn-client	vpn client
de	remotedesktop	remote desktop
de	remote desktop	remote desktop
de	citrix	citrix remote desktop
de	terminalserver	terminal server remote desktop
de	im ausland	abroad travel
de	aus dem ausland	abroad remote access
de	passwörter	passwords
de	kennwörter	passwords
de	passwort ändern	password change
de	kennwort ändern	password change
de	neues passwort	new password reset
de	initialpasswort	initial password
de	einmalpasswort	one-time password code
de	anmeldedaten	credentials login
de	login	login
de	eingeloggt	logged in
de	ausgeloggt	logged out
de	anmeldung fehlgeschlagen	login failed
de	entsperren	unlock account
de	entsperrt	unlocked account
de	freischalten	unlock activate access
de	freischaltung	activation access
de	zwei-faktor	two-factor mfa
de	2-faktor	two-factor mfa
de	zweifaktor	two-factor mfa
de	mfa	mfa two-factor
de	bestätigungscode	verification code
de	sicherheitscode	security code verification
de	authentifizierung	authentication mfa
de	authenticator	authenticator app mfa
de	token	token mfa
de	ausweis	badge id card
de	mitarbeiterausweis	staff badge
de	dienstausweis	staff badge
de	zutrittskarte	access badge
de	chipkarte	smart card
de	smartcard	smart card
de	kartenleser	card reader
de	transponder	badge access fob
de	pin vergessen	forgot pin
de	e-mails	emails
de	posteingang	inbox
de	postausgang	outbox
de	gesendete elemente	sent items
de	gesendete	sent items
de	anhänge	attachments
de	dateianhang	attachment
de	abwesenheitsassistent	out of office
de	automatische antwort	out of office reply
de	weiterleitung	email forwarding
de	weiterleiten	forward email
de	signatur	email signature
de	spam	spam junk
de	spamordner	spam junk folder
de	outlook	outlook email
de	serientermin	recurring meeting
de	terminserie	recurring meeting
de	besprechungsanfrage	meeting invite
de	einladungen	invitations
de	kalendereintrag	calendar entry
de	freigegebener kalender	shared calendar
de	stellvertretung	delegate access
de	verteiler	distribution list
de	funktionspostfach	shared mailbox
de	sammelpostfach	shared mailbox
de	unzustellbar	undeliverable email
de	desktop-pc	desktop computer
de	standrechner	desktop computer
de	display	screen display
de	gesprungen	cracked screen
de	display gesprungen	cracked screen
de	displayschaden	screen damage
de	lüfter	fan
de	lüfter laut	fan noise
de	lüftergeräusch	fan noise
de	überhitzt	overheating
de	überhitzung	overheating
de	wird heiß	overheating
de	geräusch	noise
de	geräusche	noises
de	klackert	clicking noise
de	rattert	rattling noise
de	fiept	whining noise
de	taste	key keyboard
de	tasten	keys keyboard
de	taste klemmt	key stuck keyboard
de	mauszeiger	mouse cursor
de	touchpad	touchpad
de	docking	docking station
de	adapter	adapter
de	hdmi-kabel	hdmi cable
de	akku aufgebläht	swollen battery
de	wasserschaden	liquid damage
de	kaffee verschüttet	spilled coffee
de	ersatzgerät	replacement device loaner
de	leihgerät	loaner device
de	reparatur	repair
de	hardware	hardware
de	festnetz	landline desk phone
de	tischtelefon	desk phone
de	bürotelefon	desk phone
de	freizeichen	dial tone
de	kein freizeichen	no dial tone
de	mailbox	voicemail
de	sprachbox	voicemail
de	anrufbeantworter	voicemail
de	rufumleitung	call forwarding
de	durchwahl	extension direct line
de	nebenstelle	extension phone
de	telefonanlage	phone system pbx
de	dect-telefon	dect phone
de	schnurlostelefon	cordless phone
de	piepser	pager
de	pager	pager
de	sim-karte	sim card
de	simkarte	sim card
de	esim	esim sim card
de	firmenhandy	company mobile phone
de	smartphone	smartphone mobile phone
de	mobiltelefon	mobile phone
de	datenvolumen	mobile data
de	mobile daten	mobile data
de	roaming	roaming
de	anrufe	calls phone
de	klingelt nicht	phone not ringing
de	tablets	tablets
de	deinstallieren	uninstall
de	neuinstallation	reinstall
de	neu installieren	reinstall
de	updates	updates
de	aktualisieren	update
de	lizenzschlüssel	licence key
de	softwareanfrage	software request
de	softwarecenter	software center
de	unternehmensportal	company portal
de	zugriffsanfrage	access request
de	berechtigungsanfrage	access request
de	schreibrechte	write access permissions
de	leserechte	read access permissions
de	schreibgeschützt	read only
de	ordnerfreigabe	folder share permissions
de	gemeinsames laufwerk	shared drive
de	gruppenlaufwerk	shared drive
de	abteilungslaufwerk	shared drive
de	laufwerk verbinden	map network drive
de	systemausfall	system outage
de	totalausfall	complete outage
de	großstörung	major incident outage
de	sap	sap erp
de	erp	erp system
de	warenwirtschaft	erp system
de	warenwirtschaftssystem	erp system
de	kis	clinical system
de	krankenhausinformationssystem	clinical system
de	lagerverwaltung	warehouse management wms
de	lagerverwaltungssystem	warehouse management wms
de	kassensystem	point of sale till
de	wartungsarbeiten	maintenance
de	verdächtig	suspicious
de	betrugsmail	phishing scam email
de	spam-mail	spam email
de	trojaner	trojan malware
de	erpressung	ransomware extortion
de	lösegeld	ransom ransomware
de	dateien verschlüsselt	ransomware encrypted files
de	hackerangriff	cyber attack
de	cyberangriff	cyber attack
de	sicherheitsvorfall	security incident
de	datenleck	data breach
de	ungewöhnliche anmeldung	unusual sign-in
de	fremde anmeldung	unusual sign-in
de	geklaut	stolen
de	virenscanner	antivirus
de	leinwand	projection screen
de	videokonferenzanlage	video conferencing
de	konferenzsystem	video conferencing system
de	konferenztelefon	conference phone
de	fernbedienung	remote control
de	digitales whiteboard	interactive display
de	speicherkontingent	storage quota
de	kontingent	quota
de	speicherlimit	storage limit
de	synchronisierung	sync
de	synchronisieren	sync
de	synchronisiert nicht	not syncing
de	cloudspeicher	cloud storage
de	dateiablage	file storage
de	papierkorb	recycle bin
de	vorherige version	previous version restore
fr	imprimantes	printers
fr	imprime	prints printer
fr	imprimé	printed printer
fr	photocopieuse	copier printer
fr	photocopieur	copier printer
fr	copieur	copier printer
fr	multifonction	multifunction printer
fr	imprimante multifonction	multifunction printer
fr	photocopie	copy copier
fr	photocopies	copies copier
fr	scanne	scan scanner
fr	numérisation	scanning scan
fr	bac à papier	paper tray printer
fr	bac papier	paper tray printer
fr	papier coincé	paper jam
fr	feuille coincée	paper jam
fr	tambour	printer drum
fr	encre	ink
fr	changer le toner	toner replacement
fr	traînées	streaks print quality
fr	qualité d'impression	print quality
fr	imprimante couleur	colour printer
fr	imprimante laser	laser printer
fr	traceur	plotter printer
fr	étiqueteuse	label printer
fr	imprimante à étiquettes	label printer
fr	imprimante étiquettes	label printer
fr	bracelet	wristband
fr	bracelets	wristbands
fr	bracelet patient	patient wristband
fr	bracelets patients	patient wristbands
fr	imprimante à bracelets	wristband printer
fr	imprimante thermique	thermal printer
fr	imprimante ticket	receipt printer
fr	rouleau d'étiquettes	label roll
fr	ruban	ribbon label printer
fr	code-barre	barcode
fr	code-barres	barcode
fr	codes-barres	barcodes
fr	code barre	barcode
fr	lecteur code-barre	barcode scanner
fr	lecteur de codes-barres	barcode scanner
fr	douchette	barcode scanner handheld
fr	douchettes	barcode scanners handheld
fr	scanette	handheld scanner
fr	terminal portable	handheld terminal scanner
fr	pda	handheld device scanner
fr	socle de charge	charging cradle
fr	base de charge	charging cradle
fr	station de charge	charging station
fr	ne bipe pas	scanner not beeping
fr	réseau wifi	wifi network
fr	connexion lente	slow connection
fr	bande passante	bandwidth
fr	zone blanche	dead zone no signal
fr	signal faible	weak signal
fr	couverture réseau	network coverage signal
fr	ça capte pas	no signal reception
fr	capte pas	no signal reception
fr	borne wifi	access point wifi
fr	point d'accès	access point wifi
fr	box internet	router internet
fr	routeur	router
fr	prise réseau	network port ethernet
fr	port ethernet	ethernet port
fr	câble ethernet	ethernet cable
fr	rj45	ethernet cable
fr	déconnecté	disconnected
fr	se déconnecte	disconnects
fr	ça coupe	connection drops
fr	wifi invité	guest wifi
fr	adresse ip	ip address
fr	partage de connexion	hotspot tethering
fr	bureau à distance	remote desktop
fr	connexion à distance	remote access
fr	prise en main	remote support
fr	citrix	citrix remote desktop
fr	depuis chez moi	from home remote
fr	de chez moi	from home remote
fr	à l'étranger	abroad
fr	en télétravail	remote work
fr	mots de passe	passwords
fr	nouveau mdp	new password
fr	mdp provisoire	temporary password
fr	login	login
fr	me connecter	sign in
fr	authentification	authentication
fr	authentification forte	mfa two-factor
fr	mfa	mfa two-factor
fr	2fa	mfa two-factor
fr	code de vérification	verification code
fr	code sms	sms code
fr	authenticator	authenticator app
fr	application d'authentification	authenticator app
fr	jeton	token mfa
fr	badge	badge
fr	badges	badges
fr	badgeuse	badge reader
fr	carte d'accès	access card badge
fr	carte professionnelle	staff badge
fr	carte à puce	smart card
fr	lecteur de carte	card reader
fr	code pin	pin
fr	déverrouiller	unlock
fr	débloquer	unlock
fr	verrouillage	lockout
fr	session bloquée	account locked
fr	mails	emails
fr	courriels	emails
fr	boîte de réception	inbox
fr	éléments envoyés	sent items
fr	envoyés	sent items
fr	boîte d'envoi	outbox
fr	pièces jointes	attachments
fr	pj	attachment
fr	réponse automatique	out of office reply
fr	gestionnaire d'absence	out of office
fr	invitations	invitations
fr	invitation réunion	meeting invite
fr	réunion récurrente	recurring meeting
fr	agenda partagé	shared calendar
fr	calendrier partagé	shared calendar
fr	délégation	delegate access
fr	signature mail	email signature
fr	spam	spam junk
fr	spams	spam junk
fr	indésirables	junk spam
fr	courrier indésirable	junk spam
fr	transférer	forward email
fr	transfert de mail	email forwarding
fr	non distribuable	undeliverable email
fr	outlook	outlook email
fr	ordinateur fixe	desktop computer
fr	pc fixe	desktop computer
fr	unité centrale	desktop computer
fr	écrans	screens
fr	écran cassé	broken screen
fr	écran fissuré	cracked screen
fr	fissuré	cracked
fr	ventilateur	fan
fr	surchauffe	overheating
fr	chauffe	overheating
fr	fait du bruit	noise
fr	bruit bizarre	noise
fr	touche	key keyboard
fr	touches	keys keyboard
fr	touche bloquée	key stuck keyboard
fr	pavé tactile	touchpad
fr	dock	docking station
fr	adaptateur	adapter
fr	câble hdmi	hdmi cable
fr	batterie gonflée	swollen battery
fr	café renversé	spilled coffee
fr	pc de prêt	loaner laptop
fr	réparation	repair
fr	matériel informatique	hardware
fr	souris sans fil	wireless mouse
fr	téléphone fixe	desk phone landline
fr	poste fixe	desk phone
fr	pas de tonalité	no dial tone
fr	messagerie vocale	voicemail
fr	répondeur	voicemail
fr	renvoi d'appel	call forwarding
fr	transfert d'appel	call transfer
fr	standard téléphonique	switchboard
fr	ligne directe	direct line
fr	téléphone dect	dect phone
fr	bipeur	pager
fr	pager	pager
fr	carte sim	sim card
fr	sim	sim card
fr	esim	esim sim card
fr	téléphone pro	company mobile phone
fr	mobile pro	company mobile phone
fr	données mobiles	mobile data
fr	itinérance	roaming
fr	roaming	roaming
fr	casque bluetooth	bluetooth headset
fr	oreillette	headset earpiece
fr	ne sonne pas	phone not ringing
fr	logiciels	software
fr	désinstaller	uninstall
fr	réinstaller	reinstall
fr	mises à jour	updates
fr	licences	licences
fr	clé de licence	licence key
fr	demande d'accès	access request
fr	droits d'écriture	write access
fr	droits de lecture	read access
fr	lecture seule	read only
fr	lecteur partagé	shared drive
fr	répertoire	folder directory
fr	répertoire partagé	shared folder
fr	mapper un lecteur	map network drive
fr	centre logiciel	software center
fr	portail d'entreprise	company portal
fr	panne générale	outage
fr	sap	sap erp
fr	erp	erp system
fr	progiciel	erp software
fr	dossier patient	patient record clinical system
fr	wms	warehouse management wms
fr	gestion d'entrepôt	warehouse management
fr	logiciel de caisse	point of sale till
fr	caisse enregistreuse	point of sale till
fr	bug	bug glitch
fr	bugue	bug glitch
fr	beug	bug glitch
fr	incident majeur	major incident
fr	maintenance	maintenance
fr	suspect	suspicious
fr	suspecte	suspicious
fr	arnaque	scam
fr	tentative d'hameçonnage	phishing attempt
fr	lien suspect	suspicious link
fr	logiciel espion	spyware
fr	rançongiciel	ransomware
fr	ransomware	ransomware
fr	cheval de troie	trojan malware
fr	cyberattaque	cyber attack
fr	piratage	hacking
fr	fuite de données	data breach
fr	connexion inhabituelle	unusual sign-in
fr	connexion suspecte	suspicious sign-in
fr	égaré	lost misplaced
fr	antivirus	antivirus
fr	incident de sécurité	security incident
fr	écran de projection	projection screen
fr	télécommande	remote control
fr	salle de visio	video conference room
fr	écran interactif	interactive display
fr	tableau blanc interactif	interactive whiteboard
fr	tbi	interactive whiteboard
fr	pieuvre	conference phone
fr	quota	quota storage
fr	espace de stockage	storage
fr	stockage plein	storage full
fr	synchronisation	sync
fr	synchroniser	sync
fr	ne synchronise pas	not syncing
fr	corbeille	recycle bin
fr	version précédente	previous version restore
fr	boîte saturée	mailbox full
es	impresoras	printers
es	imprime	prints printer
es	fotocopiadora	copier printer
es	copiadora	copier printer
es	fotocopia	copy copier
es	fotocopias	copies copier
es	multifunción	multifunction printer
es	impresora multifunción	multifunction printer
es	escaneo	scanning scan
es	escáneres	scanners
es	escanea	scan scanner
es	bandeja	paper tray printer
es	bandeja de papel	paper tray printer
es	papel atascado	paper jam
es	atascada	jammed
es	se atasca	jams
es	tambor	printer drum
es	tinta	ink
es	calidad de impresión	print quality
es	rayas	streaks print quality
es	plóter	plotter printer
es	plotter	plotter printer
es	impresora de etiquetas	label printer
es	etiquetadora	label printer
es	impresora térmica	thermal printer
es	ticketera	receipt printer
es	rollo de etiquetas	label roll
es	pulsera	wristband
es	pulseras	wristbands
es	pulsera identificativa	id wristband
es	pulseras de pacientes	patient wristbands
es	código de barras	barcode
es	códigos de barras	barcodes
es	lector de barras	barcode scanner
es	lector de códigos	barcode scanner
es	pistola lectora	barcode scanner gun
es	pistola de escaneo	barcode scanner gun
es	terminal portátil	handheld terminal scanner
es	pda	handheld device scanner
es	cuna de carga	charging cradle
es	base de carga	charging cradle
es	no pita	scanner not beeping
es	red wifi	wifi network
es	wi-fi	wifi
es	señal	signal
es	poca señal	weak signal
es	sin cobertura	no coverage signal
es	zona muerta	dead zone
es	punto de acceso	access point wifi
es	router	router
es	enrutador	router
es	toma de red	network port ethernet
es	puerto de red	network port ethernet
es	cable ethernet	ethernet cable
es	rj45	ethernet cable
es	internet lento	slow internet
es	conexión lenta	slow connection
es	se desconecta	disconnects
es	desconectado	disconnected
es	wifi de invitados	guest wifi
es	dirección ip	ip address
es	ancho de banda	bandwidth
es	escritorio remoto	remote desktop
es	conexión remota	remote connection
es	en remoto	remote
es	desde casa	from home remote
es	trabajo remoto	remote work
es	en el extranjero	abroad
es	citrix	citrix remote desktop
es	asistencia remota	remote support
es	contraseñas	passwords
es	nueva contraseña	new password
es	contraseña temporal	temporary password
es	login	login
es	usuario bloqueado	account locked
es	desbloquear	unlock
es	autenticación	authentication
es	doble autenticación	mfa two-factor
es	segundo factor	mfa two-factor
es	mfa	mfa two-factor
es	2fa	mfa two-factor
es	código sms	sms code
es	autenticador	authenticator app
es	app de autenticación	authenticator app
es	tarjeta de acceso	access card badge
es	tarjeta identificativa	id badge
es	credencial	badge credential
es	tarjeta inteligente	smart card
es	lector de tarjetas	card reader
es	pin	pin
es	correos	emails
es	mails	emails
es	bandeja de salida	outbox
es	elementos enviados	sent items
es	enviados	sent items
es	adjunto	attachment
es	adjuntos	attachments
es	archivos adjuntos	attachments
es	fuera de oficina	out of office
es	mensaje de ausencia	out of office
es	convocatoria	meeting invite
es	convocatorias	meeting invites
es	invitaciones	invitations
es	reuniones	meetings
es	calendario compartido	shared calendar
es	firma de correo	email signature
es	spam	spam junk
es	correo no deseado	junk spam
es	reenviar	forward email
es	reenvío	email forwarding
es	outlook	outlook email
es	ordenador de sobremesa	desktop computer
es	pantallas	screens
es	pantalla rota	broken screen
es	pantalla rajada	cracked screen
es	rajada	cracked
es	agrietada	cracked
es	ventilador	fan
es	se calienta	overheating
es	sobrecalentamiento	overheating
es	ruido	noise
es	hace ruido	noise
es	tecla	key keyboard
es	teclas	keys keyboard
es	panel táctil	touchpad
es	estación de acoplamiento	docking station
es	dock	docking station
es	adaptador	adapter
es	cable hdmi	hdmi cable
es	batería hinchada	swollen battery
es	café derramado	spilled coffee
es	derramé	spilled liquid
es	reparación	repair
es	portátil de préstamo	loaner laptop
es	hardware	hardware
es	ratón inalámbrico	wireless mouse
es	teléfono fijo	desk phone landline
es	sin tono	no dial tone
es	no da tono	no dial tone
es	buzón de voz	voicemail
es	contestador	voicemail
es	desvío de llamadas	call forwarding
es	centralita	switchboard pbx
es	dect	dect phone
es	inalámbrico	cordless wireless
es	buscapersonas	pager
es	tarjeta sim	sim card
es	sim	sim card
es	esim	esim sim card
es	móvil de empresa	company mobile phone
es	teléfono de empresa	company mobile phone
es	móvil corporativo	company mobile phone
es	datos móviles	mobile data
es	itinerancia	roaming
es	roaming	roaming
es	no suena	phone not ringing
es	tablets	tablets
es	diadema	headset
es	manos libres	hands-free headset
es	desinstalar	uninstall
es	reinstalar	reinstall
es	actualizaciones	updates
es	licencias	licences
es	clave de licencia	licence key
es	permisos de escritura	write access
es	permisos de lectura	read access
es	solo lectura	read only
es	unidad compartida	shared drive
es	mapear unidad	map network drive
es	solicitud de acceso	access request
es	dar acceso	grant access
es	dar permisos	grant permissions
es	centro de software	software center
es	caída general	outage
es	sistema caído	system down
es	afecta a todos	everyone affected
es	sap	sap erp
es	erp	erp system
es	sga	warehouse management wms
es	wms	warehouse management wms
es	gestión de almacén	warehouse management
es	historia clínica	clinical system patient record
es	tpv	point of sale till
es	mantenimiento	maintenance
es	incidencia	incident ticket
es	sospechoso	suspicious
es	sospechosa	suspicious
es	estafa	scam
es	suplantación	spoofing impersonation
es	suplantación de identidad	phishing impersonation
es	enlace sospechoso	suspicious link
es	troyano	trojan malware
es	ransomware	ransomware
es	secuestro de datos	ransomware
es	ciberataque	cyber attack
es	hackeo	hack
es	fuga de datos	data breach
es	acceso sospechoso	suspicious sign-in
es	extraviado	lost misplaced
es	me lo robaron	stolen
es	antivirus	antivirus
es	incidente de seguridad	security incident
es	pantalla de proyección	projection screen
es	pantalla interactiva	interactive display
es	pizarra digital	interactive whiteboard
es	mando a distancia	remote control
es	control remoto	remote control
es	sala de videoconferencia	video conference room
es	araña	conference phone
es	cañón	projector
es	almacenamiento lleno	storage full
es	sin espacio	out of space
es	sincronizar	sync
es	sincronización	sync
es	no sincroniza	not syncing
es	papelera	recycle bin
es	papelera de reciclaje	recycle bin
es	versión anterior	previous version restore
nl	printers	printers
nl	printje	printout
nl	kopieerapparaat	copier printer
nl	kopieermachine	copier printer
nl	multifunctional	multifunction printer
nl	multifunctionele printer	multifunction printer
nl	kopiëren	copy copier
nl	kopietjes	copies copier
nl	inscannen	scan scanner
nl	scant niet	scanner not scanning
nl	papierlade	paper tray printer
nl	papier vast	paper jam
nl	papier zit vast	paper jam
nl	drum	printer drum
nl	inkt	ink
nl	afdrukkwaliteit	print quality
nl	strepen	streaks print quality
nl	kleurenprinter	colour printer
nl	laserprinter	laser printer
nl	etiketprinter	label printer
nl	etikettenprinter	label printer
nl	labels	labels
nl	stickerprinter	label printer
nl	bonprinter	receipt printer
nl	thermische printer	thermal printer
nl	labelrol	label roll
nl	polsbandje	wristband
nl	polsbandjes	wristbands
nl	polsband	wristband
nl	polsbandprinter	wristband printer
nl	barcode	barcode
nl	barcodes	barcodes
nl	streepjescode	barcode
nl	barcodescanner	barcode scanner
nl	handscanner	handheld barcode scanner
nl	scanpistool	barcode scanner gun
nl	handterminal	handheld terminal scanner
nl	laadstation	charging cradle station
nl	laadstations	charging cradles
nl	cradle	charging cradle
nl	piept niet	scanner not beeping
nl	wifi-netwerk	wifi network
nl	wifiverbinding	wifi connection
nl	wlan	wifi
nl	geen bereik	no signal coverage
nl	slecht bereik	poor signal
nl	zwak signaal	weak signal
nl	accesspoint	access point wifi
nl	router	router
nl	netwerkpoort	network port ethernet
nl	netwerkaansluiting	network port ethernet
nl	ethernetkabel	ethernet cable
nl	utp-kabel	network cable
nl	utp	network cable
nl	internetverbinding	internet connection
nl	trage verbinding	slow connection
nl	traag internet	slow internet
nl	verbinding verbroken	disconnected
nl	valt weg	connection drops
nl	gastnetwerk	guest wifi
nl	ip-adres	ip address
nl	op afstand	remote
nl	vanuit huis	from home remote
nl	thuis werken	remote work
nl	vanuit het buitenland	abroad remote access
nl	extern bureaublad	remote desktop
nl	remote desktop	remote desktop
nl	citrix	citrix remote desktop
nl	thuiswerkplek	home workstation
nl	vpn-verbinding	vpn connection
nl	wachtwoorden	passwords
nl	nieuw wachtwoord	new password
nl	tijdelijk wachtwoord	temporary password
nl	inlogcode	login code
nl	inloggegevens	credentials login
nl	inlognaam	username
nl	ingelogd	logged in
nl	uitgelogd	logged out
nl	deblokkeren	unlock
nl	ontgrendelen	unlock
nl	authenticatie	authentication
nl	mfa	mfa two-factor
nl	2fa	mfa two-factor
nl	authenticator-app	authenticator app
nl	authenticator	authenticator app
nl	sms-code	sms code
nl	toegangspas	access badge
nl	personeelspas	staff badge
nl	badge	badge
nl	smartcard	smart card
nl	kaartlezer	card reader
nl	pincode	pin
nl	mails	emails
nl	e-mails	emails
nl	postvak in	inbox
nl	verzonden items	sent items
nl	postvak uit	outbox
nl	bijlagen	attachments
nl	afwezigheidsmelding	out of office
nl	automatisch antwoord	out of office reply
nl	uitnodigingen	invitations
nl	vergaderverzoek	meeting invite
nl	terugkerende afspraak	recurring meeting
nl	gedeelde agenda	shared calendar
nl	spam	spam junk
nl	ongewenste e-mail	junk spam
nl	doorsturen	forward email
nl	outlook	outlook email
nl	vaste computer	desktop computer
nl	desktop	desktop computer
nl	schermen	screens
nl	gebarsten	cracked
nl	barst	crack screen
nl	gebarsten scherm	cracked screen
nl	kapot scherm	broken screen
nl	ventilator	fan
nl	oververhit	overheating
nl	oververhitting	overheating
nl	wordt heet	overheating
nl	lawaai	noise
nl	herrie	noise
nl	maakt lawaai	noise
nl	touchpad	touchpad
nl	dock	docking station
nl	verloopstekker	adapter dongle
nl	hdmi-kabel	hdmi cable
nl	opgezwollen accu	swollen battery
nl	koffie gemorst	spilled coffee
nl	gemorst	spilled liquid
nl	reparatie	repair
nl	leenlaptop	loaner laptop
nl	hardware	hardware
nl	draadloze muis	wireless mouse
nl	vaste telefoon	desk phone landline
nl	bureautelefoon	desk phone
nl	vaste lijn	landline
nl	kiestoon	dial tone
nl	geen kiestoon	no dial tone
nl	voicemail	voicemail
nl	doorschakelen	call forwarding
nl	doorschakeling	call forwarding
nl	toestel	handset phone
nl	toestelnummer	extension number
nl	telefooncentrale	phone system pbx
nl	dect	dect phone
nl	dect-telefoon	dect phone
nl	pieper	pager
nl	simkaart	sim card
nl	sim	sim card
nl	esim	esim sim card
nl	werktelefoon	company mobile phone
nl	zakelijke telefoon	company mobile phone
nl	mobiele data	mobile data
nl	roaming	roaming
nl	gaat niet over	phone not ringing
nl	tablets	tablets
nl	programma's	programs software
nl	de-installeren	uninstall
nl	opnieuw installeren	reinstall
nl	updates	updates
nl	licenties	licences
nl	licentiecode	licence key
nl	schrijfrechten	write access
nl	leesrechten	read access
nl	alleen-lezen	read only
nl	gedeelde schijf	shared drive
nl	netwerkmap	network folder
nl	schijf koppelen	map network drive
nl	toegang aanvragen	access request
nl	softwarecentrum	software center
nl	bedrijfsportal	company portal
nl	storingen	outages
nl	verstoring	disruption outage
nl	sap	sap erp
nl	erp	erp system
nl	ecd	clinical system client record
nl	epd	clinical system patient record
nl	patiëntendossier	patient record clinical system
nl	wms	warehouse management wms
nl	magazijnbeheer	warehouse management
nl	kassa	till point of sale
nl	kassasysteem	point of sale till
nl	onderhoud	maintenance
nl	verdacht	suspicious
nl	verdachte	suspicious
nl	oplichting	scam fraud
nl	phishingmail	phishing email
nl	malafide	malicious
nl	trojaans paard	trojan malware
nl	gijzelsoftware	ransomware
nl	ransomware	ransomware
nl	cyberaanval	cyber attack
nl	hack	hack
nl	datalek	data breach
nl	verdachte inlog	suspicious sign-in
nl	vreemde inlog	unusual sign-in
nl	virusscanner	antivirus
nl	antivirus	antivirus
nl	beveiligingsincident	security incident
nl	projectiescherm	projection screen
nl	digibord	interactive whiteboard
nl	touchscreen	touchscreen display
nl	afstandsbediening	remote control
nl	presentatiescherm	display screen
nl	conferentietelefoon	conference phone
nl	vergadertelefoon	conference phone
nl	quota	quota storage
nl	opslag vol	storage full
nl	synchroniseren	sync
nl	synchronisatie	sync
nl	synchroniseert niet	not syncing
nl	synct niet	not syncing
nl	prullenbak	recycle bin
nl	vorige versie	previous version restore
it	stampe	prints printouts
it	stampato	printed
it	fotocopiatrice	copier printer
it	fotocopiatrici	copiers printers
it	multifunzione	multifunction printer
it	stampante multifunzione	multifunction printer
it	fotocopia	copy copier
it	fotocopie	copies copier
it	scansione	scan scanning
it	scansioni	scans
it	scannerizzare	scan scanner
it	scansiona	scan scanner
it	vassoio	paper tray printer
it	cassetto carta	paper tray printer
it	si inceppa	paper jam
it	inceppato	jammed stuck
it	tamburo	printer drum
it	inchiostro	ink
it	qualità di stampa	print quality
it	stampante a colori	colour printer
it	stampante laser	laser printer
it	plotter	plotter printer
it	stampante etichette	label printer
it	stampante di etichette	label printer
it	etichettatrice	label printer
it	stampante termica	thermal printer
it	rotolo etichette	label roll
it	braccialetto	wristband
it	braccialetti	wristbands
it	braccialetto paziente	patient wristband
it	braccialetti identificativi	id wristbands
it	codice a barre	barcode
it	codici a barre	barcodes
it	barcode	barcode
it	lettore barcode	barcode scanner
it	lettore di codici	barcode scanner
it	pistola barcode	barcode scanner gun
it	terminalino	handheld terminal scanner
it	palmare	handheld scanner device
it	palmari	handheld scanner devices
it	culla di ricarica	charging cradle
it	base di ricarica	charging cradle
it	rete wifi	wifi network
it	wi-fi	wifi
it	segnale debole	weak signal
it	senza segnale	no signal
it	non c'è campo	no signal reception
it	zona d'ombra	dead zone no signal
it	access point	access point wifi
it	router	router
it	presa di rete	network port ethernet
it	porta di rete	network port ethernet
it	cavo ethernet	ethernet cable
it	rj45	ethernet cable
it	connessione lenta	slow connection
it	internet lento	slow internet
it	disconnesso	disconnected
it	si disconnette	disconnects
it	rete ospiti	guest wifi
it	indirizzo ip	ip address
it	banda larga	broadband internet
it	da remoto	remote
it	desktop remoto	remote desktop
it	connessione remota	remote connection
it	da casa	from home remote
it	telelavoro	remote work
it	all'estero	abroad
it	citrix	citrix remote desktop
it	assistenza remota	remote support
it	teleassistenza	remote support
it	nuova password	new password
it	password temporanea	temporary password
it	username	username
it	utente bloccato	account locked
it	utenza bloccata	account locked
it	sbloccare	unlock
it	sbloccato	unlocked
it	autenticazione	authentication
it	mfa	mfa two-factor
it	2fa	mfa two-factor
it	otp	otp verification code
it	codice otp	otp verification code
it	codice sms	sms code
it	authenticator	authenticator app
it	app di autenticazione	authenticator app
it	badge	badge
it	tesserino	badge id card
it	tessera	card badge
it	smart card	smart card
it	lettore di badge	badge reader
it	lettore smart card	smart card reader
it	pin	pin
it	posta in arrivo	inbox
it	posta inviata	sent items
it	inviati	sent items
it	posta in uscita	outbox
it	allegati	attachments
it	fuori sede	out of office
it	messaggio di assenza	out of office
it	inviti	invitations
it	convocazione	meeting invite
it	riunioni	meetings
it	riunione ricorrente	recurring meeting
it	calendario condiviso	shared calendar
it	firma email	email signature
it	spam	spam junk
it	posta indesiderata	junk spam
it	inoltrare	forward email
it	inoltro	email forwarding
it	outlook	outlook email
it	pc fisso	desktop computer
it	computer fisso	desktop computer
it	schermi	screens
it	schermo rotto	broken screen
it	schermo crepato	cracked screen
it	crepato	cracked
it	incrinato	cracked
it	ventola	fan
it	surriscaldamento	overheating
it	si surriscalda	overheating
it	rumore	noise
it	fa rumore	noise
it	tasto	key keyboard
it	tasti	keys keyboard
it	touchpad	touchpad
it	dock	docking station
it	adattatore	adapter
it	cavo hdmi	hdmi cable
it	batteria gonfia	swollen battery
it	caffè rovesciato	spilled coffee
it	riparazione	repair
it	pc sostitutivo	replacement laptop
it	hardware	hardware
it	mouse wireless	wireless mouse
it	telefono fisso	desk phone landline
it	non c'è linea	no dial tone
it	segreteria telefonica	voicemail
it	deviazione di chiamata	call forwarding
it	trasferimento di chiamata	call transfer
it	numero interno	extension phone
it	centralino	switchboard pbx
it	cordless	cordless phone
it	dect	dect phone
it	cercapersone	pager
it	sim	sim card
it	scheda sim	sim card
it	esim	esim sim card
it	telefono aziendale	company mobile phone
it	cellulare aziendale	company mobile phone
it	traffico dati	mobile data
it	roaming	roaming
it	non squilla	phone not ringing
it	auricolare	headset earpiece
it	auricolari	headset earbuds
it	disinstallare	uninstall
it	reinstallare	reinstall
it	aggiornamenti	updates
it	licenze	licences
it	chiave di licenza	licence key
it	permessi di scrittura	write access
it	permessi di lettura	read access
it	sola lettura	read only
it	unità condivisa	shared drive
it	disco di rete	network drive
it	cartella di rete	network folder
it	richiesta di accesso	access request
it	abilitazione	access permission enable
it	abilitazioni	access permissions
it	abilitare	enable access
it	disservizi	outages
it	sistema fermo	system down
it	sap	sap erp
it	erp	erp system
it	gestionale	erp business system
it	cartella clinica	clinical system patient record
it	wms	warehouse management wms
it	gestione magazzino	warehouse management
it	manutenzione	maintenance
it	bug	bug glitch
it	segnalazione	ticket report
it	sospetto	suspicious
it	sospetta	suspicious
it	truffa	scam
it	link sospetto	suspicious link
it	cavallo di troia	trojan malware
it	trojan	trojan malware
it	ransomware	ransomware
it	attacco informatico	cyber attack
it	attacco hacker	cyber attack
it	violazione dei dati	data breach
it	fuga di dati	data breach
it	accesso sospetto	suspicious sign-in
it	smarrito	lost misplaced
it	antivirus	antivirus
it	incidente di sicurezza	security incident
it	telo	projection screen
it	schermo di proiezione	projection screen
it	lavagna interattiva	interactive whiteboard
it	lim	interactive whiteboard
it	telecomando	remote control
it	sala videoconferenza	video conference room
it	vivavoce	speakerphone conference phone
it	quota	quota storage
it	spazio esaurito	storage full
it	sincronizzare	sync
it	sincronizzazione	sync
it	non sincronizza	not syncing
it	cestino	recycle bin
it	versione precedente	previous version restore
sv	skrivarna	printers
sv	skriver ut	prints printing
sv	kopiator	copier printer
sv	kopiatorn	copier printer
sv	kopieringsmaskin	copier printer
sv	multifunktionsskrivare	multifunction printer
sv	skanning	scan scanning
sv	skannar inte	scanner not scanning
sv	pappersfack	paper tray printer
sv	papper fastnat	paper jam
sv	trumma	printer drum
sv	bläck	ink
sv	utskriftskvalitet	print quality
sv	ränder	streaks print quality
sv	färgskrivare	colour printer
sv	laserskrivare	laser printer
sv	etikettskrivaren	label printer
sv	kvittoskrivare	receipt printer
sv	termoskrivare	thermal printer
sv	etikettrulle	label roll
sv	armband	wristband
sv	armbanden	wristbands
sv	patientarmband	patient wristband
sv	id-band	id wristband
sv	armbandsskrivare	wristband printer
sv	streckkod	barcode
sv	streckkoder	barcodes
sv	streckkodsläsare	barcode scanner
sv	streckkodsskanner	barcode scanner
sv	handskanner	handheld barcode scanner
sv	handdator	handheld terminal scanner
sv	handdatorn	handheld terminal scanner
sv	laddställ	charging cradle
sv	laddstation	charging station cradle
sv	laddvagga	charging cradle
sv	piper inte	scanner not beeping
sv	wifi-nätverk	wifi network
sv	trådlöst	wireless wifi
sv	wlan	wifi
sv	täckning	signal coverage
sv	ingen täckning	no coverage signal
sv	dålig täckning	poor coverage signal
sv	svag signal	weak signal
sv	accesspunkt	access point wifi
sv	router	router
sv	routern	router
sv	nätverksuttag	network port ethernet
sv	nätverksport	network port ethernet
sv	ethernetkabel	ethernet cable
sv	internetanslutning	internet connection
sv	långsamt internet	slow internet
sv	segt internet	slow internet
sv	tappar anslutningen	connection drops
sv	frånkopplad	disconnected
sv	gästnätverk	guest wifi
sv	ip-adress	ip address
sv	surfzon	hotspot
sv	på distans	remote
sv	jobba hemifrån	working from home
sv	hemifrån	from home remote
sv	fjärrskrivbord	remote desktop
sv	fjärranslutning	remote connection
sv	fjärrstyrning	remote support
sv	citrix	citrix remote desktop
sv	utomlands	abroad
sv	hemarbete	remote work
sv	lösenorden	passwords
sv	nytt lösenord	new password
sv	tillfälligt lösenord	temporary password
sv	inloggningsuppgifter	credentials login
sv	inloggad	logged in
sv	utloggad	logged out
sv	låsa upp	unlock
sv	autentisering	authentication
sv	mfa	mfa two-factor
sv	2fa	mfa two-factor
sv	bankid	bankid authentication
sv	engångskod	one-time code
sv	sms-kod	sms code
sv	authenticator	authenticator app
sv	passerkort	access badge
sv	tjänstekort	staff badge
sv	id-kort	id badge
sv	passerbricka	access fob badge
sv	smartkort	smart card
sv	kortläsare	card reader
sv	pinkod	pin
sv	siths	smart card
sv	siths-kort	smart card
sv	mejlen	emails
sv	mejla	email
sv	inkorgen	inbox
sv	skickade objekt	sent items
sv	utkorgen	outbox
sv	bilagor	attachments
sv	bifogad fil	attachment
sv	autosvar	out of office reply
sv	mötesinbjudan	meeting invite
sv	inbjudningar	invitations
sv	kalenderinbjudan	calendar invite
sv	återkommande möte	recurring meeting
sv	delad kalender	shared calendar
sv	signatur	email signature
sv	skräppost	spam junk
sv	spam	spam junk
sv	vidarebefordra	forward email
sv	outlook	outlook email
sv	stationär dator	desktop computer
sv	stationär	desktop computer
sv	skärmar	screens
sv	sprucken	cracked
sv	sprucken skärm	cracked screen
sv	spricka	crack screen
sv	fläkt	fan
sv	fläkten	fan
sv	överhettning	overheating
sv	överhettad	overheating
sv	blir varm	overheating
sv	oljud	noise
sv	konstigt ljud	noise
sv	tangent	key keyboard
sv	tangenter	keys keyboard
sv	styrplatta	touchpad
sv	pekplatta	touchpad
sv	docka	docking station
sv	dockan	docking station
sv	adapter	adapter
sv	hdmi-kabel	hdmi cable
sv	uppsvällt batteri	swollen battery
sv	spillt kaffe	spilled coffee
sv	spillt	spilled liquid
sv	reparation	repair
sv	lånedator	loaner laptop
sv	hårdvara	hardware
sv	trådlös mus	wireless mouse
sv	bordstelefon	desk phone
sv	fast telefon	desk phone landline
sv	kopplingston	dial tone
sv	ingen kopplingston	no dial tone
sv	röstbrevlåda	voicemail
sv	telefonsvarare	voicemail
sv	vidarekoppling	call forwarding
sv	vidarekoppla	call forwarding
sv	växeln	switchboard pbx
sv	dect	dect phone
sv	dect-telefon	dect phone
sv	personsökare	pager
sv	simkort	sim card
sv	sim	sim card
sv	esim	esim sim card
sv	jobbmobil	company mobile phone
sv	tjänstemobil	company mobile phone
sv	jobbtelefon	company mobile phone
sv	mobildata	mobile data
sv	roaming	roaming
sv	ringer inte	phone not ringing
sv	surfplattor	tablets
sv	surfplattan	tablet
sv	avinstallera	uninstall
sv	installera om	reinstall
sv	uppdateringar	updates
sv	licensnyckel	licence key
sv	skrivbehörighet	write access
sv	läsbehörighet	read access
sv	skrivskyddad	read only
sv	gemensam mapp	shared folder
sv	gemensam enhet	shared drive
sv	nätverksdisk	network drive
sv	beställa behörighet	access request
sv	företagsportal	company portal
sv	driftstopp	downtime outage
sv	störning	disruption outage
sv	störningar	disruptions outages
sv	sap	sap erp
sv	erp	erp system
sv	affärssystem	erp business system
sv	journalsystem	clinical system patient record
sv	journalsystemet	clinical system patient record
sv	cosmic	clinical system
sv	lagersystem	warehouse management wms
sv	wms	warehouse management wms
sv	kassasystem	point of sale till
sv	underhåll	maintenance
sv	alla drabbade	everyone affected
sv	misstänkt	suspicious
sv	misstänkta	suspicious
sv	bluff	scam
sv	trojan	trojan malware
sv	utpressningsvirus	ransomware
sv	ransomware	ransomware
sv	cyberattack	cyber attack
sv	dataintrång	intrusion breach
sv	intrång	intrusion breach
sv	dataläcka	data breach
sv	konstig inloggning	unusual sign-in
sv	misstänkt inloggning	suspicious sign-in
sv	antivirus	antivirus
sv	säkerhetsincident	security incident
sv	projektorduk	projection screen
sv	interaktiv skärm	interactive display
sv	fjärrkontroll	remote control
sv	konferenstelefon	conference phone
sv	videokonferens	video conferencing
sv	slut på utrymme	out of space
sv	synka	sync
sv	synkar inte	not syncing
sv	synkronisering	sync
sv	synkronisera	sync
sv	papperskorgen	recycle bin
sv	tidigare version	previous version restore
pt	impressoras	printers
pt	imprime	prints printer
pt	fotocopiadora	copier printer
pt	copiadora	copier printer
pt	multifuncional	multifunction printer
pt	multifunções	multifunction printer
pt	impressora multifunções	multifunction printer
pt	fotocópia	copy copier
pt	fotocópias	copies copier
pt	xerox	copier
pt	digitalização	scanning scan
pt	escanear	scan scanner
pt	escaneamento	scanning scan
pt	bandeja	paper tray printer
pt	gaveta de papel	paper tray printer
pt	papel preso	paper jam
pt	papel atolado	paper jam
pt	tambor	printer drum
pt	tinta	ink
pt	qualidade de impressão	print quality
pt	impressora a cores	colour printer
pt	impressora colorida	colour printer
pt	impressora laser	laser printer
pt	plotter	plotter printer
pt	impressora de etiquetas	label printer
pt	impressora térmica	thermal printer
pt	rolo de etiquetas	label roll
pt	ribbon	ribbon label printer
pt	pulseira	wristband
pt	pulseiras	wristbands
pt	pulseira de identificação	id wristband
pt	pulseiras de doentes	patient wristbands
pt	código de barras	barcode
pt	códigos de barras	barcodes
pt	leitor de códigos	barcode scanner
pt	leitor de barras	barcode scanner
pt	pistola leitora	barcode scanner gun
pt	terminal portátil	handheld terminal scanner
pt	coletor de dados	handheld scanner
pt	berço	charging cradle
pt	berço de carga	charging cradle
pt	base de carregamento	charging cradle
pt	não apita	scanner not beeping
pt	rede wifi	wifi network
pt	rede sem fios	wireless network
pt	rede sem fio	wireless network
pt	sinal fraco	weak signal
pt	sem cobertura	no coverage signal
pt	zona morta	dead zone
pt	ponto de acesso	access point wifi
pt	router	router
pt	roteador	router
pt	tomada de rede	network port ethernet
pt	ponto de rede	network port ethernet
pt	cabo ethernet	ethernet cable
pt	rj45	ethernet cable
pt	internet lenta	slow internet
pt	ligação lenta	slow connection
pt	conexão lenta	slow connection
pt	desconectado	disconnected
pt	desligado da rede	disconnected
pt	a internet caiu	internet outage
pt	rede de convidados	guest wifi
pt	endereço ip	ip address
pt	largura de banda	bandwidth
pt	desktop remoto	remote desktop
pt	remotamente	remote
pt	de casa	from home remote
pt	home office	remote work
pt	trabalho remoto	remote work
pt	no estrangeiro	abroad
pt	no exterior	abroad
pt	citrix	citrix remote desktop
pt	suporte remoto	remote support
pt	assistência remota	remote support
pt	senhas	passwords
pt	palavras-passe	passwords
pt	nova senha	new password
pt	senha temporária	temporary password
pt	logar	log in
pt	logado	logged in
pt	deslogado	logged out
pt	desbloquear	unlock
pt	autenticação	authentication
pt	mfa	mfa two-factor
pt	2fa	mfa two-factor
pt	código sms	sms code
pt	autenticador	authenticator app
pt	token	token mfa
pt	crachá	badge
pt	cartão de acesso	access card badge
pt	cartão de identificação	id badge
pt	smart card	smart card
pt	cartão inteligente	smart card
pt	leitor de cartões	card reader
pt	pin	pin
pt	emails	emails
pt	e-mails	emails
pt	caixa de saída	outbox
pt	itens enviados	sent items
pt	anexos	attachments
pt	fora do escritório	out of office
pt	mensagem de ausência	out of office
pt	convites	invitations
pt	convite de reunião	meeting invite
pt	reuniões	meetings
pt	reunião recorrente	recurring meeting
pt	calendário partilhado	shared calendar
pt	calendário compartilhado	shared calendar
pt	assinatura de email	email signature
pt	spam	spam junk
pt	lixo eletrónico	junk spam
pt	lixo eletrônico	junk spam
pt	encaminhar	forward email
pt	reencaminhar	forward email
pt	outlook	outlook email
pt	computador de secretária	desktop computer
pt	desktop	desktop computer
pt	ecrãs	screens
pt	telas	screens
pt	ecrã partido	broken screen
pt	tela quebrada	broken screen
pt	rachado	cracked
pt	trincado	cracked
pt	tela trincada	cracked screen
pt	ventoinha	fan
pt	ventilador	fan
pt	cooler	fan
pt	sobreaquecimento	overheating
pt	superaquecimento	overheating
pt	aquece muito	overheating
pt	esquentando	overheating
pt	barulho	noise
pt	faz barulho	noise
pt	ruído	noise
pt	tecla	key keyboard
pt	teclas	keys keyboard
pt	touchpad	touchpad
pt	dock	docking station
pt	adaptador	adapter
pt	cabo hdmi	hdmi cable
pt	bateria inchada	swollen battery
pt	café entornado	spilled coffee
pt	derramei	spilled liquid
pt	reparação	repair
pt	conserto	repair
pt	portátil de substituição	replacement laptop
pt	hardware	hardware
pt	rato sem fios	wireless mouse
pt	mouse sem fio	wireless mouse
pt	telefone fixo	desk phone landline
pt	sem tom	no dial tone
pt	correio de voz	voicemail
pt	caixa postal	voicemail
pt	desvio de chamadas	call forwarding
pt	reencaminhamento de chamadas	call forwarding
pt	ramal	extension phone
pt	central telefónica	phone system pbx
pt	central telefônica	phone system pbx
pt	pabx	phone system pbx
pt	dect	dect phone
pt	pager	pager
pt	cartão sim	sim card
pt	chip	sim card
pt	esim	esim sim card
pt	telemóvel da empresa	company mobile phone
pt	celular corporativo	company mobile phone
pt	telemóvel de serviço	company mobile phone
pt	dados móveis	mobile data
pt	roaming	roaming
pt	não toca	phone not ringing
pt	tablets	tablets
pt	desinstalar	uninstall
pt	reinstalar	reinstall
pt	atualizações	updates
pt	licenças	licences
pt	chave de licença	licence key
pt	permissões de escrita	write access
pt	só de leitura	read only
pt	somente leitura	read only
pt	unidade partilhada	shared drive
pt	drive partilhado	shared drive
pt	mapear unidade	map network drive
pt	pedido de acesso	access request
pt	dar acesso	grant access
pt	liberar acesso	grant access
pt	centro de software	software center
pt	sistema em baixo	system down
pt	indisponibilidade	outage unavailable
pt	instabilidade	instability outage
pt	sap	sap erp
pt	erp	erp system
pt	processo clínico	clinical system patient record
pt	prontuário	clinical system patient record
pt	prontuário eletrônico	clinical system patient record
pt	wms	warehouse management wms
pt	gestão de armazém	warehouse management
pt	pdv	point of sale till
pt	terminal de pagamento	payment terminal
pt	manutenção	maintenance
pt	todos afetados	everyone affected
pt	incidente	incident
pt	abrir chamado	ticket request
pt	suspeito	suspicious
pt	suspeita	suspicious
pt	burla	scam fraud
pt	golpe	scam fraud
pt	link suspeito	suspicious link
pt	cavalo de troia	trojan malware
pt	ransomware	ransomware
pt	ataque informático	cyber attack
pt	ataque hacker	cyber attack
pt	ciberataque	cyber attack
pt	fuga de dados	data breach
pt	vazamento de dados	data breach
pt	acesso suspeito	suspicious sign-in
pt	login suspeito	suspicious sign-in
pt	extraviado	lost misplaced
pt	antivírus	antivirus
pt	incidente de segurança	security incident
pt	tela de projeção	projection screen
pt	ecrã de projeção	projection screen
pt	quadro interativo	interactive whiteboard
pt	lousa digital	interactive whiteboard
pt	controle remoto	remote control
pt	datashow	projector
pt	sala de videoconferência	video conference room
pt	telefone de conferência	conference phone
pt	quota	quota storage
pt	sem espaço	out of space
pt	armazenamento cheio	storage full
pt	sincronizar	sync
pt	sincronização	sync
pt	não sincroniza	not syncing
pt	lixeira	recycle bin
pt	versão anterior	previous version restore
pl	drukarka	printer
pl	drukarki	printer
pl	drukarce	printer
pl	drukarkę	printer
pl	drukarek	printer
pl	kserokopiarka	copier
pl	urządzenie wielofunkcyjne	multifunction printer
pl	drukować	print
pl	drukuje	prints
pl	drukowanie	printing
pl	nie drukuje	not printing
pl	nie drukują	not printing
pl	nie mogę drukować	can't print
pl	nie mogę wydrukować	can't print
pl	toner	toner
pl	tonera	toner
pl	tonerze	toner
pl	tonery	toner
pl	tusz	ink
pl	wkład	cartridge
pl	papier	paper
pl	zacięcie papieru	paper jam
pl	zacięty papier	paper jam
pl	zacina się papier	paper jam
pl	zaciął się papier	paper jam
pl	zablokowany papier	paper jam
pl	zacina	jams
pl	zaciął się	jammed
pl	zacina się	gets stuck
pl	podajnik	tray
pl	skaner	scanner
pl	skanera	scanner
pl	skanerze	scanner
pl	skanery	scanner
pl	skanować	scan
pl	zeskanować	scan
pl	skanuje	scans
pl	skanowanie	scanning
pl	etykieta	label
pl	etykiety	label
pl	etykiet	labels
pl	drukarka etykiet	label printer
pl	drukarki etykiet	label printer
pl	drukarkę etykiet	label printer
pl	drukarce etykiet	label printer
pl	drukarka do etykiet	label printer
pl	kod kreskowy	barcode
pl	hasło	password
pl	hasła	password
pl	hasłem	password
pl	haśle	password
pl	haseł	password
pl	zmiana hasła	password change
pl	reset hasła	password reset
pl	resetu hasła	password reset
pl	zresetować hasło	password reset
pl	resetowanie hasła	password reset
pl	zresetowanie hasła	password reset
pl	zapomniałem hasła	forgot password
pl	zapomniałam hasła	forgot password
pl	zapomniane hasło	forgot password
pl	zapomniałem	forgot
pl	hasło wygasło	password expired
pl	wygasło	expired
pl	logowanie	login
pl	logowania	login
pl	logowaniu	login
pl	zalogować	log in
pl	zalogować się	log in
pl	logować	log in
pl	logować się	log in
pl	zaloguję	log in
pl	nie mogę się zalogować	can't log in
pl	nie mogę zalogować	can't log in
pl	nie da się zalogować	can't log in
pl	nie loguje	can't log in
pl	nie loguje się	can't log in
pl	login	username
pl	loginu	username
pl	użytkownik	user
pl	wylogowuje	logged out
pl	konto	account
pl	konta	account
pl	kontem	account
pl	koncie	account
pl	kont	account
pl	zablokowane konto	account locked
pl	konto zablokowane	account locked
pl	zablokowało konto	account locked
pl	zablokowane konta	account locked
pl	konto jest zablokowane	account locked
pl	zablokowane	locked
pl	zablokowany	locked
pl	zablokowana	locked
pl	zablokowało	locked
pl	zablokowało się	locked
pl	zablokował się	locked
pl	odblokować	unlock
pl	kod weryfikacyjny	verification code
pl	kodu weryfikacyjnego	verification code
pl	kod jednorazowy	verification code
pl	kod z sms	verification code
pl	kod sms	verification code
pl	uwierzytelnianie dwuskładnikowe	two factor
pl	dwuskładnikowe	two factor
pl	weryfikacja dwuetapowa	two factor
pl	dwuetapowa	two factor
pl	logowanie dwuetapowe	two factor
pl	uwierzytelnianie	authentication
pl	mfa	mfa
pl	kod	code
pl	vpn	vpn
pl	vpna	vpn
pl	vpn-a	vpn
pl	vpnem	vpn
pl	vpnie	vpn
pl	zdalny dostęp	remote access
pl	zdalnego dostępu	remote access
pl	dostęp zdalny	remote access
pl	dostępu zdalnego	remote access
pl	zdalnie	remotely
pl	praca zdalna	remote work
pl	praca z domu	working from home
pl	pracuję z domu	working from home
pl	home office	working from home
pl	z domu	working from home
pl	zdalny pulpit	remote desktop
pl	pulpit zdalny	remote desktop
pl	pulpitu zdalnego	remote desktop
pl	zdalnego pulpitu	remote desktop
pl	pulpitem zdalnym	remote desktop
pl	połączyć	connect
pl	łączy	connects
pl	nie łączy	not connecting
pl	nie łączy się	not connecting
pl	nie mogę się połączyć	not connecting
pl	nie mogę połączyć	not connecting
pl	nie chce się połączyć	not connecting
pl	połączenie	connection
pl	połączenia	connection
pl	odłączony	disconnected
pl	rozłącza	disconnects
pl	rozłącza się	disconnects
pl	wifi	wifi
pl	wi-fi	wifi
pl	wifi-a	wifi
pl	wifi-u	wifi
pl	sieć	network
pl	sieci	network
pl	sieciowy	network
pl	sieciowe	network
pl	sieć bezprzewodowa	wireless network
pl	internet	internet
pl	internetu	internet
pl	internecie	internet
pl	neta	internet
pl	brak internetu	no internet
pl	nie ma internetu	no internet
pl	nie mam internetu	no internet
pl	bez internetu	no internet
pl	brak sieci	no network
pl	kabel	cable
pl	kabel sieciowy	network cable
pl	router	router
pl	zasięg	signal
pl	słaby	weak
pl	wolny	slow
pl	wolne	slow
pl	wolna	slow
pl	wolno	slow
pl	powoli	slow
pl	wolno działa	slow
pl	działa wolno	slow
pl	zamula	slow
pl	muli	slow
pl	laguje	lags
pl	przerywa	cuts out
pl	e-mail	email
pl	email	email
pl	mail	email
pl	maila	email
pl	mailem	email
pl	mailu	email
pl	e-maila	email
pl	mejl	email
pl	maile	emails
pl	maili	emails
pl	mailach	emails
pl	e-maile	emails
pl	e-maili	emails
pl	wiadomości	messages
pl	poczta	mail
pl	skrzynka	mailbox
pl	skrzynki	mailbox
pl	skrzynkę	mailbox
pl	skrzynce	mailbox
pl	skrzynka pocztowa	mailbox
pl	skrzynki pocztowej	mailbox
pl	wspólna skrzynka	shared mailbox
pl	wspólnej skrzynki	shared mailbox
pl	współdzielona skrzynka	shared mailbox
pl	współdzielonej skrzynki	shared mailbox
pl	skrzynka współdzielona	shared mailbox
pl	pełna skrzynka	mailbox full
pl	outlook	outlook
pl	outlooka	outlook
pl	outlooku	outlook
pl	outlookiem	outlook
pl	kalendarz	calendar
pl	kalendarza	calendar
pl	kalendarzu	calendar
pl	kalendarzem	calendar
pl	zaproszenie	invitation
pl	zaproszenie na spotkanie	meeting invite
pl	zaproszenia na spotkanie	meeting invite
pl	zaproszenie do kalendarza	meeting invite
pl	spotkanie	meeting
pl	wysłać	send
pl	nie wysyła	not sending
pl	nie wysyłają	not sending
pl	nie dochodzą	not arriving
pl	nie dochodzi	not arriving
pl	załącznik	attachment
pl	załączniki	attachments
pl	spam	spam
pl	folder	folder
pl	folderu	folder
pl	folderze	folder
pl	katalog	folder
pl	katalogu	folder
pl	nieobecność	out of office
pl	lista dystrybucyjna	distribution list
pl	laptop	laptop
pl	laptopa	laptop
pl	laptopie	laptop
pl	laptopy	laptop
pl	komputer	computer
pl	komputera	computer
pl	komputerze	computer
pl	komp	computer
pl	kompa	computer
pl	monitor	monitor
pl	monitora	monitor
pl	monitorze	monitor
pl	monitory	monitor
pl	ekran	screen
pl	ekranu	screen
pl	ekranem	screen
pl	ekranie	screen
pl	ekrany	screen
pl	drugi monitor	second monitor
pl	klawiatura	keyboard
pl	klawiatury	keyboard
pl	klawiaturę	keyboard
pl	klawiaturze	keyboard
pl	klawiaturą	keyboard
pl	mysz	mouse
pl	myszka	mouse
pl	myszki	mouse
pl	myszkę	mouse
pl	myszy	mouse
pl	stacja dokująca	docking station
pl	stacji dokującej	docking station
pl	stację dokującą	docking station
pl	replikator portów	docking station
pl	bateria	battery
pl	baterii	battery
pl	baterię	battery
pl	akumulator	battery
pl	akumulatora	battery
pl	ładowarka	charger
pl	ładowarki	charger
pl	ładowarkę	charger
pl	ładowarką	charger
pl	ładowarce	charger
pl	zasilacz	power adapter
pl	nie ładuje	not charging
pl	nie ładuje się	not charging
pl	nie chce się ładować	not charging
pl	przegrzewa	overheats
pl	przegrzewa się	overheats
pl	grzeje się	overheats
pl	nagrzewa się	overheats
pl	bardzo się grzeje	overheats
pl	przegrzanie	overheating
pl	wentylator	fan
pl	hałas	noise
pl	hałasuje	noisy
pl	pęknięty	cracked
pl	pęknięty ekran	cracked screen
pl	rozbity ekran	broken screen
pl	zbity ekran	broken screen
pl	uszkodzony ekran	broken screen
pl	zbita matryca	broken screen
pl	rozbita matryca	broken screen
pl	zepsuty	broken
pl	zepsuta	broken
pl	zepsute	broken
pl	rozbity	broken
pl	popsuty	broken
pl	popsuta	broken
pl	uszkodzony	damaged
pl	zepsuł się	broke
pl	zepsuła się	broke
pl	zepsuło się	broke
pl	popsuł się	broke
pl	popsuła się	broke
pl	padł	died
pl	nie włącza się	won't turn on
pl	nie włącza	won't turn on
pl	nie chce się włączyć	won't turn on
pl	nie odpala	won't turn on
pl	wyłącza się	shuts down
pl	wyłącza	shuts down
pl	sam się wyłącza	shuts down
pl	wyłączył się	shut down
pl	restartuje się	restarts
pl	restart	restart
pl	nie uruchamia się	won't start
pl	nie startuje	won't start
pl	czarny ekran	black screen
pl	niebieski ekran	blue screen
pl	migocze	flickers
pl	brak obrazu	no display
pl	usb	usb
pl	przejściówka	adapter
pl	słuchawki	headset
pl	słuchawek	headset
pl	słuchawkach	headset
pl	zestaw słuchawkowy	headset
pl	mikrofon	microphone
pl	dźwięk	sound
pl	nie słychać	no sound
pl	brak dźwięku	no sound
pl	nie słyszę	can't hear
pl	nie słyszą mnie	can't hear
pl	kamera	camera
pl	kamerka	webcam
pl	dysk	disk
pl	pendrive	usb stick
pl	sprzęt	hardware
pl	urządzenie	device
pl	wymiana	replacement
pl	naprawa	repair
pl	telefon	phone
pl	telefonu	phone
pl	telefonem	phone
pl	telefonie	phone
pl	telefon służbowy	work phone
pl	służbowy telefon	work phone
pl	telefonu służbowego	work phone
pl	komórka służbowa	work phone
pl	komórka	mobile phone
pl	karta sim	sim card
pl	skaner ręczny	handheld scanner
pl	skanera ręcznego	handheld scanner
pl	kolektor danych	handheld scanner
pl	kolektor	handheld scanner
pl	kolektora	handheld scanner
pl	kolektory	handheld scanner
pl	skaner magazynowy	handheld scanner
pl	skaner kodów	barcode scanner
pl	czytnik kodów	barcode scanner
pl	czytnika kodów	barcode scanner
pl	terminal	terminal
pl	tablet	tablet
pl	aplikacja	app
pl	instalacja	installation
pl	instalacji	installation
pl	instalację	installation
pl	instalacją	installation
pl	zainstalować	install
pl	zainstalowanie	install
pl	zainstalowania	install
pl	instalować	install
pl	doinstalować	install
pl	nie instaluje się	won't install
pl	nie mogę zainstalować	won't install
pl	program	software
pl	programu	software
pl	programie	software
pl	oprogramowanie	software
pl	oprogramowania	software
pl	programy	software
pl	programów	software
pl	aktualizacja	update
pl	aktualizacji	update
pl	aktualizacje	updates
pl	licencja	licence
pl	licencji	licence
pl	licencję	licence
pl	licencją	licence
pl	licencje	licences
pl	licencjach	licences
pl	uprawnienia	permissions
pl	uprawnień	permissions
pl	uprawnieniami	permissions
pl	uprawnieniach	permissions
pl	uprawnienie	permissions
pl	prawa administratora	admin rights
pl	praw administratora	admin rights
pl	prawa admina	admin rights
pl	praw admina	admin rights
pl	uprawnienia administratora	admin rights
pl	dostęp	access
pl	dostępu	access
pl	dostępie	access
pl	dostępy	access
pl	nie mam dostępu	no access
pl	brak dostępu	no access
pl	nie ma dostępu	no access
pl	bez dostępu	no access
pl	odmowa dostępu	access denied
pl	dostęp zabroniony	access denied
pl	brak uprawnień	no permissions
pl	nie mam uprawnień	no permissions
pl	nadać dostęp	grant access
pl	nadanie dostępu	grant access
pl	przyznać dostęp	grant access
pl	dać dostęp	grant access
pl	dysk sieciowy	network drive
pl	dysku sieciowego	network drive
pl	dysku sieciowym	network drive
pl	dysk sieciowym	network drive
pl	dysk wspólny	shared drive
pl	wspólny dysk	shared drive
pl	wspólnego dysku	shared drive
pl	dysk współdzielony	shared drive
pl	współdzielony dysk	shared drive
pl	plik	file
pl	pliku	file
pl	plikiem	file
pl	pliki	files
pl	plików	files
pl	sharepoint	sharepoint
pl	teams	teams
pl	teamsy	teams
pl	teamsach	teams
pl	teamsie	teams
pl	teamsa	teams
pl	zoom	zoom
pl	excel	excel
pl	excela	excel
pl	excelu	excel
pl	excelem	excel
pl	arkusz	spreadsheet
pl	przeglądarka	browser
pl	link	link
pl	nie otwiera się	won't open
pl	nie otwiera	won't open
pl	nie zapisuje	not saving
pl	nie zapisuje się	not saving
pl	odzyskać	recover
pl	kopia zapasowa	backup
pl	błąd	error
pl	błędu	error
pl	błędem	error
pl	błędzie	error
pl	błędy	errors
pl	błędów	errors
pl	komunikat o błędzie	error message
pl	wyskakuje błąd	error pops up
pl	wyskoczył błąd	error pops up
pl	pojawia się błąd	error pops up
pl	wywala błąd	error pops up
pl	wyrzuca błąd	error pops up
pl	wywala	crashes
pl	wywaliło	crashes
pl	sypie się	crashes
pl	zamyka się	crashes
pl	zawiesza się	freezes
pl	zawiesza	freezes
pl	zawiesił się	freezes
pl	zawiesiła się	freezes
pl	zawieszony	freezes
pl	zwiecha	freezes
pl	nie odpowiada	not responding
pl	przestał działać	stopped working
pl	przestała działać	stopped working
pl	przestało działać	stopped working
pl	przestały działać	stopped working
pl	nie działa	not working
pl	nie działają	not working
pl	nie działał	not working
pl	nie działała	not working
pl	coś nie działa	not working
pl	awaria	outage
pl	awarii	outage
pl	awarię	outage
pl	awarie	outage
pl	awarią	outage
pl	system nie działa	system down
pl	system padł	system down
pl	system leży	system down
pl	system nie odpowiada	system down
pl	niedostępny	unavailable
pl	system	system
pl	erp	erp
pl	sap	sap
pl	system magazynowy	warehouse system
pl	systemu magazynowego	warehouse system
pl	wms	warehouse system
pl	długo się ładuje	slow loading
pl	synchronizacja	sync
pl	phishing	phishing
pl	phishingu	phishing
pl	phishingowy	phishing
pl	phishingowa	phishing
pl	podejrzany mail	suspicious email
pl	podejrzanego maila	suspicious email
pl	podejrzana wiadomość	suspicious email
pl	podejrzany e-mail	suspicious email
pl	dziwny mail	suspicious email
pl	wirus	virus
pl	wirusa	virus
pl	wirusem	virus
pl	wirusy	virus
pl	wirusów	virus
pl	złośliwe oprogramowanie	malware
pl	antywirus	antivirus
pl	oszustwo	scam
pl	kliknąłem	clicked
pl	bezpieczeństwo	security
pl	wyciek danych	data breach
pl	zgłosić	report issue
pl	zgłoszenie	ticket
pl	sala konferencyjna	meeting room
pl	sali konferencyjnej	meeting room
pl	salę konferencyjną	meeting room
pl	salka	meeting room
pl	salki	meeting room
pl	sala spotkań	meeting room
pl	rzutnik	projector
pl	rzutnika	projector
pl	rzutniku	projector
pl	projektor	projector
pl	projektora	projector
pl	wideokonferencja	video call
pl	wideokonferencji	video call
pl	rozmowa wideo	video call
pl	rozmowy wideo	video call
pl	połączenie wideo	video call
pl	call	video call
pl	calla	video call
pl	film	video
pl	filmik	video
pl	spotkanie online	online meeting
pl	prezentacja	presentation
pl	udostępnianie ekranu	screen sharing
pl	potrzebuję	need
pl	potrzebuje	need
pl	prośba	request
pl	prośbę	request
pl	nowy pracownik	new employee
pl	nowego pracownika	new employee
pl	założyć konto	create account
pl	problem	problem
pl	nie mogę	cannot
pl	nie możemy	cannot
pl	nie mogę wejść	can't access
pl	nie wchodzi	can't access
pl	nie widzę	can't see
pl	nie widzi	can't see
pl	zniknął	disappeared
pl	zniknęła	disappeared
pl	brakuje	missing
pl	pilne	urgent
pl	statystyka	statistics
pl	statystyki	statistics
pl	statystykę	statistics
pl	statystyce	statistics
pl	statystyką	statistics
pl	statystyczny	statistical
pl	statystyczna	statistical
pl	statystyczne	statistical
pl	statystycznych	statistical
pl	statystycznie	statistical
pl	próba	sample
pl	próby	sample
pl	próbę	sample
pl	próbka	sample
pl	próbki	sample
pl	próbkę	sample
pl	próbek	sample
pl	dobór próby	sampling
pl	doboru próby	sampling
pl	losowanie próby	sampling
pl	próbkowanie	sampling
pl	pobieranie próbek	sampling
pl	wybór próby	sampling
pl	wielkość próby	sample size
pl	wielkości próby	sample size
pl	liczebność próby	sample size
pl	liczebności próby	sample size
pl	ile próbek	sample size
pl	losowy	random
pl	reprezentatywny	representative
pl	ankieta	survey
pl	ankiety	survey
pl	ankietę	survey
pl	ankiecie	survey
pl	badanie ankietowe	survey
pl	sondaż	survey
pl	ankiet	surveys
pl	ankietami	surveys
pl	kwestionariusz	questionnaire
pl	kwestionariusza	questionnaire
pl	kwestionariusze	questionnaire
pl	kwestionariuszu	questionnaire
pl	formularz	form
pl	odpowiedzi	responses
pl	regresja	regression
pl	regresji	regression
pl	regresję	regression
pl	regresja liniowa	regression
pl	regresji liniowej	regression
pl	korelacja	correlation
pl	istotność	significance
pl	średnia	average
pl	odchylenie standardowe	standard deviation
pl	rozkład	distribution
pl	przedział ufności	confidence interval
pl	trend	trend
pl	sezonowość	seasonality
pl	szereg czasowy	time series
pl	prognoza	forecast
pl	prognozy	forecast
pl	prognozę	forecast
pl	prognozie	forecast
pl	prognozować	forecast
pl	prognozuje	forecast
pl	prognoz	forecasts
pl	prognozami	forecasts
pl	prognozowanie	forecasting
pl	prognozowania	forecasting
pl	prognozowaniu	forecasting
pl	przewidywanie	prediction
pl	przewidywania	prediction
pl	predykcja	prediction
pl	predykcji	prediction
pl	predykcję	prediction
pl	przewidzieć	predict
pl	predykcyjny	predictive
pl	popyt	demand
pl	sprzedaż	sales
pl	analiza	analysis
pl	analizy	analysis
pl	analizę	analysis
pl	analizie	analysis
pl	analiz	analysis
pl	analizować	analyse
pl	analityka	analytics
pl	analityki	analytics
pl	analityce	analytics
pl	analityka danych	analytics
pl	analityki danych	analytics
pl	analityk	analyst
pl	analityczny	analytical
pl	dane	data
pl	danych	data
pl	danymi	data
pl	danym	data
pl	zbiór danych	dataset
pl	zbioru danych	dataset
pl	zestaw danych	dataset
pl	zestawu danych	dataset
pl	zbiorze danych	dataset
pl	zbiory danych	datasets
pl	zbiorów danych	datasets
pl	baza danych	database
pl	bazy danych	database
pl	tabela	table
pl	jakość danych	data quality
pl	czyszczenie danych	data cleaning
pl	dashboard	dashboard
pl	dashboardu	dashboard
pl	dashboardy	dashboard
pl	dashboardzie	dashboard
pl	kokpit	dashboard
pl	kokpit menedżerski	dashboard
pl	power bi	power bi
pl	raport	report
pl	raportu	report
pl	raportem	report
pl	raporcie	report
pl	raporty	reports
pl	raportów	reports
pl	raportowanie	reporting
pl	zestawienie	summary report
pl	wykres	chart
pl	wykresu	chart
pl	wykresem	chart
pl	wykresie	chart
pl	wykresy	charts
pl	wykresów	charts
pl	wizualizacja	visualisation
pl	wizualizacji	visualisation
pl	wizualizację	visualisation
pl	wizualizacje	visualisation
pl	wizualizować	visualisation
pl	wskaźnik	indicator
pl	kpi	kpi
pl	kpi-ów	kpi
pl	metryki	metrics
pl	miara	measure
pl	pomiar	measurement
pl	uczenie maszynowe	machine learning
pl	uczenia maszynowego	machine learning
pl	uczeniem maszynowym	machine learning
pl	uczeniu maszynowym	machine learning
pl	sztuczna inteligencja	artificial intelligence
pl	sztucznej inteligencji	artificial intelligence
pl	sztuczną inteligencję	artificial intelligence
pl	sztuczną inteligencją	artificial intelligence
pl	ai	ai
pl	model	model
pl	modelu	model
pl	modelem	model
pl	modele	models
pl	modeli	models
pl	modelowanie	modelling
pl	sieć neuronowa	neural network
pl	sieci neuronowe	neural network
pl	algorytm	algorithm
pl	algorytmy	algorithms
pl	widzenie komputerowe	computer vision
pl	widzenia komputerowego	computer vision
pl	wizja komputerowa	computer vision
pl	wizji komputerowej	computer vision
pl	rozpoznawanie obrazu	image recognition
pl	rozpoznawanie obrazów	image recognition
pl	rozpoznawania obrazu	image recognition
pl	analiza obrazu	image recognition
pl	analiza obrazów	image recognition
pl	obraz	image
pl	zdjęcie	photo
pl	wykrywanie	detection
pl	klasyfikacja	classification
pl	trenować model	train model
pl	chatbot	chatbot
pl	model językowy	language model
pl	automatyzacja	automation
pl	automatyzacji	automation
pl	automatyzację	automation
pl	automatyzacją	automation
pl	automatyzować	automate
pl	zautomatyzować	automate
pl	zautomatyzowanie	automate
pl	zautomatyzowania	automate
pl	automatycznie	automatically
pl	skrypt	script
pl	skryptu	script
pl	skryptem	script
pl	skrypcie	script
pl	skrypty	scripts
pl	skryptów	scripts
pl	makro	macro
pl	makra	macro
pl	makr	macro
pl	makrem	macro
pl	makrach	macro
pl	vba	vba
pl	python	python
pl	kopiowanie danych	copying data
pl	kopiowania danych	copying data
pl	przepisywanie danych	copying data
pl	przeklejanie danych	copying data
pl	przeklejanie	copying data
pl	przepisywać	retype
pl	ręcznie	manually
pl	ręczne	manually
pl	ręczna	manually
pl	ręczny	manually
pl	manualnie	manually
pl	między systemami	between systems
pl	pomiędzy systemami	between systems
pl	z systemu do systemu	between systems
pl	do innego systemu	between systems
pl	integracja	integration
pl	integracji	integration
pl	integrację	integration
pl	zintegrować	integration
pl	połączenie systemów	integration
pl	api	api
pl	eksport	export
pl	import	import
pl	rpa	rpa
pl	przepływ pracy	workflow
pl	usprawnienie	improvement
pl	usprawnienia	improvement
pl	ulepszenie	improvement
pl	ulepszenia	improvement
pl	poprawa	improvement
pl	poprawy	improvement
pl	usprawnić	improve
pl	optymalizacja	optimisation
pl	optymalizacji	optimisation
pl	optymalizację	optimisation
pl	optymalizacją	optimisation
pl	optymalizować	optimise
pl	proces	process
pl	procesu	process
pl	procesie	process
pl	procesem	process
pl	procesy	processes
pl	procesów	processes
pl	lean	lean
pl	wąskie gardło	bottleneck
pl	wąskiego gardła	bottleneck
pl	wąskim gardłem	bottleneck
pl	wąskie gardła	bottlenecks
pl	czas oczekiwania	waiting time
pl	czasu oczekiwania	waiting time
pl	czasy oczekiwania	waiting time
pl	czasem oczekiwania	waiting time
pl	oczekiwanie	waiting
pl	kolejka	queue
pl	kolejki	queue
pl	kolejkę	queue
pl	kolejce	queue
pl	wydajność	efficiency
pl	wydajności	efficiency
pl	efektywność	efficiency
pl	efektywności	efficiency
pl	sprawność	efficiency
pl	produktywność	productivity
pl	koszt	cost
pl	kosztu	cost
pl	koszty	cost
pl	kosztów	cost
pl	obniżyć koszty	cost reduction
pl	obniżenie kosztów	cost reduction
pl	oszczędności	savings
pl	marnotrawstwo	waste
pl	przestój	downtime
pl	mapowanie procesów	process mapping
pl	logistyka	logistics
pl	logistyki	logistics
pl	logistyczny	logistics
pl	logistyczne	logistics
pl	logistycznej	logistics
pl	trasa	route
pl	trasę	route
pl	trasie	route
pl	trasą	route
pl	trasy	routes
pl	tras	routes
pl	trasami	routes
pl	trasach	routes
pl	planowanie tras	route planning
pl	planowania tras	route planning
pl	planowanie trasy	route planning
pl	układanie tras	route planning
pl	wyznaczanie tras	route planning
pl	optymalizacja tras	route optimisation
pl	ciężarówka	truck
pl	ciężarówkę	truck
pl	tir	truck
pl	samochód ciężarowy	truck
pl	ciężarówki	trucks
pl	ciężarówek	trucks
pl	tiry	trucks
pl	samochodów ciężarowych	trucks
pl	samochód	vehicle
pl	samochody	vehicles
pl	flota	fleet
pl	kierowca	driver
pl	ładunek	load
pl	ładunku	load
pl	ładunki	load
pl	ładunków	load
pl	rozładunek	unloading
pl	łączenie ładunków	load consolidation
pl	łączenia ładunków	load consolidation
pl	konsolidacja ładunków	load consolidation
pl	konsolidacji ładunków	load consolidation
pl	łączenie dostaw	load consolidation
pl	konsolidacja	consolidation
pl	konsolidacji	consolidation
pl	konsolidować	consolidation
pl	skonsolidować	consolidation
pl	wypełnienie ciężarówek	truck utilisation
pl	paleta	pallet
pl	dostawa	delivery
pl	transport	transport
pl	przesyłka	shipment
pl	spedycja	freight forwarding
pl	magazyn	warehouse
pl	magazynu	warehouse
pl	magazynie	warehouse
pl	magazynowy	warehouse
pl	magazynowa	warehouse
pl	magazynowe	warehouse
pl	magazyny	warehouses
pl	magazynów	warehouses
pl	układ magazynu	warehouse layout
pl	układu magazynu	warehouse layout
pl	rozmieszczenie w magazynie	warehouse layout
pl	layout magazynu	warehouse layout
pl	rozmieszczenie towarów	slotting
pl	lokalizacja	location
pl	lokalizacji	location
pl	lokalizację	location
pl	lokalizacją	location
pl	lokalizacje	locations
pl	lokalizacjach	locations
pl	wybór lokalizacji	site selection
pl	wyboru lokalizacji	site selection
pl	wybrać lokalizację	site selection
pl	gdzie otworzyć	site selection
pl	gdzie zlokalizować	site selection
pl	nowa lokalizacja	site selection
pl	nowy magazyn	new warehouse
pl	centrum dystrybucyjne	distribution centre
pl	sieć dystrybucji	distribution network
pl	projektowanie sieci	network design
pl	zapas	inventory
pl	zapasy	inventory
pl	zapasów	inventory
pl	zapasu	inventory
pl	stan magazynowy	stock level
pl	inwentaryzacja	stock count
pl	inwentaryzacji	stock count
pl	inwentaryzację	stock count
pl	spis z natury	stock count
pl	spisu z natury	stock count
pl	liczenie stanów	stock count
pl	harmonogram	schedule
pl	harmonogramu	schedule
pl	harmonogramy	schedule
pl	harmonogramie	schedule
pl	harmonogramem	schedule
pl	harmonogramowanie	scheduling
pl	harmonogramowania	scheduling
pl	planowanie produkcji	scheduling
pl	planowania produkcji	scheduling
pl	planowanie	planning
pl	grafik	roster
pl	grafiku	roster
pl	grafiki	roster
pl	grafik pracy	roster
pl	układanie grafiku	rostering
pl	układanie grafików	rostering
pl	planowanie grafiku	rostering
pl	tworzenie grafiku	rostering
pl	zmiana nocna	shift
pl	nocna zmiana	shift
pl	grafik zmian	shifts
pl	zmiany nocne	shifts
pl	planowanie zmian	shift planning
pl	planowania zmian	shift planning
pl	obsada zmian	shift planning
pl	obsady zmian	shift planning
pl	obsadzenie zmian	shift planning
pl	symulacja	simulation
pl	symulacji	simulation
pl	symulację	simulation
pl	symulacje	simulation
pl	symulować	simulation
pl	model symulacyjny	simulation
pl	scenariusz	scenario
pl	badania operacyjne	operations research
pl	łańcuch dostaw	supply chain
pl	łańcucha dostaw	supply chain
pl	dostawca	supplier
pl	kompletacja	picking
pl	regał	rack
pl	wózek widłowy	forklift
pl	rampa	loading dock
pl	szkolenie	training
pl	szkolenia	training
pl	szkoleniu	training
pl	szkoleń	training
pl	szkolić	train staff
pl	e-learning	e-learning
pl	e-learningu	e-learning
pl	elearning	e-learning
pl	szkolenie online	e-learning
pl	szkolenia online	e-learning
pl	kurs online	e-learning
pl	kurs	course
pl	materiały szkoleniowe	training materials
pl	filmy szkoleniowe	videos
pl	instrukcja	instructions
pl	nauczanie	teaching
pl	onboarding	onboarding
pl	onboardingu	onboarding
pl	wdrożenie nowych pracowników	onboarding
pl	wdrażanie nowych pracowników	onboarding
pl	wdrożenie pracownika	onboarding
pl	wdrożenie	rollout
pl	warsztat	workshop
pl	webinar	webinar
pl	open source	open source
pl	otwarte oprogramowanie	open source
pl	otwartego oprogramowania	open source
pl	otwartoźródłowy	open source
pl	otwartoźródłowe	open source
pl	darmowe oprogramowanie	open source
pl	kod źródłowy	source code
pl	github	github
pl	githuba	github
pl	githubie	github
pl	gitlab	github
pl	git	github
pl	repozytorium	repository
pl	programowanie	programming
pl	programista	developer
pl	rodo	gdpr
pl	gdpr	gdpr
pl	ochrona danych	data protection
pl	ochrony danych	data protection
pl	ochronie danych	data protection
pl	ochrona danych osobowych	data protection
pl	ochrony danych osobowych	data protection
pl	dane osobowe	personal data
pl	danych osobowych	personal data
pl	danymi osobowymi	personal data
pl	dane osobiste	personal data
pl	prywatność	privacy
pl	zgoda	consent
pl	zgody	consent
pl	zgodę	consent
pl	zgód	consent
pl	anonimizacja	anonymisation
pl	anonimowy	anonymous
pl	inspektor ochrony danych	data protection officer
pl	wrażliwe dane	sensitive data
pl	przetwarzanie danych	data processing
pl	badanie	study
pl	badaniu	study
pl	badaniem	study
pl	studium	study
pl	badania	research
pl	badań	research
pl	badaniach	research
pl	badać	research
pl	zbadać	research
pl	badawczy	research
pl	badawcze	research
pl	naukowy	scientific
pl	publikacja	publication
pl	publikacji	publication
pl	publikację	publication
pl	publikować	publication
pl	opublikować	publication
pl	artykuł	article
pl	artykuł naukowy	research paper
pl	uczelnia	university
pl	współpraca	collaboration
pl	praca magisterska	thesis
pl	eksperyment	experiment
pl	metodologia	methodology
pl	metoda	method
pl	projekt badawczy	research project
pl	gis	gis
pl	qgis	gis
pl	arcgis	gis
pl	mapa	map
pl	mapę	map
pl	mapie	map
pl	mapka	map
pl	mapkę	map
pl	mapy	maps
pl	mapowanie	mapping
pl	geografia	geography
pl	przestrzenny	spatial
pl	analiza przestrzenna	spatial analysis
pl	gps	gps
pl	odległość	distance
pl	ktoś	anyone
pl	czy ktoś	anyone
pl	ktokolwiek	anyone
pl	czy ktokolwiek	anyone
pl	czy ktoś wie	does anyone know
pl	ktoś wie	does anyone know
pl	czy ktoś zna	does anyone know
pl	ktoś zna	does anyone know
pl	wie ktoś	does anyone know
pl	zna ktoś	does anyone know
pl	czy ktoś się zna	anyone expert
pl	ktoś się zna	anyone expert
pl	zna się ktoś	anyone expert
pl	kto się zna	anyone expert
pl	kto się zna na	anyone expert
pl	czy ktoś miał	anyone experience
pl	czy ktoś robił	anyone experience
pl	pomysł	idea
pl	pomysłu	idea
pl	pomysłem	idea
pl	pomyśle	idea
pl	idea	idea
pl	koncepcja	idea
pl	koncepcji	idea
pl	koncepcję	idea
pl	pomysły	ideas
pl	pomysłów	ideas
pl	pomysłami	ideas
pl	koncepcje	ideas
pl	sugestia	suggestion
pl	doradzić	advise
pl	doradzi	advise
pl	doradzicie	advise
pl	doradźcie	advise
pl	poradzić	advise
pl	porada	advice
pl	porady	advice
pl	poradę	advice
pl	rada	advice
pl	rady	advice
pl	wskazówki	advice
pl	wskazówka	advice
pl	rekomendacja	recommendation
pl	polecić	recommend
pl	polecacie	recommend
pl	jak najlepiej	how best
pl	najlepiej jak	how best
pl	w jaki sposób najlepiej	how best
pl	najlepszy sposób	best way
pl	warto	worth
pl	czy warto	worth
pl	warte	worth
pl	wart	worth
pl	opłaca się	worth it
pl	czy opłaca się	worth it
pl	czy się opłaca	worth it
pl	opłacałoby się	worth it
pl	czy to się opłaca	worth it
pl	opłacalne	cost effective
pl	czy da się	is it possible
pl	czy można	is it possible
pl	czy jest możliwe	is it possible
pl	czy dałoby się	is it possible
pl	czy istnieje możliwość	is it possible
pl	da się	is it possible
pl	możliwość	possibility
pl	sposób	way
pl	sposobu	way
pl	sposobem	way
pl	sposoby	way
pl	sposobów	way
pl	podejście	approach
pl	rozwiązanie	solution
pl	narzędzie	tool
pl	ekspert	expert
pl	specjalista	specialist
pl	doświadczenie	experience
pl	szukam	looking for
pl	szukamy	looking for
pl	szukam kogoś	looking for someone
pl	szukamy kogoś	looking for someone
pl	szukam osoby	looking for someone
pl	szukamy osoby	looking for someone
pl	zastanawiam się	wondering
pl	zastanawiamy się	wondering
pl	planujemy	planning to
pl	rozważamy	considering
pl	ocenić	evaluate
pl	porównać	compare
pl	oszacować	estimate
pl	wyliczyć	calculate
pl	pilotaż	pilot
pl	test	test
pl	drukarke	printer
pl	nie drukuja	not printing
pl	nie moge drukowac	can't print
pl	nie moge wydrukowac	can't print
pl	zacina sie papier	paper jam
pl	zacial sie papier	paper jam
pl	skanowac	scan
pl	zeskanowac	scan
pl	haslo	password
pl	hasla	password
pl	haslem	password
pl	hasle	password
pl	hasel	password
pl	resetowanie hasla	password reset
pl	zresetowanie hasla	password reset
pl	zalogowac	log in
pl	zalogowac sie	log in
pl	logowac	log in
pl	logowac sie	log in
pl	zaloguje	log in
pl	nie moge sie zalogowac	can't log in
pl	nie moge zalogowac	can't log in
pl	nie da sie zalogowac	can't log in
pl	nie loguje sie	can't log in
pl	zablokowalo	locked
pl	zablokowalo sie	locked
pl	zablokowal sie	locked
pl	uwierzytelnianie dwuskladnikowe	two factor
pl	dwuskladnikowe	two factor
pl	nie laczy	not connecting
pl	nie laczy sie	not connecting
pl	nie moge sie polaczyc	not connecting
pl	nie moge polaczyc	not connecting
pl	nie chce sie polaczyc	not connecting
pl	polaczenie	connection
pl	polaczenia	connection
pl	rozlacza	disconnects
pl	rozlacza sie	disconnects
pl	siec	network
pl	skrzynke	mailbox
pl	nie wysyla	not sending
pl	nie wysylaja	not sending
pl	nie dochodza	not arriving
pl	klawiature	keyboard
pl	myszke	mouse
pl	baterie	battery
pl	ladowarka	charger
pl	ladowarki	charger
pl	ladowarke	charger
pl	ladowarce	charger
pl	nie laduje	not charging
pl	nie laduje sie	not charging
pl	nie chce sie ladowac	not charging
pl	przegrzewa sie	overheats
pl	grzeje sie	overheats
pl	nagrzewa sie	overheats
pl	bardzo sie grzeje	overheats
pl	zepsul sie	broke
pl	zepsula sie	broke
pl	zepsulo sie	broke
pl	popsul sie	broke
pl	popsula sie	broke
pl	nie wlacza sie	won't turn on
pl	nie wlacza	won't turn on
pl	nie chce sie wlaczyc	won't turn on
pl	wylacza sie	shuts down
pl	wylacza	shuts down
pl	sam sie wylacza	shuts down
pl	nie uruchamia sie	won't start
pl	sluchawki	headset
pl	sluchawek	headset
pl	sluchawkach	headset
pl	nie slychac	no sound
pl	nie slysze	can't hear
pl	nie slysza mnie	can't hear
pl	instalacje	installation
pl	zainstalowac	install
pl	instalowac	install
pl	doinstalowac	install
pl	nie instaluje sie	won't install
pl	nie moge zainstalowac	won't install
pl	programow	software
pl	uprawnien	permissions
pl	dostep	access
pl	dostepu	access
pl	dostepie	access
pl	dostepy	access
pl	nie mam dostepu	no access
pl	nie ma dostepu	no access
pl	nie mam uprawnien	no permissions
pl	nadanie dostepu	grant access
pl	plikow	files
pl	nie otwiera sie	won't open
pl	nie zapisuje sie	not saving
pl	blad	error
pl	bledu	error
pl	bledem	error
pl	bledzie	error
pl	bledy	errors
pl	bledow	errors
pl	pojawia sie blad	error pops up
pl	wywalilo	crashes
pl	sypie sie	crashes
pl	zamyka sie	crashes
pl	zawiesza sie	freezes
pl	zawiesil sie	freezes
pl	zawiesila sie	freezes
pl	nie dziala	not working
pl	nie dzialaja	not working
pl	nie dzialal	not working
pl	nie dzialala	not working
pl	cos nie dziala	not working
pl	system nie dziala	system down
pl	wirusow	virus
pl	polaczenie wideo	video call
pl	prosba	request
pl	prosbe	request
pl	nie moge	cannot
pl	nie mozemy	cannot
pl	nie moge wejsc	can't access
pl	nie widze	can't see
pl	zniknal	disappeared
pl	zniknela	disappeared
pl	statystyke	statistics
pl	proba	sample
pl	proby	sample
pl	probe	sample
pl	probka	sample
pl	probki	sample
pl	probke	sample
pl	probek	sample
pl	losowanie proby	sampling
pl	probkowanie	sampling
pl	pobieranie probek	sampling
pl	ankiete	survey
pl	sondaz	survey
pl	regresje	regression
pl	prognoze	forecast
pl	prognozowac	forecast
pl	predykcje	prediction
pl	analize	analysis
pl	raportow	reports
pl	wykresow	charts
pl	wizualizowac	visualisation
pl	kpi-ow	kpi
pl	rozpoznawanie obrazow	image recognition
pl	automatyzacje	automation
pl	automatyzowac	automate
pl	zautomatyzowac	automate
pl	skryptow	scripts
pl	recznie	manually
pl	reczne	manually
pl	reczna	manually
pl	reczny	manually
pl	integracje	integration
pl	zintegrowac	integration
pl	polaczenie systemow	integration
pl	optymalizacje	optimisation
pl	procesow	processes
pl	kolejke	queue
pl	wydajnosc	efficiency
pl	wydajnosci	efficiency
pl	efektywnosc	efficiency
pl	efektywnosci	efficiency
pl	sprawnosc	efficiency
pl	kosztow	cost
pl	obnizenie kosztow	cost reduction
pl	trase	route
pl	ukladanie tras	route planning
pl	ciezarowka	truck
pl	ciezarowke	truck
pl	ciezarowki	trucks
pl	ciezarowek	trucks
pl	ladunek	load
pl	ladunku	load
pl	ladunki	load
pl	ladunkow	load
pl	laczenie ladunkow	load consolidation
pl	laczenie dostaw	load consolidation
pl	konsolidowac	consolidation
pl	skonsolidowac	consolidation
pl	magazynow	warehouses
pl	zapasow	inventory
pl	inwentaryzacje	stock count
pl	liczenie stanow	stock count
pl	ukladanie grafiku	rostering
pl	ukladanie grafikow	rostering
pl	symulowac	simulation
pl	szkolen	training
pl	wdrozenie nowych pracownikow	onboarding
pl	wdrazanie nowych pracownikow	onboarding
pl	wdrozenie pracownika	onboarding
pl	otwartozrodlowy	open source
pl	otwartozrodlowe	open source
pl	zgode	consent
pl	zgod	consent
pl	badan	research
pl	badac	research
pl	zbadac	research
pl	publikacje	publication
pl	publikowac	publication
pl	opublikowac	publication
pl	mape	map
pl	mapke	map
pl	ktos	anyone
pl	czy ktos	anyone
pl	czy ktos wie	does anyone know
pl	ktos wie	does anyone know
pl	czy ktos zna	does anyone know
pl	ktos zna	does anyone know
pl	wie ktos	does anyone know
pl	zna ktos	does anyone know
pl	czy ktos sie zna	anyone expert
pl	ktos sie zna	anyone expert
pl	zna sie ktos	anyone expert
pl	kto sie zna	anyone expert
pl	kto sie zna na	anyone expert
pl	czy ktos mial	anyone experience
pl	czy ktos robil	anyone experience
pl	pomysl	idea
pl	pomyslu	idea
pl	pomyslem	idea
pl	pomysle	idea
pl	pomysly	ideas
pl	pomyslow	ideas
pl	pomyslami	ideas
pl	doradzic	advise
pl	doradzcie	advise
pl	poradzic	advise
pl	porade	advice
pl	wskazowki	advice
pl	wskazowka	advice
pl	polecic	recommend
pl	oplaca sie	worth it
pl	czy oplaca sie	worth it
pl	czy sie oplaca	worth it
pl	oplacaloby sie	worth it
pl	czy to sie oplaca	worth it
pl	czy da sie	is it possible
pl	czy mozna	is it possible
pl	czy jest mozliwe	is it possible
pl	czy daloby sie	is it possible
pl	czy istnieje mozliwosc	is it possible
pl	da sie	is it possible
pl	sposob	way
pl	sposobow	way
pl	zastanawiam sie	wondering
pl	zastanawiamy sie	wondering
en	just luck	significance statistics
en	pure chance	significance statistics
en	real effect	significance statistics
en	enough data to say	sample size statistics
en	enough cases	sample size statistics
en	how many people to ask	sample size survey
en	compare two groups	comparison statistics
en	compare two methods	comparison experiment design
en	fair comparison	experiment design
en	set up a trial	experiment design
en	before and after comparison	experiment design statistics
en	without counting everything	sampling statistics
en	which factors matter	regression statistics
en	go hand in hand	correlation statistics
en	average and spread	statistics variance
en	which orders will be late	prediction machine learning
en	likely to fail	prediction maintenance
en	before it breaks down	predictive maintenance
en	how much will we need	forecast demand
en	learn from data	machine learning
en	recognise in photos	computer vision
en	detect defects automatically	computer vision inspection
en	read invoices automatically	document processing ocr
en	sort emails automatically	text classification nlp
en	waiting too long	queue waiting time
en	piles up	bottleneck process
en	gets stuck	bottleneck process
en	too many handovers	process handover
en	redo the work	rework process
en	wasting time	waste process
en	searching for things	waste lean
en	double work	duplicate work process
en	simplify the procedure	process improvement
en	why it takes so long	lead time process
en	one by one	manual automation
en	copying data between systems	data integration
en	same email every day	email automation
en	fill forms automatically	form automation
en	connect two systems	integration api
en	overview for management	dashboard report
en	summary for management	report summary
en	screen on the wall	dashboard display
en	live status screen	dashboard monitoring
en	so management understands	visualisation presentation
en	chart for the paper	visualisation chart publication
en	figure for a poster	visualisation chart
en	informal networks	network analysis
en	communication between teams	communication network analysis
en	work in silos	collaboration network analysis
en	measure temperature	sensors monitoring
en	door left open	sensors monitoring
en	where are our vehicles	gps tracking
en	gps tracker	tracking sensors
en	co2 of transport	emissions transport
en	save electricity	energy efficiency
en	energy use	energy consumption
en	throw away less	waste reduction sustainability
en	plan the routes	route optimisation
en	fewer kilometres	route optimisation
en	fill the trucks	load optimisation
en	where to put a warehouse	location analysis
en	on a map	map location geographic
en	make the roster	scheduling rostering
en	book appointments	scheduling appointments
en	fit all constraints	scheduling optimisation
en	use rooms better	capacity utilisation
en	one central place	database
en	too many spreadsheets	database
en	duplicate rows	data cleaning deduplication
en	combine tables	data integration
en	free alternative	open source
en	contribute a fix	open source contribution
en	can we use this tool	licence
en	licence conditions	open source licence
en	teach new staff	training onboarding
en	short videos	training video e-learning
en	online course	training e-learning
en	feedback form	survey feedback
en	may we use this data	privacy data protection
de	nur zufall	significance statistics
de	zufall oder nicht	significance statistics
de	genug daten	sample size statistics
de	zwei gruppen vergleichen	comparison statistics
de	versuch aufsetzen	experiment design
de	welche faktoren	regression statistics
de	zusammenhang zwischen	correlation statistics
de	bedarf vorhersagen	forecast demand
de	ausfälle vorhersagen	predictive maintenance
de	aus daten lernen	machine learning
de	auf fotos erkennen	computer vision
de	rechnungen automatisch auslesen	document processing ocr
de	mails automatisch zuordnen	text classification nlp
de	wartezeit	queue waiting time
de	staut sich	bottleneck process
de	zu viele schritte	process improvement
de	zu viele übergaben	process handover
de	doppelte arbeit	duplicate work process
de	ablauf vereinfachen	process improvement
de	warum dauert das so lange	lead time process
de	daten abtippen	manual data entry automation
de	zwischen systemen kopieren	data integration
de	jeden tag dieselbe mail	email automation
de	automatisch ausfüllen	form automation
de	zwei systeme verbinden	integration api
de	überblick für die geschäftsleitung	dashboard report
de	bildschirm an der wand	dashboard display
de	grafik für das paper	visualisation chart publication
de	informelle netzwerke	network analysis
de	temperatur messen	sensors monitoring
de	fahrzeuge orten	gps tracking
de	co2 bilanz	emissions sustainability
de	strom sparen	energy efficiency
de	weniger abfall	waste reduction sustainability
de	touren planen	route optimisation
de	lkw auslasten	load optimisation
de	termine vergeben	scheduling appointments
de	räume besser auslasten	capacity utilisation
de	zentrale datenbank	database
de	doppelte einträge	data cleaning deduplication
de	kostenlose alternative	open source
de	lizenzbedingungen	open source licence
de	neue mitarbeiter einarbeiten	training onboarding
de	personenbezogene daten	privacy data protection
de	einwilligung	privacy consent
de	anonymisieren	anonymisation privacy
de	dsgvo	privacy data protection
fr	juste de la chance	significance statistics
fr	par hasard	significance statistics
fr	assez de données	sample size statistics
fr	comparer deux groupes	comparison statistics
fr	essai pilote	experiment design
fr	quels facteurs	regression statistics
fr	prédire les retards	prediction machine learning
fr	anticiper les pannes	predictive maintenance
fr	apprendre des données	machine learning
fr	reconnaître sur les photos	computer vision
fr	lire les factures automatiquement	document processing ocr
fr	trier les mails	text classification nlp
fr	on attend trop	queue waiting time
fr	ça coince	bottleneck process
fr	trop de transferts	process handover
fr	double saisie	duplicate work data entry
fr	refaire le travail	rework process
fr	perte de temps	waste process
fr	simplifier la procédure	process improvement
fr	pourquoi ça prend si longtemps	lead time process
fr	copier coller	manual data entry automation
fr	même mail tous les jours	email automation
fr	remplir automatiquement	form automation
fr	connecter deux systèmes	integration api
fr	synthèse pour la direction	report summary
fr	écran mural	dashboard display
fr	graphique pour le poster	visualisation chart
fr	réseaux informels	network analysis
fr	mesurer la température	sensors monitoring
fr	localiser les véhicules	gps tracking
fr	empreinte carbone	emissions sustainability
fr	consommation énergétique	energy consumption
fr	réduire les déchets	waste reduction sustainability
fr	planifier les tournées	route optimisation
fr	remplir les camions	load optimisation
fr	nouvel entrepôt	location analysis
fr	sur une carte	map location geographic
fr	prise de rendez vous	scheduling appointments
fr	emploi du temps	scheduling timetable
fr	occupation des salles	capacity utilisation
fr	base de données centrale	database
fr	alternative gratuite	open source
fr	conditions de licence	open source licence
fr	formation en ligne	training e-learning
fr	données personnelles	privacy data protection
fr	consentement	privacy consent
fr	anonymiser	anonymisation privacy
es	pura suerte	significance statistics
es	por azar	significance statistics
es	es significativo	significance statistics
es	suficientes datos	sample size statistics
es	comparar dos grupos	comparison statistics
es	prueba piloto	experiment design
es	qué factores influyen	regression statistics
es	prever la demanda	forecast demand
es	predecir retrasos	prediction machine learning
es	anticipar averías	predictive maintenance
es	aprender de los datos	machine learning
es	reconocer en fotos	computer vision
es	leer facturas automáticamente	document processing ocr
es	clasificar correos	text classification nlp
es	tiempo de espera	queue waiting time
es	cuello de botella	bottleneck process
es	demasiados pasos	process improvement
es	trabajo duplicado	duplicate work process
es	pérdida de tiempo	waste process
es	simplificar el procedimiento	process improvement
es	por qué tarda tanto	lead time process
es	copiar y pegar	manual data entry automation
es	mismo correo cada día	email automation
es	rellenar formularios automáticamente	form automation
es	conectar dos sistemas	integration api
es	resumen para la dirección	report summary
es	pantalla en la pared	dashboard display
es	gráfico para el artículo	visualisation chart publication
es	redes informales	network analysis
es	medir la temperatura	sensors monitoring
es	localizar vehículos	gps tracking
es	huella de carbono	emissions sustainability
es	ahorrar electricidad	energy efficiency
es	consumo de energía	energy consumption
es	reducir residuos	waste reduction sustainability
es	planificar rutas	route optimisation
es	llenar los camiones	load optimisation
es	nuevo almacén	location analysis
es	en un mapa	map location geographic
es	gestionar citas	scheduling appointments
es	ocupación de camas	capacity utilisation
es	base de datos central	database
es	filas duplicadas	data cleaning deduplication
es	alternativa gratuita	open source
es	condiciones de licencia	open source licence
es	formar al personal nuevo	training onboarding
es	curso en línea	training e-learning
es	datos personales	privacy data protection
es	consentimiento	privacy consent
es	anonimizar	anonymisation privacy
nl	puur toeval	significance statistics
nl	significant	significance statistics
nl	genoeg data	sample size statistics
nl	twee groepen vergelijken	comparison statistics
nl	proef opzetten	experiment design
nl	welke factoren	regression statistics
nl	verband tussen	correlation statistics
nl	vraag voorspellen	forecast demand
nl	volgende maand nodig	forecast demand
nl	storingen voorspellen	predictive maintenance
nl	leren van data	machine learning
nl	herkennen op fotos	computer vision
nl	facturen automatisch inlezen	document processing ocr
nl	mails sorteren	text classification nlp
nl	wachttijd	queue waiting time
nl	te veel stappen	process improvement
nl	te veel overdrachten	process handover
nl	dubbel werk	duplicate work process
nl	tijdverspilling	waste process
nl	procedure vereenvoudigen	process improvement
nl	waarom duurt het zo lang	lead time process
nl	overtypen	manual data entry automation
nl	elke dag dezelfde mail	email automation
nl	automatisch invullen	form automation
nl	twee systemen koppelen	integration api
nl	overzicht voor het management	dashboard report
nl	scherm aan de muur	dashboard display
nl	grafiek voor de poster	visualisation chart
nl	informele netwerken	network analysis
nl	temperatuur meten	sensors monitoring
nl	voertuigen volgen	gps tracking
nl	co2 uitstoot	emissions sustainability
nl	stroom besparen	energy efficiency
nl	minder afval	waste reduction sustainability
nl	ritten plannen	route optimisation
nl	vrachtwagens vullen	load optimisation
nl	nieuwe vestiging	location analysis
nl	rooster maken	scheduling rostering
nl	afspraken plannen	scheduling appointments
nl	centrale database	database
nl	dubbele regels	data cleaning deduplication
nl	gratis alternatief	open source
nl	licentievoorwaarden	open source licence
nl	nieuwe collegas inwerken	training onboarding
nl	online cursus	training e-learning
nl	persoonsgegevens	privacy data protection
nl	toestemming	privacy consent
nl	anonimiseren	anonymisation privacy
it	solo fortuna	significance statistics
it	è significativo	significance statistics
it	abbastanza dati	sample size statistics
it	confrontare due gruppi	comparison statistics
it	test pilota	experiment design
it	quali fattori	regression statistics
it	prevedere la domanda	forecast demand
it	prevedere i ritardi	prediction machine learning
it	prevedere i guasti	predictive maintenance
it	imparare dai dati	machine learning
it	riconoscere nelle foto	computer vision
it	leggere le fatture	document processing ocr
it	smistare le email	text classification nlp
it	tempi di attesa	queue waiting time
it	collo di bottiglia	bottleneck process
it	troppi passaggi	process improvement
it	lavoro doppio	duplicate work process
it	rifare il lavoro	rework process
it	perdita di tempo	waste process
it	semplificare la procedura	process improvement
it	perché ci vuole così tanto	lead time process
it	copia incolla	manual data entry automation
it	stessa email ogni giorno	email automation
it	compilare automaticamente	form automation
it	collegare due sistemi	integration api
it	riepilogo per la direzione	report summary
it	schermo a parete	dashboard display
it	grafico per il poster	visualisation chart
it	reti informali	network analysis
it	misurare la temperatura	sensors monitoring
it	localizzare i veicoli	gps tracking
it	impronta di carbonio	emissions sustainability
it	risparmiare energia	energy efficiency
it	ridurre i rifiuti	waste reduction sustainability
it	pianificare i giri	route optimisation
it	riempire i camion	load optimisation
it	nuovo magazzino	location analysis
it	turni del personale	scheduling shifts
it	fissare appuntamenti	scheduling appointments
it	orario delle lezioni	scheduling timetable
it	database centrale	database
it	righe duplicate	data cleaning deduplication
it	alternativa gratuita	open source
it	condizioni di licenza	open source licence
it	formare i nuovi assunti	training onboarding
it	corso online	training e-learning
it	dati personali	privacy data protection
it	consenso informato	privacy consent
it	anonimizzare	anonymisation privacy
sv	bara tur	significance statistics
sv	signifikant	significance statistics
sv	tillräckligt med data	sample size statistics
sv	jämföra två grupper	comparison statistics
sv	pilotförsök	experiment design
sv	vilka faktorer	regression statistics
sv	samband mellan	correlation statistics
sv	prognos för efterfrågan	forecast demand
sv	behov nästa månad	forecast demand
sv	förutse haverier	predictive maintenance
sv	lära av data	machine learning
sv	känna igen på bilder	computer vision
sv	läsa fakturor automatiskt	document processing ocr
sv	sortera mejl	text classification nlp
sv	väntetid	queue waiting time
sv	flaskhals	bottleneck process
sv	var det fastnar	bottleneck process
sv	för många steg	process improvement
sv	dubbelarbete	duplicate work process
sv	göra om arbetet	rework process
sv	slöseri med tid	waste process
sv	förenkla rutinen	process improvement
sv	tar så lång tid	lead time process
sv	kopiera mellan system	data integration
sv	samma mejl varje dag	email automation
sv	fylla i automatiskt	form automation
sv	koppla ihop system	integration api
sv	sammanställning för ledningen	report summary
sv	skärm på väggen	dashboard display
sv	diagram till artikeln	visualisation chart publication
sv	informella nätverk	network analysis
sv	mäta temperatur	sensors monitoring
sv	spåra fordon	gps tracking
sv	klimatavtryck	emissions sustainability
sv	spara el	energy efficiency
sv	minska avfall	waste reduction sustainability
sv	planera rutter	route optimisation
sv	fylla lastbilarna	load optimisation
sv	på en karta	map location geographic
sv	boka tider	scheduling appointments
sv	beläggningsgrad	capacity utilisation
sv	central databas	database
sv	licensvillkor	open source licence
sv	introducera nyanställda	training onboarding
sv	onlinekurs	training e-learning
sv	personuppgifter	privacy data protection
sv	samtycke	privacy consent
sv	anonymisera	anonymisation privacy
pt	pura sorte	significance statistics
pt	é significativo	significance statistics
pt	dados suficientes	sample size statistics
pt	comparar dois grupos	comparison statistics
pt	teste piloto	experiment design
pt	quais fatores	regression statistics
pt	prever a procura	forecast demand
pt	prever a demanda	forecast demand
pt	prever atrasos	prediction machine learning
pt	prever avarias	predictive maintenance
pt	aprender com os dados	machine learning
pt	reconhecer em fotos	computer vision
pt	ler faturas automaticamente	document processing ocr
pt	classificar emails	text classification nlp
pt	tempo de espera	queue waiting time
pt	gargalo	bottleneck process
pt	demasiados passos	process improvement
pt	trabalho duplicado	duplicate work process
pt	retrabalho	rework process
pt	perda de tempo	waste process
pt	simplificar o procedimento	process improvement
pt	porque demora tanto	lead time process
pt	copiar e colar	manual data entry automation
pt	mesmo email todos os dias	email automation
pt	preencher automaticamente	form automation
pt	ligar dois sistemas	integration api
pt	resumo para a direção	report summary
pt	painel de indicadores	dashboard kpi
pt	ecrã na parede	dashboard display
pt	gráfico para o artigo	visualisation chart publication
pt	redes informais	network analysis
pt	medir a temperatura	sensors monitoring
pt	localizar veículos	gps tracking
pt	pegada de carbono	emissions sustainability
pt	poupar energia	energy efficiency
pt	reduzir resíduos	waste reduction sustainability
pt	planear rotas	route optimisation
pt	planejar rotas	route optimisation
pt	encher os camiões	load optimisation
pt	novo armazém	location analysis
pt	num mapa	map location geographic
pt	marcar consultas	scheduling appointments
pt	base de dados central	database
pt	linhas duplicadas	data cleaning deduplication
pt	alternativa gratuita	open source
pt	formar novos colaboradores	training onboarding
pt	curso online	training e-learning
pt	dados pessoais	privacy data protection
pt	consentimento	privacy consent
pt	anonimizar	anonymisation privacy
pl	czysty przypadek	significance statistics
pl	istotne statystycznie	significance statistics
pl	wystarczająco danych	sample size statistics
pl	próba losowa	sampling statistics
pl	porównać dwie grupy	comparison statistics
pl	test pilotażowy	experiment design
pl	jakie czynniki	regression statistics
pl	margines błędu	confidence interval statistics
pl	prognoza popytu	forecast demand
pl	przewidzieć zapotrzebowanie	forecast demand
pl	przewidzieć awarie	predictive maintenance
pl	uczyć się z danych	machine learning
pl	rozpoznawać na zdjęciach	computer vision
pl	odczytywać faktury	document processing ocr
pl	sortować maile	text classification nlp
pl	gdzie to utyka	bottleneck process
pl	za dużo kroków	process improvement
pl	podwójna praca	duplicate work process
pl	robić od nowa	rework process
pl	strata czasu	waste process
pl	uprościć procedurę	process improvement
pl	dlaczego to trwa tak długo	lead time process
pl	kopiować między systemami	data integration
pl	ten sam mail codziennie	email automation
pl	automatycznie wypełniać	form automation
pl	połączyć dwa systemy	integration api
pl	podsumowanie dla zarządu	report summary
pl	ekran na ścianie	dashboard display
pl	wykres do artykułu	visualisation chart publication
pl	kto z kim pracuje	collaboration network analysis
pl	nieformalne sieci	network analysis
pl	mierzyć temperaturę	sensors monitoring
pl	lokalizacja pojazdów	gps tracking
pl	ślad węglowy	emissions sustainability
pl	oszczędzać prąd	energy efficiency
pl	mniej odpadów	waste reduction sustainability
pl	załadunek ciężarówek	load optimisation
pl	na mapie	map location geographic
pl	grafik dyżurów	scheduling rostering
pl	umawianie wizyt	scheduling appointments
pl	obłożenie łóżek	capacity utilisation
pl	centralna baza danych	database
pl	zduplikowane wiersze	data cleaning deduplication
pl	darmowa alternatywa	open source
pl	warunki licencji	open source licence
pl	odsetek odpowiedzi	survey response rate
pl	zgoda na przetwarzanie	privacy consent
en	is that just luck	statistics significance sampling
en	monday rush	forecast prediction demand
en	predict demand	forecast prediction demand
en	spot anomalies	anomaly detection machine learning
en	build a dashboard	dashboard report kpi
en	kpi overview	dashboard report kpi
en	visualise the data	data visualisation chart dashboard
en	copy by hand	automation manual repetitive
en	by hand every day	automation manual repetitive
en	repetitive tasks	automation manual repetitive
en	collaboration network	network analysis collaboration
en	which licence	open source licence
en	gpl licence	open source licence
en	geocode addresses	gis map geocoding
en	where time is lost	bottleneck process lean
en	waiting times	process improvement handover waiting
en	handover problems	process improvement handover waiting
en	truck telematics	sensor telematics tracking
en	temperature logger	iot sensor monitoring
en	sensor data	iot sensor monitoring
en	e-learning module	training e-learning course
en	co2 emissions	emissions carbon sustainability
en	user interviews	usability research interviews
en	usability test	usability research interviews
en	build a website	web development website frontend
en	landing page	web development website frontend
en	move to the cloud	cloud architecture migration
en	cloud migration	cloud architecture migration
en	free-text comments	text mining nlp
en	excel formula	spreadsheet excel formula
en	project plan	project planning schedule
en	ci pipeline	pipeline deployment ci
en	deploy automatically	pipeline deployment ci
en	rest api	api integration interface
en	app without coding	low-code app
en	brainstorming session	workshop brainstorming ideation
en	ideation workshop	workshop brainstorming ideation
en	delivery routes	route planning optimisation
en	truck utilisation	load planning optimisation
en	patient consent	privacy gdpr consent
en	questionnaire design	survey design questionnaire
en	shift roster	scheduling optimisation roster
en	hl7 messages	interoperability hl7 fhir exchange
en	fhir	interoperability hl7 fhir exchange
en	share our data	open science data sharing
en	reproduce results	research software reproducible
en	research code	research software reproducible
en	sequencing data	sequencing genomics bioinformatics
en	ct scans	medical imaging ai radiology
en	segment tumours	image analysis deep learning
en	patient safety	patient safety incident quality
en	near misses	patient safety incident quality
en	quality improvement	quality improvement safety
de	ist das zufall	statistics significance sampling
de	montagsansturm	forecast prediction demand
de	auffälligkeiten erkennen	anomaly detection machine learning
de	dashboard erstellen	dashboard report kpi
de	daten visualisieren	data visualisation chart dashboard
de	händisch kopieren	automation manual repetitive
de	jeden tag manuell	automation manual repetitive
de	wer redet mit wem	network analysis collaboration
de	open-source-lizenz	open source licence
de	engpass im prozess	bottleneck process lean
de	wartezeiten	process improvement handover waiting
de	übergaben	process improvement handover waiting
de	telematik	sensor telematics tracking
de	sensordaten	iot sensor monitoring
de	tabellen verknüpfen	sql database query
de	onlinekurs	training e-learning course
de	nutzerinterviews	usability research interviews
de	usability-test	usability research interviews
de	webseite erstellen	web development website frontend
de	webentwicklung	web development website frontend
de	in die cloud	cloud architecture migration
de	cloud-migration	cloud architecture migration
de	bedrohungsmodell	security design threat
de	sicherheitsarchitektur	security design threat
de	freitext auswerten	text mining nlp
de	excel-formel	spreadsheet excel formula
de	sverweis	spreadsheet excel formula
de	projektplan	project planning schedule
de	meilensteine	project planning schedule
de	screenreader	accessibility screen reader
de	deployment-pipeline	pipeline deployment ci
de	automatisch deployen	pipeline deployment ci
de	schnittstelle bauen	api integration interface
de	systeme anbinden	api integration interface
de	low-code	low-code app
de	app ohne programmieren	low-code app
de	ideenworkshop	workshop brainstorming ideation
de	brainstorming	workshop brainstorming ideation
de	beladungsplanung	load planning optimisation
de	hl7	interoperability hl7 fhir exchange
de	fhir	interoperability hl7 fhir exchange
de	forschungsdaten teilen	open science data sharing
de	forschungssoftware	research software reproducible
de	mrt-bilder	medical imaging ai radiology
de	bildanalyse ki	image analysis deep learning
de	patientensicherheit	patient safety incident quality
de	qualitätsverbesserung	quality improvement safety
fr	juste le hasard	statistics significance sampling
fr	anticiper les volumes	forecast prediction demand
fr	détecter les anomalies	anomaly detection machine learning
fr	visualiser les données	data visualisation chart dashboard
fr	copier à la main	automation manual repetitive
fr	qui parle à qui	network analysis collaboration
fr	licence open source	open source licence
fr	géocoder les adresses	gis map geocoding
fr	goulot d'étranglement	bottleneck process lean
fr	temps d'attente	process improvement handover waiting
fr	passation de consignes	process improvement handover waiting
fr	télématique	sensor telematics tracking
fr	traceur gps	sensor telematics tracking
fr	capteurs connectés	iot sensor monitoring
fr	bilan carbone	emissions carbon sustainability
fr	entretiens utilisateurs	usability research interviews
fr	créer un site	web development website frontend
fr	développement web	web development website frontend
fr	passer au cloud	cloud architecture migration
fr	modèle de menace	security design threat
fr	texte libre	text mining nlp
fr	formule excel	spreadsheet excel formula
fr	tableau croisé dynamique	spreadsheet excel formula
fr	gestion de projet	project planning schedule
fr	diagramme de gantt	project planning schedule
fr	lecteur d'écran	accessibility screen reader
fr	malvoyants	accessibility disability inclusive
fr	intégration continue	pipeline deployment ci
fr	interfacer deux logiciels	api integration interface
fr	api rest	api integration interface
fr	low-code	low-code app
fr	application sans coder	low-code app
fr	remue-méninges	workshop brainstorming ideation
fr	atelier d'idéation	workshop brainstorming ideation
fr	tournées de livraison	route planning optimisation
fr	rgpd	privacy gdpr consent
fr	planning des gardes	scheduling optimisation roster
fr	hl7	interoperability hl7 fhir exchange
fr	interopérabilité	interoperability hl7 fhir exchange
fr	partage des données	open science data sharing
fr	logiciel de recherche	research software reproducible
fr	bio-informatique	sequencing genomics bioinformatics
fr	imagerie médicale	medical imaging ai radiology
fr	images irm	medical imaging ai radiology
fr	sécurité des patients	patient safety incident quality
fr	événement indésirable	patient safety incident quality
fr	amélioration de la qualité	quality improvement safety
es	pura casualidad	statistics significance sampling
es	estadísticamente significativo	statistics significance sampling
es	predecir la demanda	forecast prediction demand
es	detectar anomalías	anomaly detection machine learning
es	visualizar datos	data visualisation chart dashboard
es	copiar a mano	automation manual repetitive
es	quién habla con quién	network analysis collaboration
es	software libre	open source licence
es	tiempos de espera	process improvement handover waiting
es	traspaso de pacientes	process improvement handover waiting
es	telemática	sensor telematics tracking
es	localizador gps	sensor telematics tracking
es	sensores iot	iot sensor monitoring
es	cruzar tablas	sql database query
es	formación online	training e-learning course
es	entrevistas con usuarios	usability research interviews
es	prueba de usabilidad	usability research interviews
es	crear una web	web development website frontend
es	desarrollo web	web development website frontend
es	migrar a la nube	cloud architecture migration
es	modelo de amenazas	security design threat
es	texto libre	text mining nlp
es	fórmula de excel	spreadsheet excel formula
es	tabla dinámica	spreadsheet excel formula
es	gestión de proyectos	project planning schedule
es	diagrama de gantt	project planning schedule
es	lector de pantalla	accessibility screen reader
es	personas ciegas	accessibility disability inclusive
es	integración continua	pipeline deployment ci
es	conectar sistemas	api integration interface
es	api rest	api integration interface
es	low-code	low-code app
es	app sin programar	low-code app
es	lluvia de ideas	workshop brainstorming ideation
es	optimizar rutas	route planning optimisation
es	rgpd	privacy gdpr consent
es	hl7	interoperability hl7 fhir exchange
es	interoperabilidad	interoperability hl7 fhir exchange
es	compartir datos	open science data sharing
es	software de investigación	research software reproducible
es	imagen médica	medical imaging ai radiology
es	imágenes de resonancia	medical imaging ai radiology
es	seguridad del paciente	patient safety incident quality
es	eventos adversos	patient safety incident quality
es	mejora de la calidad	quality improvement safety
nl	significant verschil	statistics significance sampling
nl	maandagdrukte	forecast prediction demand
nl	afwijkingen detecteren	anomaly detection machine learning
nl	dashboard maken	dashboard report kpi
nl	data visualiseren	data visualisation chart dashboard
nl	handmatig overtypen	automation manual repetitive
nl	repetitief werk	automation manual repetitive
nl	wie met wie	network analysis collaboration
nl	wie praat met wie	network analysis collaboration
nl	opensourcelicentie	open source licence
nl	geodata	gis map geocoding
nl	knelpunt	bottleneck process lean
nl	wachttijden	process improvement handover waiting
nl	overdrachten	process improvement handover waiting
nl	telematica	sensor telematics tracking
nl	gps-tracker	sensor telematics tracking
nl	sensordata	iot sensor monitoring
nl	sql-query	sql database query
nl	tabellen koppelen	sql database query
nl	e-learning	training e-learning course
nl	gebruikersonderzoek	usability research interviews
nl	website bouwen	web development website frontend
nl	webontwikkeling	web development website frontend
nl	naar de cloud	cloud architecture migration
nl	dreigingsmodel	security design threat
nl	vrije tekst	text mining nlp
nl	excel-formule	spreadsheet excel formula
nl	draaitabel	spreadsheet excel formula
nl	projectplanning	project planning schedule
nl	schermlezer	accessibility screen reader
nl	automatisch deployen	pipeline deployment ci
nl	systemen koppelen	api integration interface
nl	api-koppeling	api integration interface
nl	low-code	low-code app
nl	app zonder programmeren	low-code app
nl	brainstormsessie	workshop brainstorming ideation
nl	avg	privacy gdpr consent
nl	toestemming patiënt	privacy gdpr consent
nl	enquête opstellen	survey design questionnaire
nl	hl7	interoperability hl7 fhir exchange
nl	fhir	interoperability hl7 fhir exchange
nl	open science	open science data sharing
nl	data delen	open science data sharing
nl	onderzoekssoftware	research software reproducible
nl	sequencing	sequencing genomics bioinformatics
nl	medische beelden	medical imaging ai radiology
nl	mri-beelden	medical imaging ai radiology
nl	patiëntveiligheid	patient safety incident quality
nl	vim-melding	patient safety incident quality
nl	kwaliteitsverbetering	quality improvement safety
it	solo un caso	statistics significance sampling
it	prevedere i volumi	forecast prediction demand
it	rilevare anomalie	anomaly detection machine learning
it	copiare a mano	automation manual repetitive
it	chi parla con chi	network analysis collaboration
it	software libero	open source licence
it	passaggio di consegne	process improvement handover waiting
it	telematica	sensor telematics tracking
it	localizzatore gps	sensor telematics tracking
it	sensori iot	iot sensor monitoring
it	unire tabelle	sql database query
it	data warehouse	data warehouse database model
it	formazione online	training e-learning course
it	consumi energetici	energy consumption sustainability
it	interviste agli utenti	usability research interviews
it	test di usabilità	usability research interviews
it	creare un sito	web development website frontend
it	sviluppo web	web development website frontend
it	passare al cloud	cloud architecture migration
it	modello delle minacce	security design threat
it	testo libero	text mining nlp
it	formula excel	spreadsheet excel formula
it	tabella pivot	spreadsheet excel formula
it	gestione progetti	project planning schedule
it	diagramma di gantt	project planning schedule
it	lettore di schermo	accessibility screen reader
it	non vedenti	accessibility disability inclusive
it	integrazione continua	pipeline deployment ci
it	api rest	api integration interface
it	low-code	low-code app
it	app senza programmare	low-code app
it	brainstorming	workshop brainstorming ideation
it	ottimizzazione percorsi	route planning optimisation
it	gdpr	privacy gdpr consent
it	pianificazione turni	scheduling optimisation roster
it	hl7	interoperability hl7 fhir exchange
it	interoperabilità	interoperability hl7 fhir exchange
it	condivisione dati	open science data sharing
it	software di ricerca	research software reproducible
it	imaging medico	medical imaging ai radiology
it	immagini tac	medical imaging ai radiology
it	sicurezza del paziente	patient safety incident quality
it	eventi avversi	patient safety incident quality
it	miglioramento della qualità	quality improvement safety
sv	bara slumpen	statistics significance sampling
sv	signifikant skillnad	statistics significance sampling
sv	förutsäga efterfrågan	forecast prediction demand
sv	upptäcka avvikelser	anomaly detection machine learning
sv	bygga dashboard	dashboard report kpi
sv	visualisera data	data visualisation chart dashboard
sv	kopiera manuellt	automation manual repetitive
sv	repetitiva uppgifter	automation manual repetitive
sv	vem pratar med vem	network analysis collaboration
sv	geodata	gis map geocoding
sv	väntetider	process improvement handover waiting
sv	överlämningar	process improvement handover waiting
sv	telematik	sensor telematics tracking
sv	gps-spårning	sensor telematics tracking
sv	sensordata	iot sensor monitoring
sv	koppla ihop tabeller	sql database query
sv	webbutbildning	training e-learning course
sv	användarintervjuer	usability research interviews
sv	användbarhetstest	usability research interviews
sv	bygga hemsida	web development website frontend
sv	webbutveckling	web development website frontend
sv	flytta till molnet	cloud architecture migration
sv	hotmodell	security design threat
sv	excelformel	spreadsheet excel formula
sv	letarad	spreadsheet excel formula
sv	projektplan	project planning schedule
sv	skärmläsare	accessibility screen reader
sv	kontinuerlig integration	pipeline deployment ci
sv	systemintegration	api integration interface
sv	low-code	low-code app
sv	utan att koda	low-code app
sv	idéworkshop	workshop brainstorming ideation
sv	gdpr	privacy gdpr consent
sv	hl7	interoperability hl7 fhir exchange
sv	interoperabilitet	interoperability hl7 fhir exchange
sv	dela forskningsdata	open science data sharing
sv	forskningsmjukvara	research software reproducible
sv	medicinska bilder	medical imaging ai radiology
sv	röntgenbilder	medical imaging ai radiology
sv	patientsäkerhet	patient safety incident quality
sv	avvikelserapport	patient safety incident quality
sv	vårdskada	patient safety incident quality
sv	kvalitetsförbättring	quality improvement safety
pt	estatisticamente significativo	statistics significance sampling
pt	detectar anomalias	anomaly detection machine learning
pt	quem fala com quem	network analysis collaboration
pt	software livre	open source licence
pt	no mapa	map geographic location
pt	passagem de turno	process improvement handover waiting
pt	telemetria	sensor telematics tracking
pt	rastreador gps	sensor telematics tracking
pt	sensores iot	iot sensor monitoring
pt	cruzar tabelas	sql database query
pt	data warehouse	data warehouse database model
pt	entrevistas com usuários	usability research interviews
pt	teste de usabilidade	usability research interviews
pt	criar um site	web development website frontend
pt	desenvolvimento web	web development website frontend
pt	migrar para nuvem	cloud architecture migration
pt	arquitetura em nuvem	cloud architecture migration
pt	modelo de ameaças	security design threat
pt	texto livre	text mining nlp
pt	fórmula do excel	spreadsheet excel formula
pt	tabela dinâmica	spreadsheet excel formula
pt	gestão de projetos	project planning schedule
pt	cronograma do projeto	project planning schedule
pt	leitor de tela	accessibility screen reader
pt	leitor de ecrã	accessibility screen reader
pt	integração contínua	pipeline deployment ci
pt	deploy automático	pipeline deployment ci
pt	integrar sistemas	api integration interface
pt	api rest	api integration interface
pt	low-code	low-code app
pt	app sem programar	low-code app
pt	chuva de ideias	workshop brainstorming ideation
pt	plano de carga	load planning optimisation
pt	lgpd	privacy gdpr consent
pt	escala de plantão	scheduling optimisation roster
pt	hl7	interoperability hl7 fhir exchange
pt	interoperabilidade	interoperability hl7 fhir exchange
pt	partilha de dados	open science data sharing
pt	software de pesquisa	research software reproducible
pt	sequenciamento	sequencing genomics bioinformatics
pt	imagens médicas	medical imaging ai radiology
pt	segurança do paciente	patient safety incident quality
pt	eventos adversos	patient safety incident quality
pt	melhoria da qualidade	quality improvement safety
pl	próba badawcza	statistics significance sampling
pl	grupa kontrolna	experiment ab-test statistics
pl	przewidzieć popyt	forecast prediction demand
pl	wykrywanie anomalii	anomaly detection machine learning
pl	wskaźniki kpi	dashboard report kpi
pl	wizualizacja danych	data visualisation chart dashboard
pl	ręcznie przepisywać	automation manual repetitive
pl	powtarzalne zadania	automation manual repetitive
pl	kto z kim	network analysis collaboration
pl	kto rozmawia z kim	network analysis collaboration
pl	licencja open source	open source licence
pl	dane przestrzenne	gis map geocoding
pl	przekazanie zmiany	process improvement handover waiting
pl	telematyka	sensor telematics tracking
pl	lokalizator gps	sensor telematics tracking
pl	czujniki iot	iot sensor monitoring
pl	zapytanie sql	sql database query
pl	łączenie tabel	sql database query
pl	hurtownia danych	data warehouse database model
pl	model danych	data warehouse database model
pl	zużycie energii	energy consumption sustainability
pl	wywiady z użytkownikami	usability research interviews
pl	testy użyteczności	usability research interviews
pl	strona internetowa	web development website frontend
pl	tworzenie stron	web development website frontend
pl	migracja do chmury	cloud architecture migration
pl	architektura chmurowa	cloud architecture migration
pl	model zagrożeń	security design threat
pl	analiza tekstu	text mining nlp
pl	odpowiedzi otwarte	text mining nlp
pl	formuła excel	spreadsheet excel formula
pl	tabela przestawna	spreadsheet excel formula
pl	zarządzanie projektem	project planning schedule
pl	harmonogram projektu	project planning schedule
pl	czytnik ekranu	accessibility screen reader
pl	dostępność cyfrowa	accessibility disability inclusive
pl	ciągła integracja	pipeline deployment ci
pl	integracja systemów	api integration interface
pl	połączyć systemy	api integration interface
pl	low-code	low-code app
pl	bez programowania	low-code app
pl	burza mózgów	workshop brainstorming ideation
pl	planowanie załadunku	load planning optimisation
pl	planowanie łóżek	bed planning capacity scheduling
pl	hl7	interoperability hl7 fhir exchange
pl	interoperacyjność	interoperability hl7 fhir exchange
pl	otwarta nauka	open science data sharing
pl	udostępnianie danych	open science data sharing
pl	odtwarzalność wyników	research software reproducible
pl	oprogramowanie badawcze	research software reproducible
pl	sekwencjonowanie	sequencing genomics bioinformatics
pl	bioinformatyka	sequencing genomics bioinformatics
pl	obrazowanie medyczne	medical imaging ai radiology
pl	bezpieczeństwo pacjenta	patient safety incident quality
pl	zdarzenia niepożądane	patient safety incident quality
pl	poprawa jakości	quality improvement safety
"""#

    /// `lang<TAB>fault|idea<TAB>phrase`: more intent cues. The later `idea` lines (how people
    /// ask for advice, an opinion, a method or permission, or propose something, in each
    /// language: "is it ok to", "dürfen wir", "qu'est-ce qu'on pourrait", "hoe pakken we")
    /// were written from general knowledge of chat in each language, never from a corpus.
    static let domainCueText = #"""
en	idea	is it worth
en	idea	how do we best
en	idea	any tips on
en	idea	has anyone tried
en	idea	how would you
en	idea	what would you recommend
en	idea	does anyone have experience
en	idea	worth looking into
en	idea	can we predict
en	idea	can we forecast
en	idea	how many needed
en	idea	is this significant
en	idea	which method
en	idea	what approach
en	idea	could someone look at
en	idea	any ideas how
en	idea	a smarter way
en	idea	can we map
en	idea	can we optimise
en	idea	can we optimize
en	fault	not refreshing
en	fault	refresh failed
en	fault	won't refresh
en	fault	no data showing
en	fault	query timed out
en	fault	license expired
en	fault	licence expired
de	idea	lohnt es sich
de	idea	lohnt sich das
de	idea	wie am besten vorgehen
de	idea	hat schon mal jemand
de	idea	hat jemand ideen
de	idea	gibt es eine möglichkeit
de	idea	wie könnte man
de	idea	kann man vorhersagen
de	idea	wie viele brauchen wir
de	idea	ist das signifikant
de	idea	weiß jemand
de	idea	irgendwelche ideen
de	idea	wäre es denkbar
de	idea	könnte man
de	fault	aktualisiert nicht
de	fault	wird nicht aktualisiert
de	fault	zeigt nichts an
de	fault	lizenz abgelaufen
de	fault	öffnet nicht
de	fault	geht nicht auf
fr	idea	ça vaut le coup
fr	idea	ça vaudrait le coup
fr	idea	quelqu'un a déjà
fr	idea	comment s'y prendre
fr	idea	des pistes
fr	idea	avez-vous des idées
fr	idea	y a moyen de
fr	idea	peut-on prévoir
fr	idea	comment mieux
fr	idea	vous conseillez quoi
fr	idea	est-il pertinent
fr	fault	pas mis à jour
fr	fault	ne s'actualise pas
fr	fault	n'affiche rien
fr	fault	ne s'ouvre pas
fr	fault	licence expirée
es	idea	vale la pena
es	idea	merece la pena
es	idea	alguien ha probado
es	idea	alguien ha mirado
es	idea	cómo podemos mejorar
es	idea	qué recomendáis
es	idea	qué recomiendan
es	idea	alguna idea
es	idea	se os ocurre
es	idea	tiene sentido
es	idea	cuál sería la mejor
es	idea	se puede predecir
es	fault	no se actualiza
es	fault	no muestra datos
es	fault	no se abre
es	fault	no abre
es	fault	licencia caducada
nl	idea	zou het schelen
nl	idea	is het de moeite
nl	idea	loont het
nl	idea	heeft iemand ideeën
nl	idea	heeft iemand al eens
nl	idea	hoe pakken we
nl	idea	hoe kunnen we beter
nl	idea	wat raden jullie aan
nl	idea	iemand tips
nl	idea	zou het helpen
nl	idea	kunnen we voorspellen
nl	fault	wordt niet bijgewerkt
nl	fault	ververst niet
nl	fault	toont niets
nl	fault	gaat niet open
nl	fault	licentie verlopen
it	idea	ci conviene
it	idea	qualcuno ha provato
it	idea	qualcuno ha mai
it	idea	come possiamo migliorare
it	idea	avete idee
it	idea	cosa consigliate
it	idea	ci sarebbe modo
it	idea	idee su come
it	idea	si può prevedere
it	fault	non si aggiorna
it	fault	non mostra
it	fault	non si apre
it	fault	licenza scaduta
sv	idea	är det värt
sv	idea	lönar det sig
sv	idea	har någon testat
sv	idea	har någon provat
sv	idea	hur gör vi bäst
sv	idea	vad rekommenderar ni
sv	idea	några idéer
sv	idea	några tips
sv	idea	finns det något sätt
sv	idea	kan man förutsäga
sv	fault	uppdateras inte
sv	fault	visar ingenting
sv	fault	öppnas inte
sv	fault	licensen har gått ut
pt	idea	vale a pena
pt	idea	alguém já testou
pt	idea	alguém já usou
pt	idea	como podemos melhorar
pt	idea	o que recomendam
pt	idea	alguma ideia
pt	idea	há forma de
pt	idea	existe forma de
pt	idea	qual a melhor
pt	idea	dá para prever
pt	fault	não atualiza
pt	fault	não mostra
pt	fault	não abre
pt	fault	licença expirada
en	fault	won't charge
en	fault	not charging
en	fault	won't boot
en	fault	won't load
en	fault	won't open
en	fault	won't sync
en	fault	not syncing
en	fault	no signal
en	fault	no dial tone
en	fault	can't print
en	fault	can't scan
en	fault	can't send
en	fault	can't receive
en	fault	keeps freezing
en	fault	keeps restarting
en	fault	black screen
en	fault	blue screen
en	fault	please unlock
en	fault	can you unlock
en	fault	someone stole
en	fault	got hacked
en	fault	clicked a link
en	fault	not beeping
en	fault	no reception
en	fault	not connecting
de	fault	geht nicht an
de	fault	geht nicht mehr an
de	fault	startet nicht mehr
de	fault	druckt nicht mehr
de	fault	lädt nicht mehr
de	fault	verbindet nicht
de	fault	verbindet sich nicht
de	fault	kein empfang
de	fault	kein wlan
de	fault	wlan geht nicht
de	fault	hängt fest
de	fault	zickt rum
de	fault	ruckelt ständig
de	fault	kein freizeichen
de	fault	bitte freischalten
de	fault	bitte entsperren
de	fault	brauche rechte
de	fault	bekomme keinen code
de	fault	lässt sich nicht installieren
de	fault	geht gar nichts
de	fault	bleibt schwarz
de	fault	kann nicht drucken
de	fault	kann nicht scannen
de	fault	piept nicht
de	fault	versehentlich gelöscht
fr	fault	ne s'allume plus
fr	fault	ne démarre plus
fr	fault	ne se connecte pas
fr	fault	ne capte pas
fr	fault	ne charge plus
fr	fault	n'imprime plus
fr	fault	ne scanne pas
fr	fault	ça bugue
fr	fault	plus de réseau
fr	fault	plus d'accès
fr	fault	ne répond plus
fr	fault	écran noir
fr	fault	impossible d'imprimer
fr	fault	impossible d'accéder
fr	fault	ne reçois pas
fr	fault	merci de débloquer
fr	fault	en rade
fr	fault	ne sonne pas
fr	fault	pas de tonalité
fr	fault	j'ai perdu
es	fault	no se enciende
es	fault	ya no enciende
es	fault	no conecta
es	fault	no se conecta
es	fault	no me llega
es	fault	no me llegan
es	fault	no tengo acceso
es	fault	no hay señal
es	fault	se apaga solo
es	fault	se reinicia
es	fault	no va nada
es	fault	se ha roto
es	fault	pantalla negra
es	fault	no escanea
es	fault	no lee
es	fault	me han robado
es	fault	he perdido
nl	fault	gaat niet meer aan
nl	fault	start niet meer
nl	fault	doet niks meer
nl	fault	kan niet printen
nl	fault	kan niet scannen
nl	fault	geen bereik
nl	fault	geen signaal
nl	fault	laadt niet op
nl	fault	valt steeds weg
nl	fault	het hapert
nl	fault	loopt steeds vast
nl	fault	krijg geen code
nl	fault	krijg een foutmelding
nl	fault	kan er niet bij
nl	fault	wil niet opstarten
nl	fault	zwart scherm
it	fault	non si accende più
it	fault	non si avvia
it	fault	non si connette
it	fault	non stampa più
it	fault	non legge
it	fault	non prende
it	fault	non c'è campo
it	fault	non c'è linea
it	fault	schermo nero
it	fault	non mi arriva
it	fault	non ricevo
it	fault	mi dà errore
it	fault	si è impallato
it	fault	si è piantato
it	fault	ho perso
sv	fault	startar inte längre
sv	fault	går inte igång
sv	fault	det strular
sv	fault	det krånglar
sv	fault	det laggar
sv	fault	det hackar
sv	fault	ingen täckning
sv	fault	laddar inte
sv	fault	kan inte skriva ut
sv	fault	får ingen kod
sv	fault	har gått sönder
sv	fault	svart skärm
sv	fault	har tappat
pt	fault	não liga mais
pt	fault	não conecta
pt	fault	não recebo
pt	fault	não chega
pt	fault	não tenho acesso
pt	fault	sem rede
pt	fault	sem sinal
pt	fault	desliga sozinho
pt	fault	tela preta
pt	fault	ecrã preto
pt	fault	deu erro
pt	fault	deu pau
pt	fault	bugou tudo
pt	fault	está travando
pt	fault	está travado
pt	fault	me roubaram
pl	fault	nie działa
pl	fault	przestał działać
pl	fault	nie mogę się zalogować
pl	fault	nie mogę się połączyć
pl	fault	nie mogę wejść
pl	fault	nie mogę otworzyć
pl	fault	nie mogę wydrukować
pl	fault	nie mogę wysłać
pl	fault	nie mam dostępu
pl	fault	brak dostępu
pl	fault	odmowa dostępu
pl	fault	zepsuł się
pl	fault	wyskakuje błąd
pl	fault	pojawia się błąd
pl	fault	proszę o instalację
pl	fault	proszę o dostęp
pl	fault	proszę o reset
pl	fault	potrzebuję dostępu
pl	fault	potrzebuję nowego
pl	fault	nie drukuje
pl	fault	nie łączy
pl	fault	nie łączy się
pl	fault	zawiesza się
pl	fault	wyłącza się
pl	fault	nie włącza się
pl	fault	nie odpowiada
pl	fault	nie ładuje
pl	fault	nie wysyła
pl	fault	konto zablokowane
pl	fault	hasło wygasło
pl	fault	zapomniałem hasła
pl	fault	padł
pl	fault	system leży
pl	fault	awaria
pl	fault	bardzo wolno
pl	fault	zacina się
pl	fault	zacięcie papieru
pl	fault	podejrzany mail
pl	fault	kliknąłem w link
pl	fault	nie otwiera się
pl	fault	nie uruchamia się
pl	fault	nie słychać
pl	fault	rozłącza się
pl	fault	brak internetu
pl	fault	pęknięty ekran
pl	fault	do wymiany
pl	fault	nie zapisuje
pl	idea	czy ktoś zna
pl	idea	czy ktoś się zna
pl	idea	czy ktoś wie
pl	idea	czy ktoś miał
pl	idea	czy ktoś robił
pl	idea	jak najlepiej
pl	idea	czy warto
pl	idea	czy da się
pl	idea	czy można by
pl	idea	szukam kogoś
pl	idea	mam pomysł
pl	idea	pomysł na
pl	idea	chcielibyśmy
pl	idea	jak można
pl	idea	w jaki sposób
pl	idea	jakie podejście
pl	idea	czy się opłaca
pl	idea	czy opłaca się
pl	idea	jak zoptymalizować
pl	idea	jak usprawnić
pl	idea	jak przewidzieć
pl	idea	jak oszacować
pl	idea	szukam porady
pl	idea	co polecacie
pl	idea	co byście polecili
pl	idea	ma ktoś doświadczenie
pl	idea	zastanawiamy się
pl	idea	rozważamy
pl	idea	czy istnieje
pl	idea	czy to ma sens
pl	idea	jakie narzędzie
pl	idea	kto się zna
pl	idea	ktoś z doświadczeniem
pl	fault	nie dziala
pl	fault	przestal dzialac
pl	fault	nie moge sie zalogowac
pl	fault	nie moge sie polaczyc
pl	fault	nie moge wejsc
pl	fault	nie moge otworzyc
pl	fault	nie moge wydrukowac
pl	fault	nie moge wyslac
pl	fault	nie mam dostepu
pl	fault	brak dostepu
pl	fault	odmowa dostepu
pl	fault	zepsul sie
pl	fault	wyskakuje blad
pl	fault	pojawia sie blad
pl	fault	prosze o instalacje
pl	fault	prosze o dostep
pl	fault	prosze o reset
pl	fault	potrzebuje dostepu
pl	fault	potrzebuje nowego
pl	fault	nie laczy
pl	fault	nie laczy sie
pl	fault	zawiesza sie
pl	fault	wylacza sie
pl	fault	nie wlacza sie
pl	fault	nie laduje
pl	fault	nie wysyla
pl	fault	haslo wygaslo
pl	fault	zapomnialem hasla
pl	fault	padl
pl	fault	system lezy
pl	fault	zacina sie
pl	fault	zaciecie papieru
pl	fault	kliknalem w link
pl	fault	nie otwiera sie
pl	fault	nie uruchamia sie
pl	fault	nie slychac
pl	fault	rozlacza sie
pl	fault	pekniety ekran
pl	idea	czy ktos zna
pl	idea	czy ktos sie zna
pl	idea	czy ktos wie
pl	idea	czy ktos mial
pl	idea	czy ktos robil
pl	idea	czy da sie
pl	idea	czy mozna by
pl	idea	szukam kogos
pl	idea	mam pomysl
pl	idea	pomysl na
pl	idea	chcielibysmy
pl	idea	jak mozna
pl	idea	w jaki sposob
pl	idea	jakie podejscie
pl	idea	czy sie oplaca
pl	idea	czy oplaca sie
pl	idea	jak zoptymalizowac
pl	idea	jak usprawnic
pl	idea	jak przewidziec
pl	idea	jak oszacowac
pl	idea	co byscie polecili
pl	idea	ma ktos doswiadczenie
pl	idea	zastanawiamy sie
pl	idea	rozwazamy
pl	idea	jakie narzedzie
pl	idea	kto sie zna
pl	idea	ktos z doswiadczeniem
en	idea	what's the best
en	idea	whats the best
en	idea	best practice
en	idea	best practices for
en	idea	is there a way
en	idea	is there a better
en	idea	is there a smarter
en	idea	smarter way to
en	idea	make most sense
en	idea	would it be possible
en	idea	are we allowed
en	idea	am i allowed to
en	idea	is it ok to
en	idea	is it okay to
en	idea	is it allowed to
en	idea	is it acceptable to
en	idea	what do you recommend
en	idea	would you suggest
en	idea	any advice on
en	idea	any advice for
en	idea	looking for advice
en	idea	need some advice
en	idea	need your advice
en	idea	any recommendations for
en	idea	any recommendations on
en	idea	any suggestions for
en	idea	any tips for
en	idea	any ideas for
en	idea	ideas for how
en	idea	anyone experienced with
en	idea	anyone have experience
en	idea	anyone has experience
en	idea	pros and cons
en	idea	should we use
en	idea	should we switch
en	idea	should we move
en	idea	which one should
en	idea	which should we
en	idea	which would you
en	idea	which is better
en	idea	what if we
en	idea	could we maybe
en	idea	we're planning to
en	idea	were planning to
en	idea	we're considering
en	idea	we are considering
en	idea	we want to understand
en	idea	how do i know
en	idea	how to know whether
en	idea	how to tell whether
en	idea	how to decide
en	idea	is it enough to
en	idea	your opinion on
en	idea	your thoughts on
en	idea	second opinion on
en	idea	sanity check
en	idea	design review
en	idea	review our design
en	idea	feedback on our
en	idea	recommended approach for
en	idea	what approach would
en	idea	how can we reduce
en	idea	how can we improve
en	idea	where should we
en	idea	what's the recommended
en	idea	whats the recommended
en	idea	is it advisable
en	idea	is it wise to
en	idea	a good idea to
en	idea	good idea to
en	idea	bad idea to
en	idea	how do other teams
en	idea	what's the policy on
en	idea	whats the policy on
en	idea	is there a policy
de	idea	wie würdet ihr
de	idea	wie würdest du
de	idea	was ist der beste
de	idea	was wäre der beste
de	idea	was wäre am besten
de	idea	best practices für
de	idea	gibt es einen besseren
de	idea	gibt es eine bessere
de	idea	geht das besser
de	idea	eleganter lösen
de	idea	macht das sinn
de	idea	würde es sinn machen
de	idea	ist es sinnvoll
de	idea	dürfen wir
de	idea	dürfen wir überhaupt
de	idea	ist es erlaubt
de	idea	ist das erlaubt
de	idea	ist es ok
de	idea	ist es okay
de	idea	darf man
de	idea	ist das zulässig
de	idea	was denkt ihr
de	idea	was haltet ihr
de	idea	was hältst du
de	idea	eure meinung zu
de	idea	deine meinung zu
de	idea	was empfehlt ihr
de	idea	was würdet ihr empfehlen
de	idea	habt ihr empfehlungen
de	idea	empfehlung für
de	idea	habt ihr tipps
de	idea	tipps für
de	idea	suche rat
de	idea	bräuchte euren rat
de	idea	bräuchte einen rat
de	idea	ideen für
de	idea	habt ihr ideen
de	idea	wer kennt sich
de	idea	wer hat erfahrung
de	idea	erfahrungen mit
de	idea	vor und nachteile
de	idea	sollen wir
de	idea	sollten wir
de	idea	welche sollten wir
de	idea	welches sollten wir
de	idea	welchen sollten wir
de	idea	was wäre wenn
de	idea	wie wäre es
de	idea	was wenn wir
de	idea	könnten wir nicht
de	idea	könnten wir eventuell
de	idea	wir denken darüber
de	idea	ich überlege
de	idea	wir möchten verstehen
de	idea	wir wollen verstehen
de	idea	woran erkenne ich
de	idea	reicht es aus
de	idea	reicht das aus
de	idea	zweite meinung
de	idea	feedback zu unserem
de	idea	welcher ansatz
de	idea	wie lässt sich
de	idea	wie ließe sich
de	idea	wo wäre es
de	idea	wo sollten wir
de	idea	ist es ratsam
de	idea	ist es klug
de	idea	eine gute idee
de	idea	wie machen andere
de	idea	wie handhabt ihr
de	idea	gibt es richtlinien
de	idea	gibt es eine richtlinie
de	idea	ist das datenschutzkonform
fr	idea	comment peut on
fr	idea	comment on pourrait
fr	idea	comment feriez vous
fr	idea	comment tu ferais
fr	idea	vous feriez comment
fr	idea	quelle est la meilleure
fr	idea	quel est le meilleur
fr	idea	la meilleure façon
fr	idea	meilleure pratique
fr	idea	bonnes pratiques
fr	idea	il y a moyen
fr	idea	judicieux de
fr	idea	ça a du sens
fr	idea	ça aurait du sens
fr	idea	serait il pertinent
fr	idea	vaut il mieux
fr	idea	on a le droit
fr	idea	avons nous le droit
fr	idea	est il autorisé
fr	idea	c'est autorisé de
fr	idea	peut on utiliser
fr	idea	est ce ok
fr	idea	c'est ok de
fr	idea	qu'en penses tu
fr	idea	vous en pensez quoi
fr	idea	t'en penses quoi
fr	idea	ton avis sur
fr	idea	votre avis sur
fr	idea	besoin d'un conseil
fr	idea	besoin de conseils
fr	idea	des conseils pour
fr	idea	un conseil pour
fr	idea	que conseillez vous
fr	idea	que recommandez vous
fr	idea	vous recommandez quoi
fr	idea	des recommandations pour
fr	idea	des idées pour
fr	idea	des pistes pour
fr	idea	retour d'expérience
fr	idea	avantages et inconvénients
fr	idea	pour et contre
fr	idea	devrait on utiliser
fr	idea	faut il utiliser
fr	idea	faut il passer
fr	idea	devrions nous
fr	idea	lequel choisir
fr	idea	laquelle choisir
fr	idea	que choisir entre
fr	idea	et si on
fr	idea	et si nous
fr	idea	pourrait on envisager
fr	idea	on pourrait envisager
fr	idea	on envisage de
fr	idea	nous envisageons de
fr	idea	je réfléchis à
fr	idea	nous prévoyons de
fr	idea	on prévoit de
fr	idea	on aimerait comprendre
fr	idea	nous voulons comprendre
fr	idea	comment savoir si
fr	idea	est ce suffisant
fr	idea	suffit il de
fr	idea	revue de conception
fr	idea	quelle approche
fr	idea	comment réduire
fr	idea	comment améliorer
fr	idea	où serait le plus
fr	idea	est il conseillé
fr	idea	est il recommandé
fr	idea	bonne idée de
fr	idea	mauvaise idée
fr	idea	comment font les autres
fr	idea	quelle est la politique
fr	idea	est ce conforme
fr	idea	conforme au rgpd
es	idea	cómo podemos
es	idea	cómo lo harías
es	idea	cómo lo haríais
es	idea	cuál es la mejor
es	idea	la mejor forma
es	idea	la mejor manera
es	idea	mejores prácticas
es	idea	buenas prácticas
es	idea	hay alguna forma
es	idea	hay alguna manera
es	idea	hay forma de
es	idea	existe alguna forma
es	idea	tendría sentido
es	idea	podemos usar
es	idea	está permitido
es	idea	está bien si
es	idea	qué opinas
es	idea	qué pensáis
es	idea	vuestra opinión sobre
es	idea	tu opinión sobre
es	idea	qué recomiendas
es	idea	me recomendáis
es	idea	alguna recomendación
es	idea	algún consejo
es	idea	necesito consejo
es	idea	busco consejo
es	idea	ideas para
es	idea	alguna idea para
es	idea	alguien con experiencia
es	idea	ventajas y desventajas
es	idea	pros y contras
es	idea	deberíamos usar
es	idea	deberíamos cambiar
es	idea	cuál deberíamos elegir
es	idea	cuál elegir
es	idea	qué tal si
es	idea	y si hacemos
es	idea	estamos pensando en
es	idea	estoy pensando en
es	idea	estamos planeando
es	idea	tenemos pensado
es	idea	cómo saber si
es	idea	es suficiente
es	idea	basta con
es	idea	revisión del diseño
es	idea	segunda opinión
es	idea	qué enfoque
es	idea	cómo reducir
es	idea	cómo mejorar
es	idea	dónde tendría más sentido
es	idea	dónde sería mejor
es	idea	es recomendable
es	idea	es aconsejable
es	idea	es buena idea
es	idea	hay alguna política
es	idea	cómo lo hacen otros
nl	idea	hoe kunnen wij
nl	idea	hoe zou je
nl	idea	hoe zouden jullie
nl	idea	hoe pakken jullie
nl	idea	wat is de beste
nl	idea	wat is het beste
nl	idea	de beste aanpak
nl	idea	best practices
nl	idea	is er een manier
nl	idea	is er een betere
nl	idea	kan het slimmer
nl	idea	slimmere manier
nl	idea	heeft het zin
nl	idea	is het zinvol
nl	idea	zou het zinvol
nl	idea	is het verstandig
nl	idea	mogen we
nl	idea	mogen wij
nl	idea	mag dat eigenlijk
nl	idea	is het toegestaan
nl	idea	is het ok om
nl	idea	is het oké om
nl	idea	is het goed om
nl	idea	wat vind jij
nl	idea	wat vind je
nl	idea	wat denken jullie
nl	idea	jullie mening over
nl	idea	jouw mening over
nl	idea	wat raden jullie
nl	idea	wat raad je
nl	idea	wat adviseren jullie
nl	idea	advies nodig
nl	idea	zoek advies
nl	idea	op zoek naar advies
nl	idea	tips voor
nl	idea	ideeën voor
nl	idea	iemand een idee
nl	idea	wie heeft verstand
nl	idea	wie heeft ervaring
nl	idea	iemand ervaring met
nl	idea	ervaringen met
nl	idea	voor en nadelen
nl	idea	voors en tegens
nl	idea	moeten we
nl	idea	welke moeten we
nl	idea	welke zouden we
nl	idea	welke kiezen we
nl	idea	welke is beter
nl	idea	wat als we
nl	idea	zullen we
nl	idea	zouden we kunnen
nl	idea	we denken erover
nl	idea	ik overweeg
nl	idea	we zijn van plan
nl	idea	we willen begrijpen
nl	idea	hoe weet ik of
nl	idea	is het voldoende
nl	idea	is dat genoeg
nl	idea	tweede mening
nl	idea	feedback op ons
nl	idea	review van het ontwerp
nl	idea	welke aanpak
nl	idea	hoe verminderen we
nl	idea	hoe verbeteren we
nl	idea	waar zou het
nl	idea	waar kunnen we
nl	idea	aan te raden
nl	idea	goed idee om
nl	idea	geen goed idee
nl	idea	hoe doen anderen
nl	idea	hoe doen jullie
nl	idea	is er beleid
nl	idea	wat is het beleid
nl	idea	beleid rond
nl	idea	avg conform
it	idea	come possiamo
it	idea	come faresti
it	idea	come fareste
it	idea	tu come faresti
it	idea	qual è il migliore
it	idea	qual è la migliore
it	idea	il modo migliore
it	idea	la soluzione migliore
it	idea	buone pratiche
it	idea	c'è un modo
it	idea	c'è modo di
it	idea	esiste un modo
it	idea	modo più intelligente
it	idea	avrebbe senso
it	idea	ha senso usare
it	idea	possiamo usare
it	idea	si può usare
it	idea	è consentito
it	idea	è permesso
it	idea	siamo autorizzati
it	idea	va bene se
it	idea	è ok se
it	idea	che ne pensate
it	idea	cosa ne pensi
it	idea	che ne pensi
it	idea	il vostro parere
it	idea	un parere su
it	idea	la vostra opinione
it	idea	che consigliate
it	idea	cosa mi consigliate
it	idea	mi consigliate
it	idea	un consiglio su
it	idea	qualche consiglio
it	idea	chiedo un consiglio
it	idea	cerco consiglio
it	idea	consigli su come
it	idea	idee per
it	idea	qualche idea
it	idea	chi ha esperienza
it	idea	esperienze con
it	idea	pro e contro
it	idea	vantaggi e svantaggi
it	idea	dovremmo usare
it	idea	conviene usare
it	idea	conviene passare
it	idea	quale dovremmo scegliere
it	idea	quale scegliere
it	idea	quale conviene
it	idea	e se facessimo
it	idea	e se usassimo
it	idea	che ne dite
it	idea	stiamo pensando di
it	idea	sto pensando di
it	idea	pensavamo di
it	idea	abbiamo intenzione di
it	idea	come capire se
it	idea	come sapere se
it	idea	è sufficiente
it	idea	revisione del design
it	idea	un secondo parere
it	idea	quale approccio
it	idea	come ridurre
it	idea	come migliorare
it	idea	dove avrebbe senso
it	idea	dove conviene
it	idea	è consigliabile
it	idea	è consigliato
it	idea	è una buona idea
it	idea	buona idea
it	idea	come fanno gli altri
it	idea	c'è una policy
it	idea	è conforme
it	idea	conforme al gdpr
sv	idea	hur skulle vi
sv	idea	hur bör vi
sv	idea	hur skulle du
sv	idea	hur skulle ni
sv	idea	vad är bästa
sv	idea	vad är det bästa
sv	idea	bästa sättet
sv	idea	bästa praxis
sv	idea	finns det ett sätt
sv	idea	finns det bättre
sv	idea	smartare sätt
sv	idea	smidigare sätt
sv	idea	är det vettigt
sv	idea	vore det vettigt
sv	idea	skulle det vara möjligt
sv	idea	är det lämpligt
sv	idea	är det klokt
sv	idea	får vi
sv	idea	får man
sv	idea	är det tillåtet
sv	idea	är det ok att
sv	idea	är det okej att
sv	idea	vad tycker du
sv	idea	vad anser ni
sv	idea	era tankar om
sv	idea	dina tankar om
sv	idea	er åsikt om
sv	idea	vad rekommenderar du
sv	idea	några rekommendationer
sv	idea	tips på
sv	idea	tips om hur
sv	idea	behöver råd
sv	idea	söker råd
sv	idea	några råd
sv	idea	idéer på
sv	idea	idéer för
sv	idea	vem har koll
sv	idea	erfarenhet av
sv	idea	för och nackdelar
sv	idea	fördelar och nackdelar
sv	idea	borde vi
sv	idea	bör vi
sv	idea	ska vi använda
sv	idea	borde vi använda
sv	idea	vilken bör vi
sv	idea	vilken ska vi
sv	idea	vilken är bäst
sv	idea	vilket är bäst
sv	idea	tänk om vi
sv	idea	vad sägs om
sv	idea	jag funderar på
sv	idea	vi överväger
sv	idea	vi planerar att
sv	idea	vi vill förstå
sv	idea	hur vet jag om
sv	idea	hur vet man
sv	idea	räcker det med
sv	idea	är det tillräckligt
sv	idea	feedback på vår
sv	idea	granska vår design
sv	idea	hur minskar vi
sv	idea	hur förbättrar vi
sv	idea	var skulle det
sv	idea	var är det bäst
sv	idea	är det att rekommendera
sv	idea	bra idé att
sv	idea	dålig idé
sv	idea	hur gör andra
sv	idea	hur gör ni
sv	idea	finns det en policy
sv	idea	vad säger policyn
pt	idea	como você faria
pt	idea	como vocês fariam
pt	idea	como farias
pt	idea	qual é a melhor
pt	idea	qual o melhor
pt	idea	melhor forma de
pt	idea	melhor maneira de
pt	idea	boas práticas
pt	idea	há alguma forma
pt	idea	tem como
pt	idea	tem algum jeito
pt	idea	existe alguma forma
pt	idea	existe uma forma
pt	idea	jeito mais inteligente
pt	idea	forma mais eficiente
pt	idea	faria sentido
pt	idea	é permitido
pt	idea	temos permissão
pt	idea	estamos autorizados
pt	idea	tudo bem se
pt	idea	o que vocês acham
pt	idea	o que acha
pt	idea	o que achas
pt	idea	opinião de vocês
pt	idea	sua opinião sobre
pt	idea	a vossa opinião
pt	idea	o que recomenda
pt	idea	alguma recomendação
pt	idea	algum conselho
pt	idea	preciso de conselho
pt	idea	alguma dica
pt	idea	dicas para
pt	idea	alguma sugestão
pt	idea	ideias para
pt	idea	quem entende de
pt	idea	quem tem experiência
pt	idea	alguém com experiência
pt	idea	prós e contras
pt	idea	vantagens e desvantagens
pt	idea	devemos usar
pt	idea	deveríamos usar
pt	idea	qual devemos escolher
pt	idea	qual escolher
pt	idea	e se a gente
pt	idea	e se nós
pt	idea	que tal se
pt	idea	estamos pensando em
pt	idea	estou pensando em
pt	idea	estamos planejando
pt	idea	estamos a planear
pt	idea	como sei se
pt	idea	como saber se
pt	idea	compensa usar
pt	idea	é suficiente
pt	idea	revisão do design
pt	idea	segunda opinião
pt	idea	qual abordagem
pt	idea	como reduzir
pt	idea	como melhorar
pt	idea	onde faria sentido
pt	idea	onde seria melhor
pt	idea	é recomendável
pt	idea	é aconselhável
pt	idea	é uma boa ideia
pt	idea	boa ideia
pt	idea	como os outros fazem
pt	idea	existe uma política
pt	idea	qual a política
pl	idea	jak możemy
pl	idea	jak moglibyśmy
pl	idea	jak powinniśmy
pl	idea	najlepszy sposób
pl	idea	jaki jest najlepszy
pl	idea	dobre praktyki
pl	idea	czy jest sposób
pl	idea	jest jakiś sposób
pl	idea	jakiś lepszy sposób
pl	idea	sprytniejszy sposób
pl	idea	czy ma sens
pl	idea	czy miałoby sens
pl	idea	czy byłoby możliwe
pl	idea	czy dałoby się
pl	idea	czy możemy używać
pl	idea	czy wolno
pl	idea	czy wolno nam
pl	idea	czy można używać
pl	idea	czy to dozwolone
pl	idea	czy to ok
pl	idea	co myślicie
pl	idea	co sądzicie
pl	idea	co o tym sądzicie
pl	idea	wasza opinia
pl	idea	twoja opinia
pl	idea	wasze zdanie
pl	idea	co polecasz
pl	idea	jakieś rekomendacje
pl	idea	jakieś porady
pl	idea	jakaś rada
pl	idea	potrzebuję rady
pl	idea	macie jakieś pomysły
pl	idea	pomysły na
pl	idea	jakieś pomysły
pl	idea	kto ma doświadczenie
pl	idea	ktoś ma doświadczenie
pl	idea	plusy i minusy
pl	idea	wady i zalety
pl	idea	czy powinniśmy
pl	idea	powinniśmy używać
pl	idea	który wybrać
pl	idea	którą wybrać
pl	idea	które wybrać
pl	idea	co wybrać
pl	idea	a może by
pl	idea	a gdybyśmy
pl	idea	co jeśli
pl	idea	myślimy o
pl	idea	zastanawiam się
pl	idea	mamy w planach
pl	idea	rozważamy czy
pl	idea	chcemy zrozumieć
pl	idea	skąd wiem czy
pl	idea	jak ocenić czy
pl	idea	czy wystarczy
pl	idea	czy to wystarczy
pl	idea	przegląd projektu
pl	idea	druga opinia
pl	idea	jak zmniejszyć
pl	idea	jak ograniczyć
pl	idea	jak poprawić
pl	idea	gdzie najlepiej
pl	idea	gdzie miałoby sens
pl	idea	czy zalecacie
pl	idea	czy to dobry pomysł
pl	idea	dobry pomysł
pl	idea	jak to robią inni
pl	idea	jak to robicie
pl	idea	czy jest polityka
pl	idea	jakie są zasady
pl	idea	zgodne z rodo
en	idea	could a
en	idea	could an
en	idea	would a
en	idea	would an
en	idea	makes most sense
en	idea	make the most sense
en	idea	makes the most sense
"""#
}

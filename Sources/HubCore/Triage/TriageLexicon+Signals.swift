extension TriageLexicon {
    /// Telling words and short phrases for specialist topics, as colleagues write them without
    /// the expert term (`lang<TAB>word or phrase<TAB>English`, read like the glossary): "informal
    /// influencers" is social network analysis, "spot-check" a sample, "inner join" SQL,
    /// "Untertitel" accessibility. About 8,300 lines in nine languages, written on 2026-12-07 and
    /// 12-08 by helpers from general knowledge and topic lists (about forty topics an IT hub may
    /// have; question shapes such as "real or just luck"; fourteen engineering and manufacturing
    /// topics, in that order), never from a corpus, a tag file or HubBot's code. The second
    /// imagined colleagues' messages and kept only their telling phrases. Entries naming a thing
    /// that also breaks ("portal",
    /// "server room", "roll back") were taken out, and so were those an earlier vocabulary
    /// already holds (the first entry for a word wins, so they were never read):
    /// `TriageTests.signalLinesAreRead` keeps it so. What this file gives counts for interests
    /// only (``TriageLexicon/interestMeanings``).
    static let signalText = #"""
        en	enough to say	statistics significance sample size
        en	spot-check	sample size statistics sampling
        en	coincidence or real	statistical significance hypothesis test
        en	went up from	statistical significance comparison test
        en	is the difference real	statistical significance hypothesis test
        en	how many do we need to check	sample size power calculation
        en	fluke	statistical significance randomness
        en	averages hide	statistics distribution variance
        en	too few cases	sample size statistical power
        en	how sure can we be	confidence interval uncertainty statistics
        de	zufall oder	statistical significance hypothesis test
        de	reicht das aus	sample size statistical power
        de	aussagekräftig	statistical significance sample size
        fr	est-ce suffisant	sample size statistical power
        fr	écart significatif	statistical significance hypothesis test
        es	casualidad	statistical significance hypothesis test
        es	diferencia real	statistical significance hypothesis test
        es	cuántos hacen falta	sample size power calculation
        nl	toeval of	statistical significance hypothesis test
        nl	genoeg om te zeggen	sample size statistical significance
        nl	echt verschil	statistical significance hypothesis test
        it	per caso	statistical significance randomness
        it	differenza reale	statistical significance hypothesis test
        sv	slumpen	statistical significance randomness
        sv	räcker det med	sample size statistical power
        sv	verklig skillnad	statistical significance hypothesis test
        pt	acaso	statistical significance randomness
        pt	diferença real	statistical significance hypothesis test
        pt	amostragem aleatória	random sampling statistics
        pt	valores fora da curva	outlier detection statistics
        pl	przypadek czy	statistical significance hypothesis test
        pl	istotna różnica	statistical significance hypothesis test
        pl	wystarczy próbka	sample size statistical power
        pl	wartości odstające	outlier detection statistics
        en	list of questions	survey design questionnaire
        en	ask all employees	employee survey questionnaire sampling
        en	scale of 1 to 5	likert scale survey design
        en	open answers	survey open-ended questions text analysis
        en	satisfaction poll	satisfaction survey questionnaire design
        en	multiple choice	survey question design
        en	nobody fills it in	survey response rate design
        en	tick boxes	survey question design
        en	anonymous poll	anonymous survey questionnaire
        en	would you recommend	nps survey customer satisfaction
        de	offene antworten	survey open-ended questions text analysis
        de	ankreuzen	survey question design
        de	skala von 1 bis 5	likert scale survey design
        fr	questionnaire	questionnaire survey design
        fr	cases à cocher	survey question design
        es	escala del 1 al 5	likert scale survey design
        it	scala da 1 a 5	likert scale survey design
        pt	escala de 1 a 5	likert scale survey design
        pl	pytania otwarte	survey open-ended questions text analysis
        pl	badanie satysfakcji	satisfaction survey questionnaire design
        pl	skala od 1 do 5	likert scale survey design
        en	who will not renew	churn prediction predictive analytics
        en	cancel their contract	churn prediction predictive model
        en	predict who	predictive analytics classification model
        en	likely to quit	attrition prediction predictive analytics
        en	early warning	predictive analytics risk scoring
        en	at-risk customers	churn risk scoring predictive model
        en	score each customer	propensity model scoring data science
        en	patterns in our data	data mining data science analytics
        en	lookalike customers	segmentation clustering data science
        en	staff turnover	attrition prediction hr analytics
        en	segment our customers	customer segmentation clustering
        en	likely to buy	propensity model predictive analytics
        en	hidden patterns	data mining machine learning analytics
        de	kündigen	churn prediction predictive analytics
        de	wer springt ab	churn prediction predictive model
        de	einflussfaktoren	driver analysis regression data science
        de	frühwarnsystem	predictive analytics risk scoring
        de	vorhersagen wer	predictive analytics classification model
        de	kundensegmente	customer segmentation clustering
        fr	résilier	churn prediction predictive analytics
        fr	facteurs qui expliquent	driver analysis regression data science
        fr	prédire qui	predictive analytics classification model
        fr	risque de départ	attrition prediction risk scoring
        fr	ne renouvellent pas	churn prediction predictive analytics
        es	darse de baja	churn prediction predictive analytics
        es	predecir quién	predictive analytics classification model
        es	riesgo de abandono	churn risk scoring predictive model
        es	no renuevan	churn prediction predictive analytics
        nl	opzeggen	churn prediction predictive analytics
        nl	wat bepaalt	driver analysis regression data science
        nl	voorspellen wie	predictive analytics classification model
        nl	verloop	attrition prediction hr analytics
        nl	niet verlengen	churn prediction predictive analytics
        it	disdetta	churn prediction predictive analytics
        it	clienti che abbandonano	churn prediction data science
        it	prevedere chi	predictive analytics classification model
        it	non rinnovano	churn prediction predictive analytics
        it	rischio abbandono	churn risk scoring predictive model
        sv	säga upp	churn prediction predictive analytics
        sv	kunder som lämnar	churn prediction data science
        sv	vad påverkar	driver analysis regression data science
        sv	förutsäga vem	predictive analytics classification model
        sv	inte förnyar	churn prediction predictive analytics
        sv	personalomsättning	attrition prediction hr analytics
        pt	cancelar o contrato	churn prediction predictive analytics
        pt	clientes que saem	churn prediction data science
        pt	que fatores influenciam	driver analysis regression data science
        pt	prever quem	predictive analytics classification model
        pt	não renovam	churn prediction predictive analytics
        pt	risco de abandono	churn risk scoring predictive model
        pl	rezygnują	churn prediction predictive analytics
        pl	odejście klientów	churn prediction data science
        pl	co wpływa na	driver analysis regression data science
        pl	przewidzieć kto	predictive analytics classification model
        pl	nie przedłużą	churn prediction predictive analytics
        pl	rotacja pracowników	attrition prediction hr analytics
        en	run out of stock	forecasting demand inventory planning
        en	how many pickers	workforce forecasting staffing demand
        en	week 48	forecasting demand planning
        en	next quarter volumes	forecasting demand time series
        en	estimate how many returns	forecasting returns prediction
        en	expected volume	forecast demand volume planning
        en	how many staff will we need	staffing forecast workforce planning
        en	seasonal pattern	time series seasonality forecasting
        en	order intake next month	demand forecasting sales prediction
        en	stock levels next week	inventory forecasting demand planning
        en	how much to order	demand planning replenishment forecast
        en	projection for next year	forecasting time series projection
        en	sales next month	sales forecasting prediction
        de	wie viele leute brauchen wir	staffing forecast workforce planning
        de	saisonspitze	seasonal demand forecasting
        fr	pic saisonnier	seasonal demand forecasting
        fr	combien de préparateurs	staffing forecast workforce planning
        fr	volumes attendus	forecast demand volume planning
        fr	anticiper la demande	demand forecasting planning
        es	pico de temporada	seasonal demand forecasting
        es	cuántos preparadores	staffing forecast workforce planning
        es	volumen esperado	forecast demand volume planning
        es	anticipar la demanda	demand forecasting planning
        nl	piekseizoen	seasonal demand forecasting
        nl	hoeveel orderpickers	staffing forecast workforce planning
        nl	verwachte volumes	forecast demand volume planning
        it	picco stagionale	seasonal demand forecasting
        it	quanti magazzinieri	staffing forecast workforce planning
        it	volumi attesi	forecast demand volume planning
        it	fabbisogno	demand planning forecasting
        sv	hur många plockare	staffing forecast workforce planning
        sv	förväntade volymer	forecast demand volume planning
        sv	behovsplanering	demand planning forecasting
        pt	ruptura de estoque	inventory forecasting stockout demand
        pt	pico sazonal	seasonal demand forecasting
        pt	volumes esperados	forecast demand volume planning
        pt	quantos operadores	staffing forecast workforce planning
        pl	zabraknie towaru	inventory forecasting stockout demand
        pl	szczyt sezonu	seasonal demand forecasting
        pl	ilu pracowników	staffing forecast workforce planning
        pl	przewidywany popyt	demand forecasting prediction
        pl	planowanie zapotrzebowania	demand planning forecasting
        en	camera spots	computer vision object detection
        en	damaged pallets	computer vision defect detection
        en	teach the system	machine learning model training
        en	recognise automatically	machine learning image classification
        en	detect defects	computer vision defect detection inspection
        en	count people on camera	computer vision object detection counting
        en	read number plates	computer vision license plate recognition
        en	labelled examples	machine learning training data labelling
        en	spot scratches	computer vision visual inspection defects
        en	smart camera	computer vision edge ai detection
        en	self-learning	machine learning model training
        en	sort photos automatically	image classification machine learning
        en	ai model	machine learning artificial intelligence model
        en	let the computer learn	machine learning model training
        en	recognise products on shelves	computer vision object detection retail
        de	kamera erkennt	computer vision object detection
        de	selbstlernend	machine learning model training
        de	beschädigte paletten	computer vision defect detection
        de	ki erkennt	machine learning artificial intelligence classification
        de	fotos automatisch sortieren	image classification machine learning
        de	kennzeichenerkennung	computer vision license plate recognition
        fr	caméra détecte	computer vision object detection
        fr	apprendre au système	machine learning model training
        fr	palettes abîmées	computer vision defect detection
        fr	défauts visuels	computer vision visual inspection defects
        es	cámara detecta	computer vision object detection
        es	reconocer imágenes	image recognition computer vision
        es	enseñar al sistema	machine learning model training
        es	palés dañados	computer vision defect detection
        es	detectar defectos	computer vision defect detection inspection
        nl	camera herkent	computer vision object detection
        nl	zelflerend	machine learning model training
        nl	beschadigde pallets	computer vision defect detection
        nl	systeem aanleren	machine learning model training
        nl	gebreken opsporen	computer vision defect detection inspection
        it	telecamera riconosce	computer vision object detection
        it	insegnare al sistema	machine learning model training
        it	bancali danneggiati	computer vision defect detection
        it	difetti visivi	computer vision visual inspection defects
        sv	kameran känner igen	computer vision object detection
        sv	självlärande	machine learning model training
        sv	skadade pallar	computer vision defect detection
        sv	lära systemet	machine learning model training
        sv	upptäcka defekter	computer vision defect detection inspection
        pt	câmara deteta	computer vision object detection
        pt	câmera detecta	computer vision object detection
        pt	reconhecimento de imagens	image recognition computer vision
        pt	ensinar o sistema	machine learning model training
        pt	paletes danificadas	computer vision defect detection
        pl	kamera rozpoznaje	computer vision object detection
        pl	nauczyć system	machine learning model training
        pl	uszkodzone palety	computer vision defect detection
        pl	wykrywanie wad	computer vision defect detection inspection
        en	pull out supplier names	information extraction nlp documents
        en	from invoices	document extraction ocr invoices
        en	positive or negative reviews	sentiment analysis nlp
        en	categorise complaints	text classification nlp
        en	scanned pdfs	optical character recognition document extraction
        en	tone of emails	sentiment analysis text mining
        en	what customers are saying	text mining sentiment analysis
        en	comments field	text mining free text classification
        en	keywords from	keyword extraction text mining
        en	summarise documents	text summarization nlp
        en	sort incoming mails by topic	text classification nlp routing
        en	handwritten forms	handwriting recognition ocr extraction
        en	search through contracts	text mining information retrieval nlp
        de	rechnungen auslesen	ocr document extraction invoices
        de	gescannte dokumente	optical character recognition document extraction
        de	kundenbewertungen	sentiment analysis text mining
        de	beschwerden kategorisieren	text classification nlp
        de	kommentarfelder	text mining free text classification
        fr	extraire des factures	ocr document extraction invoices
        fr	avis positifs ou négatifs	sentiment analysis nlp
        fr	classer les réclamations	text classification nlp
        fr	documents scannés	optical character recognition document extraction
        fr	commentaires clients	text mining sentiment analysis
        es	extraer datos de facturas	ocr document extraction invoices
        es	reseñas positivas o negativas	sentiment analysis nlp
        es	clasificar quejas	text classification nlp
        es	documentos escaneados	optical character recognition document extraction
        es	comentarios de clientes	text mining sentiment analysis
        nl	facturen uitlezen	ocr document extraction invoices
        nl	positieve of negatieve reviews	sentiment analysis nlp
        nl	klachten indelen	text classification nlp
        nl	gescande documenten	optical character recognition document extraction
        nl	opmerkingenveld	text mining free text classification
        it	estrarre dati dalle fatture	ocr document extraction invoices
        it	recensioni positive o negative	sentiment analysis nlp
        it	classificare i reclami	text classification nlp
        it	documenti scansionati	optical character recognition document extraction
        it	commenti dei clienti	text mining sentiment analysis
        sv	läsa av fakturor	ocr document extraction invoices
        sv	positiva eller negativa omdömen	sentiment analysis nlp
        sv	kategorisera klagomål	text classification nlp
        sv	skannade dokument	optical character recognition document extraction
        sv	kundkommentarer	text mining sentiment analysis
        pt	extrair dados de faturas	ocr document extraction invoices
        pt	avaliações positivas ou negativas	sentiment analysis nlp
        pt	classificar reclamações	text classification nlp
        pt	documentos digitalizados	optical character recognition document extraction
        pt	comentários dos clientes	text mining sentiment analysis
        pl	wolny tekst	text mining nlp classification
        pl	odczytać faktury	ocr document extraction invoices
        pl	opinie pozytywne czy negatywne	sentiment analysis nlp
        pl	kategoryzować skargi	text classification nlp
        pl	zeskanowane dokumenty	optical character recognition document extraction
        pl	komentarze klientów	text mining sentiment analysis
        en	informal influencers	social network analysis influence centrality
        en	bridge builders	social network analysis brokerage bridges
        en	web of connections	social network analysis relationships
        en	information flow	social network analysis information flow
        en	isolated teams	social network analysis silos collaboration
        en	key connectors	social network analysis centrality bridges
        en	cliques	social network analysis community detection
        en	map of relationships	social network analysis network mapping
        en	who emails whom	organizational network analysis communication
        en	two old companies	social network analysis merger integration
        en	between the departments	organizational network analysis collaboration
        de	informelle meinungsführer	social network analysis influence centrality
        de	brückenbauer	social network analysis brokerage bridges
        de	beziehungsgeflecht	social network analysis relationships
        de	informationsfluss	social network analysis information flow
        fr	influenceurs informels	social network analysis influence centrality
        fr	cartographie des relations	social network analysis network mapping
        fr	circulation de l'information	social network analysis information flow
        es	líderes informales	social network analysis influence centrality
        es	mapa de relaciones	social network analysis network mapping
        es	flujo de información	social network analysis information flow
        nl	informele leiders	social network analysis influence centrality
        nl	bruggenbouwers	social network analysis brokerage bridges
        nl	netwerk van contacten	social network analysis relationships
        it	influencer informali	social network analysis influence centrality
        it	lavorare a silos	social network analysis collaboration silos
        it	mappa delle relazioni	social network analysis network mapping
        it	flusso di informazioni	social network analysis information flow
        sv	informella ledare	social network analysis influence centrality
        sv	brobyggare	social network analysis brokerage bridges
        pt	influenciadores informais	social network analysis influence centrality
        pt	mapa de relações	social network analysis network mapping
        pt	fluxo de informação	social network analysis information flow
        pl	nieformalni liderzy	social network analysis influence centrality
        pl	silosy	social network analysis collaboration silos
        pl	sieć powiązań	social network analysis relationships
        pl	kluczowe osoby	social network analysis centrality influence
        pl	przepływ informacji	social network analysis information flow
        en	wall screen	dashboard data visualization kpi
        en	slides of tables	data visualization dashboard reporting
        en	nobody reads	data visualization dashboard reporting
        en	at a glance	dashboard kpi visualization
        en	traffic light	dashboard kpi status visualization
        en	charts	data visualization charts
        en	management overview	executive dashboard kpi reporting
        en	loads vs plan	dashboard kpi operational reporting
        en	weekly numbers pack	kpi reporting dashboard automation
        en	key figures	kpi metrics dashboard reporting
        de	auf einen blick	dashboard kpi visualization
        de	wandbildschirm	dashboard data visualization kpi
        de	ampel	dashboard kpi status visualization
        de	diagramme	data visualization charts
        de	übersicht für die geschäftsführung	executive dashboard kpi reporting
        de	monatszahlen	kpi reporting dashboard
        fr	en un coup d'œil	dashboard kpi visualization
        fr	graphiques	data visualization charts
        fr	chiffres mensuels	kpi reporting dashboard
        es	de un vistazo	dashboard kpi visualization
        es	gráficos	data visualization charts
        es	cifras mensuales	kpi reporting dashboard
        nl	in één oogopslag	dashboard kpi visualization
        nl	grafieken	data visualization charts
        nl	stoplicht	dashboard kpi status visualization
        nl	maandcijfers	kpi reporting dashboard
        it	a colpo d'occhio	dashboard kpi visualization
        it	numeri mensili	kpi reporting dashboard
        sv	på ett ögonkast	dashboard kpi visualization
        sv	trafikljus	dashboard kpi status visualization
        sv	månadssiffror	kpi reporting dashboard
        pt	num relance	dashboard kpi visualization
        pt	números mensais	kpi reporting dashboard
        pl	na pierwszy rzut oka	dashboard kpi visualization
        pl	miesięczne liczby	kpi reporting dashboard
        pl	pulpit menedżerski	executive dashboard kpi reporting
        en	within 30 minutes	isochrone drive time gis
        en	postcode areas	postcode geography gis mapping
        en	nearest depot	proximity analysis gis location
        en	coverage area	service area gis coverage
        en	heat map of customers	spatial analysis heatmap gis
        en	new branch location	site selection location planning gis
        en	plot addresses	geocoding gis mapping
        en	distance to customers	proximity analysis spatial gis
        en	which region	regional spatial analysis gis
        en	where our customers live	customer geography gis mapping
        de	postleitzahlen	postcode geography gis mapping
        de	nächstgelegene filiale	proximity analysis gis location
        de	neuer standort	site selection location planning gis
        fr	où ouvrir	site selection location planning gis
        fr	implantation	site selection location planning gis
        es	dónde abrir	site selection location planning gis
        es	nueva ubicación	site selection location planning gis
        nl	waar openen	site selection location planning gis
        nl	postcodegebieden	postcode geography gis mapping
        it	dove aprire	site selection location planning gis
        it	codici postali	postcode geography gis mapping
        it	nuova sede	site selection location planning gis
        sv	var ska vi öppna	site selection location planning gis
        sv	postnummerområden	postcode geography gis mapping
        sv	ny etablering	site selection location planning gis
        pt	onde abrir	site selection location planning gis
        pt	nova localização	site selection location planning gis
        pl	obszar oddziaływania	catchment area gis location analysis
        pl	czas dojazdu	travel time isochrone gis
        pl	kody pocztowe	postcode geography gis mapping
        en	too many kilometres	route optimization logistics mileage
        en	stops per driver	vehicle routing route optimization
        en	drivers criss-cross	route optimization vehicle routing
        en	shortest route	route optimization shortest path
        en	van routes	vehicle routing route optimization
        en	delivery rounds	route planning vehicle routing logistics
        en	truck loading	load planning optimization logistics
        en	delivery time windows	vehicle routing time windows optimization
        en	which truck takes which	vehicle routing assignment logistics
        en	fleet size	fleet planning logistics optimization
        en	cross-docking	logistics network planning optimization
        en	fewer trucks	fleet optimization route planning
        de	stopps pro fahrer	vehicle routing route optimization
        fr	camions à moitié vides	load optimization logistics planning
        fr	arrêts par chauffeur	vehicle routing route optimization
        es	rutas de reparto	route optimization vehicle routing logistics
        es	camiones medio vacíos	load optimization logistics planning
        es	ventanas de entrega	vehicle routing time windows optimization
        es	paradas por conductor	vehicle routing route optimization
        nl	halflege vrachtwagens	load optimization logistics planning
        nl	stops per chauffeur	vehicle routing route optimization
        it	camion mezzi vuoti	load optimization logistics planning
        it	finestre di consegna	vehicle routing time windows optimization
        it	pianificare i percorsi	route planning vehicle routing logistics
        it	fermate per autista	vehicle routing route optimization
        sv	körslingor	route planning vehicle routing logistics
        sv	halvtomma lastbilar	load optimization logistics planning
        sv	leveransfönster	vehicle routing time windows optimization
        sv	stopp per chaufför	vehicle routing route optimization
        pt	rotas de entrega	route optimization vehicle routing logistics
        pt	camiões meio vazios	load optimization logistics planning
        pt	janelas de entrega	vehicle routing time windows optimization
        pt	paragens por motorista	vehicle routing route optimization
        pl	trasy dostaw	route optimization vehicle routing logistics
        pl	puste przebiegi	logistics optimization backhaul routing
        pl	okna dostaw	vehicle routing time windows optimization
        pl	ciężarówki w połowie puste	load optimization logistics planning
        pl	przystanki na kierowcę	vehicle routing route optimization
        en	rosters	rostering scheduling optimization
        en	puzzle every week	scheduling optimization operations research
        en	machine capacity	capacity planning production scheduling
        en	allocate rooms	resource allocation scheduling optimization
        en	best combination	optimization operations research linear programming
        en	too many constraints	constraint optimization scheduling
        en	dock door slots	dock scheduling capacity planning
        en	production sequence	production scheduling sequencing optimization
        en	schedule nurses	nurse rostering scheduling optimization
        en	optimal mix	linear programming optimization operations research
        en	assign tasks	assignment problem scheduling optimization
        en	queue lengths	queueing theory capacity operations research
        en	timetable clashes	timetabling scheduling optimization
        de	schichtplanung	shift scheduling rostering optimization
        de	reihenfolgeplanung	production scheduling sequencing optimization
        de	belegungsplan	resource allocation scheduling optimization
        de	rampenslots	dock scheduling capacity planning
        fr	affectation des ressources	resource allocation scheduling optimization
        fr	roulements	shift scheduling rostering optimization
        es	secuenciación de pedidos	production scheduling sequencing optimization
        es	asignación de recursos	resource allocation scheduling optimization
        es	reparto de turnos	shift scheduling rostering optimization
        nl	bezettingsplan	resource allocation scheduling optimization
        nl	volgorde van orders	production scheduling sequencing optimization
        it	turni di lavoro	shift scheduling rostering optimization
        it	calendario turni	rostering scheduling optimization
        it	assegnazione risorse	resource allocation scheduling optimization
        it	sequenza di produzione	production scheduling sequencing optimization
        sv	bemanningsplan	shift scheduling staffing optimization
        sv	turlista	rostering scheduling optimization
        sv	resursfördelning	resource allocation scheduling optimization
        pt	escalas de turnos	shift scheduling rostering optimization
        pt	afetação de recursos	resource allocation scheduling optimization
        pt	sequência de produção	production scheduling sequencing optimization
        pl	planowanie mocy produkcyjnych	capacity planning production scheduling
        pl	przydział zasobów	resource allocation scheduling optimization
        pl	kolejność zleceń	production scheduling sequencing optimization
        en	left join	database sql query joins
        en	inner join	database sql query joins
        en	indexes on a table	database indexing performance sql
        en	200 million rows	database performance big tables sql
        en	many-to-many	data modeling database design relationships
        en	query is slow	sql query performance database
        en	primary key	database design data modeling keys
        en	foreign key	database design data modeling relationships
        en	duplicate records	data quality deduplication database
        en	access database	database migration data modeling
        en	normalise the tables	database normalization data modeling
        en	one big table	data modeling database design
        en	fact table	data warehouse dimensional modeling
        en	etl job	data warehouse etl pipeline
        de	tabellenstruktur	database design data modeling
        de	fremdschlüssel	database design data modeling relationships
        de	doppelte datensätze	data quality deduplication database
        de	datenbankmodell	data modeling database design
        de	verknüpfte tabellen	database relationships joins sql
        de	millionen zeilen	database performance big tables sql
        fr	jointure	database sql query joins
        fr	clé étrangère	database design data modeling relationships
        fr	millions de lignes	database performance big tables sql
        es	consulta lenta	sql query performance database
        es	clave foránea	database design data modeling relationships
        es	registros duplicados	data quality deduplication database
        es	millones de filas	database performance big tables sql
        es	tablas relacionadas	database relationships joins sql
        nl	trage query	sql query performance database
        nl	koppeltabel	data modeling database design relationships
        nl	dubbele records	data quality deduplication database
        nl	miljoenen rijen	database performance big tables sql
        nl	datapakhuis	data warehouse dimensional modeling
        it	query lenta	sql query performance database
        it	chiave esterna	database design data modeling relationships
        it	record duplicati	data quality deduplication database
        it	milioni di righe	database performance big tables sql
        it	tabelle collegate	database relationships joins sql
        sv	långsam fråga	sql query performance database
        sv	främmande nyckel	database design data modeling relationships
        sv	miljoner rader	database performance big tables sql
        sv	tabellstruktur	database design data modeling
        pt	consulta lenta	sql query performance database
        pt	chave estrangeira	database design data modeling relationships
        pt	registos duplicados	data quality deduplication database
        pt	milhões de linhas	database performance big tables sql
        pt	tabelas relacionadas	database relationships joins sql
        pl	wolne zapytanie	sql query performance database
        pl	klucz obcy	database design data modeling relationships
        pl	zduplikowane rekordy	data quality deduplication database
        pl	miliony wierszy	database performance big tables sql
        pl	relacje między tabelami	database relationships joins sql
        en	formula breaks	excel formulas spreadsheet
        en	copy paste between sheets	excel spreadsheet consolidation automation
        en	drop-down list	excel data validation spreadsheet
        en	huge excel file	excel spreadsheet performance
        en	linked workbooks	excel spreadsheet linking formulas
        en	tabs in the sheet	excel spreadsheet workbook
        de	pivottabelle	excel pivot table spreadsheet
        de	formel	excel formulas spreadsheet
        de	makro	excel vba macros automation
        de	tabellenblatt	excel spreadsheet workbook
        de	bedingte formatierung	excel spreadsheet formatting
        de	excel-liste	excel spreadsheet
        fr	formule	excel formulas spreadsheet
        fr	mise en forme conditionnelle	excel spreadsheet formatting
        es	fórmula	excel formulas spreadsheet
        es	formato condicional	excel spreadsheet formatting
        nl	formule	excel formulas spreadsheet
        nl	macro	excel vba macros automation
        nl	voorwaardelijke opmaak	excel spreadsheet formatting
        it	formula	excel formulas spreadsheet
        it	macro	excel vba macros automation
        it	formattazione condizionale	excel spreadsheet formatting
        sv	formel	excel formulas spreadsheet
        sv	makro	excel vba macros automation
        sv	villkorsstyrd formatering	excel spreadsheet formatting
        pt	fórmula	excel formulas spreadsheet
        pt	macro	excel vba macros automation
        pt	formatação condicional	excel spreadsheet formatting
        pl	formuła	excel formulas spreadsheet
        pl	formatowanie warunkowe	excel spreadsheet formatting
        en	manually every day	automation rpa scheduled task
        en	auto-rename	file automation scripting
        en	auto-file	document automation rpa workflow
        en	auto-send	automation scheduled email workflow
        en	robot that clicks	robotic process automation rpa
        en	little script	scripting automation
        en	every monday morning	scheduled automation task
        en	bot that	rpa bot automation
        en	save attachments	email automation workflow rpa
        en	same clicks	robotic process automation rpa
        en	batch rename	file automation scripting
        de	automatisch umbenennen	file automation scripting
        de	copy paste	automation rpa data entry
        de	automatisch versenden	automation scheduled email workflow
        fr	renommer automatiquement	file automation scripting
        fr	envoi automatique	automation scheduled email workflow
        fr	ressaisir	automation data entry rpa
        es	renombrar automáticamente	file automation scripting
        es	envío automático	automation scheduled email workflow
        es	volver a teclear	automation data entry rpa
        nl	repetitieve taken	automation rpa repetitive tasks
        nl	kopiëren en plakken	automation rpa data entry
        nl	automatisch hernoemen	file automation scripting
        it	rinominare automaticamente	file automation scripting
        it	invio automatico	automation scheduled email workflow
        it	ricopiare	automation data entry rpa
        sv	kopiera och klistra	automation rpa data entry
        sv	döpa om automatiskt	file automation scripting
        sv	skicka automatiskt	automation scheduled email workflow
        pt	renomear automaticamente	file automation scripting
        pt	envio automático	automation scheduled email workflow
        pt	redigitar	automation data entry rpa
        pl	kopiuj wklej	automation rpa data entry
        pl	automatycznie zmieniać nazwy	file automation scripting
        pl	automatyczna wysyłka	automation scheduled email workflow
        pl	przepisywać ręcznie	automation data entry rpa
        en	simple app	low-code app development
        en	form instead of paper	digital forms low-code
        en	without programming	no-code low-code development
        en	drag and drop	low-code no-code builder
        en	sharepoint list	low-code forms sharepoint
        en	app on a tablet	low-code mobile app forms
        en	without a developer	citizen development low-code
        en	quick app	low-code rapid app development
        en	checklist app	low-code mobile forms inspection
        en	replace the excel	low-code app database
        en	booking form	low-code forms workflow
        en	inspection rounds on paper	digital forms low-code mobile
        de	kleine app	low-code app development
        de	ohne programmieren	no-code low-code development
        de	papierformular	digital forms low-code workflow
        de	formular statt papier	digital forms low-code
        de	eingabemaske	low-code forms data entry
        de	genehmigungsprozess	workflow approval low-code
        de	app fürs tablet	low-code mobile app forms
        fr	petite application	low-code app development
        fr	sans coder	no-code low-code development
        fr	formulaire papier	digital forms low-code workflow
        fr	glisser-déposer	low-code no-code builder
        fr	application sur tablette	low-code mobile app forms
        fr	circuit de validation	workflow approval low-code
        es	pequeña aplicación	low-code app development
        es	sin programar	no-code low-code development
        es	formulario en papel	digital forms low-code workflow
        es	arrastrar y soltar	low-code no-code builder
        es	aplicación en la tablet	low-code mobile app forms
        es	flujo de aprobación	workflow approval low-code
        nl	simpele app	low-code app development
        nl	zonder programmeren	no-code low-code development
        nl	papieren formulier	digital forms low-code workflow
        nl	slepen en neerzetten	low-code no-code builder
        nl	app op de tablet	low-code mobile app forms
        nl	goedkeuringsflow	workflow approval low-code
        it	piccola app	low-code app development
        it	senza programmare	no-code low-code development
        it	modulo cartaceo	digital forms low-code workflow
        it	trascina e rilascia	low-code no-code builder
        it	app su tablet	low-code mobile app forms
        it	flusso di approvazione	workflow approval low-code
        sv	enkel app	low-code app development
        sv	utan att programmera	no-code low-code development
        sv	pappersblankett	digital forms low-code workflow
        sv	dra och släpp	low-code no-code builder
        sv	app på surfplattan	low-code mobile app forms
        sv	attestflöde	workflow approval low-code
        pt	pequena aplicação	low-code app development
        pt	sem programar	no-code low-code development
        pt	formulário em papel	digital forms low-code workflow
        pt	arrastar e largar	low-code no-code builder
        pt	app no tablet	low-code mobile app forms
        pt	fluxo de aprovação	workflow approval low-code
        pl	prosta aplikacja	low-code app development
        pl	formularz papierowy	digital forms low-code workflow
        pl	przeciągnij i upuść	low-code no-code builder
        pl	aplikacja na tablet	low-code mobile app forms
        pl	obieg akceptacji	workflow approval low-code
        en	sync between	data synchronization integration api
        en	push orders into	api integration order interface
        en	connect the crm	crm integration api
        en	nightly export import	batch integration data exchange etl
        en	typing it in twice	system integration double entry api
        en	real-time feed	api integration real-time streaming
        en	rest call	rest api integration
        en	link the two systems	system integration interface api
        en	csv drop on ftp	file-based integration data exchange
        de	reden nicht miteinander	system integration api interoperability
        de	abgleich	data synchronization integration
        de	doppelt erfassen	system integration double entry api
        de	anbindung	system integration api connector
        de	datenaustausch	data exchange integration api
        fr	interface entre	api interface system integration
        fr	ne communiquent pas	system integration api interoperability
        fr	connecteur	integration connector middleware
        fr	échange de données	data exchange integration api
        es	interfaz entre	api interface system integration
        es	no se hablan	system integration api interoperability
        es	doble registro	system integration double entry api
        es	conector	integration connector middleware
        es	intercambio de datos	data exchange integration api
        nl	praten niet met elkaar	system integration api interoperability
        nl	dubbel invoeren	system integration double entry api
        nl	gegevensuitwisseling	data exchange integration api
        nl	connector	integration connector middleware
        it	interfaccia tra	api interface system integration
        it	non si parlano	system integration api interoperability
        it	doppio inserimento	system integration double entry api
        it	connettore	integration connector middleware
        it	scambio dati	data exchange integration api
        sv	integration mellan	system integration api
        sv	pratar inte med varandra	system integration api interoperability
        sv	dubbelregistrering	system integration double entry api
        sv	koppling mellan systemen	system integration api connector
        sv	datautbyte	data exchange integration api
        pt	interface entre	api interface system integration
        pt	não comunicam	system integration api interoperability
        pt	dupla introdução	system integration double entry api
        pt	conector	integration connector middleware
        pt	troca de dados	data exchange integration api
        pl	nie komunikują się	system integration api interoperability
        pl	podwójne wprowadzanie	system integration double entry api
        pl	łącznik	integration connector middleware
        pl	wymiana danych	data exchange integration api
        en	simple page	web development website
        en	web form	web forms development
        en	mobile friendly	responsive web design
        en	online booking page	web application booking development
        en	microsite	website web development
        en	web shop	ecommerce web development
        en	css	web development html css
        de	landingpage	web development landing page
        de	online-formular	web forms development
        fr	formulaire en ligne	web forms development
        es	formulario online	web forms development
        nl	landingspagina	web development landing page
        nl	webformulier	web forms development
        it	modulo online	web forms development
        sv	landningssida	web development landing page
        sv	webbformulär	web forms development
        pt	formulário online	web forms development
        pl	formularz online	web forms development
        en	on-premise	on-premise cloud migration hosting
        en	scale up	cloud scalability architecture
        en	cloud bill	cloud cost optimization finops
        en	landing zone	cloud landing zone architecture
        en	where to host	cloud hosting architecture
        de	hosten	cloud hosting infrastructure
        de	cloud-kosten	cloud cost optimization finops
        de	skalieren	cloud scalability architecture
        fr	dans le cloud	cloud architecture hosting
        fr	hébergement	cloud hosting infrastructure
        fr	coûts du cloud	cloud cost optimization finops
        fr	héberger	cloud hosting infrastructure
        es	en la nube	cloud architecture hosting
        es	alojamiento	cloud hosting infrastructure
        es	costes de la nube	cloud cost optimization finops
        es	alojar	cloud hosting infrastructure
        nl	hosting	cloud hosting infrastructure
        nl	cloudkosten	cloud cost optimization finops
        nl	opschalen	cloud scalability architecture
        it	nel cloud	cloud architecture hosting
        it	costi del cloud	cloud cost optimization finops
        it	ospitare	cloud hosting infrastructure
        it	scalare	cloud scalability architecture
        sv	till molnet	cloud migration architecture
        sv	driftmiljö	cloud hosting infrastructure
        sv	molnkostnader	cloud cost optimization finops
        sv	skala upp	cloud scalability architecture
        pt	para a nuvem	cloud migration architecture
        pt	alojamento	cloud hosting infrastructure
        pt	custos da cloud	cloud cost optimization finops
        pt	hospedagem	cloud hosting infrastructure
        pl	do chmury	cloud migration architecture
        pl	chmura	cloud architecture hosting
        pl	koszty chmury	cloud cost optimization finops
        pl	skalowanie	cloud scalability architecture
        en	automatic build	continuous integration build automation
        en	deploy on friday	release management devops ci/cd
        en	staging environment	deployment environments devops
        en	release every sprint	continuous delivery release devops
        en	works on test not on prod	deployment environments devops
        de	ausrollen	deployment devops ci/cd
        de	versionsverwaltung	version control git
        de	container	containers docker devops
        de	build-pipeline	ci/cd pipeline devops
        de	testumgebung	deployment environments devops
        de	produktivsetzung	release management deployment devops
        fr	déploiement	deployment devops ci/cd
        fr	mise en production	release management deployment devops
        fr	gestion de versions	version control git
        fr	conteneurs	containers docker devops
        fr	environnement de recette	deployment environments devops
        es	despliegue	deployment devops ci/cd
        es	puesta en producción	release management deployment devops
        es	control de versiones	version control git
        es	contenedores	containers docker devops
        es	entorno de pruebas	deployment environments devops
        nl	uitrol	deployment devops ci/cd
        nl	deployen	deployment devops ci/cd
        nl	versiebeheer	version control git
        nl	containers	containers docker devops
        nl	testomgeving	deployment environments devops
        nl	naar productie	release management deployment devops
        it	rilascio	release management deployment devops
        it	messa in produzione	release management deployment devops
        it	controllo versione	version control git
        it	container	containers docker devops
        it	ambiente di test	deployment environments devops
        sv	driftsättning	deployment devops ci/cd
        sv	produktionssättning	release management deployment devops
        sv	versionshantering	version control git
        sv	containrar	containers docker devops
        sv	testmiljö	deployment environments devops
        sv	bygga automatiskt	continuous integration build automation
        pt	implantação	deployment devops ci/cd
        pt	passagem a produção	release management deployment devops
        pt	controlo de versões	version control git
        pt	contentores	containers docker devops
        pt	ambiente de testes	deployment environments devops
        pl	wdrożenie na produkcję	release management deployment devops
        pl	kontrola wersji	version control git
        pl	kontenery	containers docker devops
        pl	środowisko testowe	deployment environments devops
        pl	automatyczne budowanie	continuous integration build automation
        en	secrets in code	secrets management security architecture
        en	api keys	secrets management security
        en	hardcoded	secrets management secure coding
        en	key vault	secrets management key vault
        en	security review	security architecture review
        en	who can see what	access control authorization security
        en	privacy by design	privacy by design security architecture
        en	keys in the repository	secrets management security
        en	service account	identity access management security
        en	single sign-on	identity access management sso
        de	verschlüsselung	encryption security architecture
        de	zugangsdaten im code	secrets management security
        de	sicherheitskonzept	security architecture design
        de	angriffsfläche	attack surface security architecture
        de	penetrationstest	penetration testing security
        de	berechtigungskonzept	access control authorization security
        fr	chiffrement	encryption security architecture
        fr	identifiants dans le code	secrets management security
        fr	analyse de risques sécurité	threat modeling security architecture
        fr	surface d'attaque	attack surface security architecture
        fr	test d'intrusion	penetration testing security
        fr	gestion des droits	access control authorization security
        es	cifrado	encryption security architecture
        es	credenciales en el código	secrets management security
        es	superficie de ataque	attack surface security architecture
        es	prueba de penetración	penetration testing security
        es	gestión de permisos	access control authorization security
        nl	versleuteling	encryption security architecture
        nl	beveiligingsarchitectuur	security architecture design
        nl	aanvalsoppervlak	attack surface security architecture
        nl	pentest	penetration testing security
        nl	rechtenstructuur	access control authorization security
        it	crittografia	encryption security architecture
        it	credenziali nel codice	secrets management security
        it	superficie di attacco	attack surface security architecture
        it	test di penetrazione	penetration testing security
        it	gestione dei permessi	access control authorization security
        sv	kryptering	encryption security architecture
        sv	attackyta	attack surface security architecture
        sv	penetrationstest	penetration testing security
        sv	behörighetsstyrning	access control authorization security
        pt	encriptação	encryption security architecture
        pt	credenciais no código	secrets management security
        pt	superfície de ataque	attack surface security architecture
        pt	teste de intrusão	penetration testing security
        pt	gestão de permissões	access control authorization security
        pl	szyfrowanie	encryption security architecture
        pl	hasła w kodzie	secrets management security
        pl	powierzchnia ataku	attack surface security architecture
        pl	test penetracyjny	penetration testing security
        pl	nadawanie uprawnień	access control authorization security
        en	can we keep	data retention gdpr
        en	delete after	data retention deletion gdpr
        en	retention period	data retention gdpr
        en	pseudonymise	pseudonymisation data protection
        en	names removed	anonymisation data protection
        en	processing agreement	data processing agreement gdpr
        en	data outside the eu	international transfers gdpr
        en	subject access request	gdpr data subject rights
        en	privacy notice	privacy notice gdpr transparency
        de	löschfristen	data retention deletion gdpr
        de	auftragsverarbeitung	data processing agreement gdpr
        fr	durée de conservation	data retention gdpr
        fr	droit à l'oubli	gdpr erasure data protection
        es	plazo de conservación	data retention gdpr
        es	derecho al olvido	gdpr erasure data protection
        nl	bewaartermijn	data retention gdpr
        nl	verwerkersovereenkomst	data processing agreement gdpr
        it	consenso	consent gdpr data protection
        it	tempi di conservazione	data retention gdpr
        it	informativa privacy	privacy notice gdpr transparency
        sv	gallring	data retention deletion gdpr
        sv	personuppgiftsbiträdesavtal	data processing agreement gdpr
        pt	rgpd	gdpr data protection privacy
        pt	prazo de conservação	data retention gdpr
        pl	okres przechowywania	data retention gdpr
        pl	powierzenie przetwarzania	data processing agreement gdpr
        en	community edition	open source community edition licensing
        en	on github publicly	open source publishing repository
        en	free version	open source community edition
        en	without paying for licences	open source software alternatives
        en	share our code	open source publishing code
        en	mit licence	open source license mit
        en	contribute back	open source contribution community
        en	vendor lock-in	open source vendor lock-in
        en	use commercially	open source license compliance
        en	apache licence	open source license apache
        de	code veröffentlichen	open source publishing code release
        de	community-version	open source community edition
        de	herstellerabhängigkeit	open source vendor lock-in
        fr	licence libre	open source license
        fr	version communautaire	open source community edition
        fr	dépendance au fournisseur	open source vendor lock-in
        es	licencia libre	open source license
        es	versión comunitaria	open source community edition
        es	dependencia del proveedor	open source vendor lock-in
        nl	vrije software	open source free software
        nl	code openbaar maken	open source publishing code release
        nl	community-versie	open source community edition
        nl	leveranciersafhankelijkheid	open source vendor lock-in
        it	licenza libera	open source license
        it	versione community	open source community edition
        it	dipendenza dal fornitore	open source vendor lock-in
        sv	fri programvara	open source free software
        sv	inlåsning hos leverantören	open source vendor lock-in
        pt	licença livre	open source license
        pt	publicar o nosso código	open source publishing code release
        pt	versão comunitária	open source community edition
        pt	dependência do fornecedor	open source vendor lock-in
        pl	wolne oprogramowanie	open source free software
        pl	opublikować nasz kod	open source publishing code release
        pl	wersja społecznościowa	open source community edition
        pl	otwarty kod	open source software
        en	light grey on white	accessibility colour contrast
        en	low vision	accessibility visual impairment
        en	font too small	accessibility readability typography
        en	deaf colleagues	accessibility captions hearing impairment
        en	easy read	accessibility plain language readability
        en	blind users	accessibility screen reader visual impairment
        en	hard to read	accessibility contrast readability
        de	untertitel	accessibility captions video
        de	sehbehindert	accessibility visual impairment
        de	bildschirmleser	accessibility screen reader
        de	farbenblind	accessibility colour contrast
        de	gehörlos	accessibility captions hearing impairment
        fr	sous-titres	accessibility captions video
        fr	daltoniens	accessibility colour contrast
        fr	contraste trop faible	accessibility colour contrast
        fr	personnes handicapées	accessibility disability inclusion
        es	subtítulos	accessibility captions video
        es	baja visión	accessibility visual impairment
        es	daltónicos	accessibility colour contrast
        es	poco contraste	accessibility colour contrast
        es	personas con discapacidad	accessibility disability inclusion
        nl	ondertiteling	accessibility captions video
        nl	slechtziend	accessibility visual impairment
        nl	kleurenblind	accessibility colour contrast
        nl	digitoegankelijk	accessibility wcag compliance
        nl	slechthorend	accessibility captions hearing impairment
        it	sottotitoli	accessibility captions video
        it	ipovedenti	accessibility visual impairment
        it	daltonici	accessibility colour contrast
        it	poco contrasto	accessibility colour contrast
        it	persone con disabilità	accessibility disability inclusion
        sv	undertexter	accessibility captions video
        sv	synnedsättning	accessibility visual impairment
        sv	färgblind	accessibility colour contrast
        sv	tillgänglighetsanpassa	accessibility wcag compliance
        sv	hörselnedsättning	accessibility captions hearing impairment
        pt	legendas	accessibility captions video
        pt	baixa visão	accessibility visual impairment
        pt	daltónicos	accessibility colour contrast
        pt	pouco contraste	accessibility colour contrast
        pt	pessoas com deficiência	accessibility disability inclusion
        pl	napisy do filmów	accessibility captions video
        pl	słabowidzący	accessibility visual impairment
        pl	daltoniści	accessibility colour contrast
        pl	słaby kontrast	accessibility colour contrast
        pl	osoby z niepełnosprawnościami	accessibility disability inclusion
        en	what employees actually need	user research needs analysis
        en	watch colleagues	user research observation usability
        en	interview users	user research interviews
        en	nobody uses the new tool	usability adoption user research
        en	confusing to use	usability testing ux
        en	too many clicks	usability ux design
        en	try it out with users	usability testing user research
        en	user journey	user journey mapping ux
        en	card sorting	user research information architecture
        en	think aloud	usability testing think aloud
        en	click through the mock-up	usability testing prototype
        en	people get lost	usability navigation ux
        en	why people drop out	usability conversion ux research
        en	test with real users	usability testing user research
        de	nutzerbefragung	user research interviews
        de	benutzerfreundlich	usability ux design
        de	umständlich	usability ux design
        de	interviews mit nutzern	user research interviews
        de	bedienbarkeit	usability ux
        de	nutzertest	usability testing user research
        fr	besoins des utilisateurs	user research needs analysis
        fr	observer les collègues	user research observation usability
        fr	tests utilisateurs	usability testing user research
        fr	ergonomie	usability ux design
        fr	parcours utilisateur	user journey mapping ux
        es	necesidades de los usuarios	user research needs analysis
        es	observar a los compañeros	user research observation usability
        es	pruebas con usuarios	usability testing user research
        es	fácil de usar	usability ux design
        es	experiencia de usuario	ux user experience research
        nl	gebruiksvriendelijk	usability ux design
        nl	gebruikerstest	usability testing user research
        nl	interviews met gebruikers	user research interviews
        nl	klantreis	user journey mapping ux
        it	esigenze degli utenti	user research needs analysis
        it	osservare i colleghi	user research observation usability
        it	test con gli utenti	usability testing user research
        it	facilità d'uso	usability ux design
        it	percorso utente	user journey mapping ux
        sv	användarbehov	user research needs analysis
        sv	användartester	usability testing user research
        sv	intervjua användare	user research interviews
        sv	krångligt	usability ux design
        sv	användarvänlig	usability ux design
        sv	kundresa	user journey mapping ux
        pt	necessidades dos utilizadores	user research needs analysis
        pt	testes com utilizadores	usability testing user research
        pt	entrevistas com utilizadores	user research interviews
        pt	facilidade de utilização	usability ux design
        pt	jornada do cliente	user journey mapping ux
        pt	difícil de usar	usability ux design
        pl	potrzeby użytkowników	user research needs analysis
        pl	testy z użytkownikami	usability testing user research
        pl	intuicyjny	usability ux design
        pl	niewygodny w obsłudze	usability ux design
        en	handovers	process improvement lean handoffs
        en	bounces between	process improvement lean workflow
        en	walking back and forth	lean waste motion process improvement
        en	5s	lean 5s workplace organization
        en	duplicated work	lean waste process improvement
        en	lead time	lean lead time process improvement
        en	sits in someone's inbox	process improvement lean workflow waiting
        en	three signatures	process improvement lean approvals
        de	laufwege	lean waste motion process improvement
        de	verschwendung	lean waste process improvement
        de	doppelarbeit	lean waste process improvement
        de	prozesse verschlanken	process improvement lean
        fr	trop d'étapes	process improvement lean simplification
        fr	allers-retours	process improvement lean workflow
        fr	gaspillage	lean waste process improvement
        fr	double travail	lean waste process improvement
        fr	amélioration continue	continuous improvement lean kaizen
        es	idas y venidas	process improvement lean workflow
        es	despilfarro	lean waste process improvement
        es	mejora continua	continuous improvement lean kaizen
        nl	overdrachtsmomenten	process improvement lean handoffs
        nl	heen en weer	process improvement lean workflow
        nl	verspilling	lean waste process improvement
        it	avanti e indietro	process improvement lean workflow
        it	sprechi	lean waste process improvement
        it	miglioramento continuo	continuous improvement lean kaizen
        sv	fram och tillbaka	process improvement lean workflow
        sv	slöseri	lean waste process improvement
        pt	idas e voltas	process improvement lean workflow
        pt	desperdício	lean waste process improvement
        pt	melhoria contínua	continuous improvement lean kaizen
        pl	przekazywanie między działami	process improvement lean handoffs
        pl	tam i z powrotem	process improvement lean workflow
        pl	ciągłe doskonalenie	continuous improvement lean kaizen
        en	incidents	incident analysis quality improvement
        en	near miss	near miss incident reporting safety
        en	same mistake again	recurring errors quality improvement
        en	why does it go wrong	root cause analysis quality
        en	complaints keep coming	quality improvement complaints analysis
        en	corrective action	corrective action capa quality
        en	audit finding	quality audit corrective action
        en	defect rate	quality control defects improvement
        en	lessons learned	lessons learned quality improvement
        en	wrong items shipped	error reduction quality improvement
        en	pdca	quality improvement pdca cycle
        en	iso 9001	quality management system iso
        de	passiert immer wieder	quality improvement root cause analysis
        de	ursachenanalyse	root cause analysis quality improvement
        de	beinahe-unfall	near miss incident reporting safety
        de	korrekturmaßnahmen	corrective action capa quality
        de	reklamationen häufen sich	quality improvement complaints analysis
        de	qualitätsmanagement	quality management system improvement
        fr	se reproduit	quality improvement root cause analysis
        fr	cause racine	root cause analysis quality improvement
        fr	presque accident	near miss incident reporting safety
        fr	actions correctives	corrective action capa quality
        fr	non-conformité	quality nonconformity corrective action
        es	se repite	quality improvement root cause analysis
        es	causa raíz	root cause analysis quality improvement
        es	casi accidente	near miss incident reporting safety
        es	tasa de errores	quality control defects improvement
        es	acciones correctivas	corrective action capa quality
        es	no conformidad	quality nonconformity corrective action
        nl	gebeurt steeds weer	quality improvement root cause analysis
        nl	grondoorzaak	root cause analysis quality improvement
        nl	bijna-ongeval	near miss incident reporting safety
        nl	foutpercentage	quality control defects improvement
        nl	corrigerende maatregelen	corrective action capa quality
        it	si ripete	quality improvement root cause analysis
        it	causa radice	root cause analysis quality improvement
        it	quasi incidente	near miss incident reporting safety
        it	tasso di errore	quality control defects improvement
        it	azioni correttive	corrective action capa quality
        it	non conformità	quality nonconformity corrective action
        sv	händer om och om igen	quality improvement root cause analysis
        sv	grundorsak	root cause analysis quality improvement
        sv	felfrekvens	quality control defects improvement
        sv	korrigerande åtgärder	corrective action capa quality
        pt	volta a acontecer	quality improvement root cause analysis
        pt	causa raiz	root cause analysis quality improvement
        pt	quase acidente	near miss incident reporting safety
        pt	taxa de erros	quality control defects improvement
        pt	ações corretivas	corrective action capa quality
        pt	não conformidade	quality nonconformity corrective action
        pl	ciągle się powtarza	quality improvement root cause analysis
        pl	przyczyna źródłowa	root cause analysis quality improvement
        pl	zdarzenie potencjalnie wypadkowe	near miss incident reporting safety
        pl	wskaźnik błędów	quality control defects improvement
        pl	działania korygujące	corrective action capa quality
        pl	niezgodności	quality nonconformity corrective action
        en	stakeholder updates	project management stakeholder communication
        en	status update for the board	project reporting stakeholder communication
        en	deadlines slipping	project management schedule delays
        en	who does what	project management raci responsibilities
        en	kick-off	project management kickoff planning
        en	risk log	project management risk register
        en	over budget	project management budget control
        en	dependencies between tasks	project management dependencies scheduling
        en	keep everyone informed	stakeholder communication project management
        en	prince2	project management methodology prince2
        de	lenkungsausschuss	project governance steering committee
        de	zeitverzug	project management schedule delays
        de	zuständigkeiten	project management raci responsibilities
        de	statusbericht	project reporting stakeholder communication
        fr	jalons	project management milestones planning
        fr	comité de pilotage	project governance steering committee
        fr	dérive du planning	project management schedule delays
        fr	suivi de projet	project management tracking reporting
        es	hitos	project management milestones planning
        es	comité de dirección	project governance steering committee
        es	plan del proyecto	project management planning
        es	retrasos en el proyecto	project management schedule delays
        es	seguimiento del proyecto	project management tracking reporting
        nl	mijlpalen	project management milestones planning
        nl	stuurgroep	project governance steering committee
        nl	uitloop	project management schedule delays
        nl	voortgangsrapportage	project reporting stakeholder communication
        it	tappe fondamentali	project management milestones planning
        it	comitato guida	project governance steering committee
        it	piano di progetto	project management planning
        it	ritardi sul progetto	project management schedule delays
        it	stato avanzamento lavori	project reporting stakeholder communication
        sv	milstolpar	project management milestones planning
        sv	styrgrupp	project governance steering committee
        sv	lägesrapport	project reporting stakeholder communication
        pt	marcos do projeto	project management milestones planning
        pt	comité de direção	project governance steering committee
        pt	plano do projeto	project management planning
        pt	atrasos no projeto	project management schedule delays
        pt	ponto de situação	project reporting stakeholder communication
        pl	kamienie milowe	project management milestones planning
        pl	komitet sterujący	project governance steering committee
        pl	opóźnienia w projekcie	project management schedule delays
        pl	kto za co odpowiada	project management raci responsibilities
        pl	raport statusowy	project reporting stakeholder communication
        en	workshop with post-its	design thinking workshop facilitation
        en	new ideas	innovation ideation creativity
        en	crazy eights	design thinking ideation workshop
        en	idea box	innovation idea management
        en	try something new	innovation experimentation
        en	innovation lab	innovation lab prototyping
        en	mock-up	prototyping mockup design
        en	fresh ideas	innovation ideation creativity
        en	think outside the box	innovation creativity ideation
        en	facilitate a session	workshop facilitation design thinking
        en	idea competition	innovation idea management challenge
        de	prototyp	prototyping design thinking innovation
        de	neue ideen	innovation ideation creativity
        de	ideenwettbewerb	innovation idea management challenge
        de	klebezettel	design thinking workshop facilitation
        de	querdenken	innovation creativity ideation
        fr	prototype	prototyping design thinking innovation
        fr	nouvelles idées	innovation ideation creativity
        fr	boîte à idées	innovation idea management
        fr	post-it	design thinking workshop facilitation
        es	taller creativo	innovation ideation workshop
        es	prototipo	prototyping design thinking innovation
        es	nuevas ideas	innovation ideation creativity
        es	buzón de ideas	innovation idea management
        es	pósits	design thinking workshop facilitation
        nl	ideeënsessie	innovation ideation workshop
        nl	prototype	prototyping design thinking innovation
        nl	nieuwe ideeën	innovation ideation creativity
        nl	ideeënbus	innovation idea management
        nl	post-its	design thinking workshop facilitation
        it	workshop creativo	innovation ideation workshop
        it	prototipo	prototyping design thinking innovation
        it	nuove idee	innovation ideation creativity
        it	cassetta delle idee	innovation idea management
        it	foglietti adesivi	design thinking workshop facilitation
        sv	idéverkstad	innovation ideation workshop
        sv	spåna idéer	innovation brainstorming ideation
        sv	prototyp	prototyping design thinking innovation
        sv	nya idéer	innovation ideation creativity
        sv	idélåda	innovation idea management
        sv	postit-lappar	design thinking workshop facilitation
        pt	workshop criativo	innovation ideation workshop
        pt	protótipo	prototyping design thinking innovation
        pt	novas ideias	innovation ideation creativity
        pt	caixa de ideias	innovation idea management
        pt	post-its	design thinking workshop facilitation
        pl	warsztat kreatywny	innovation ideation workshop
        pl	prototyp	prototyping design thinking innovation
        pl	nowe pomysły	innovation ideation creativity
        pl	skrzynka pomysłów	innovation idea management
        pl	karteczki samoprzylepne	design thinking workshop facilitation
        en	training videos	training video e-learning
        en	onboarding new hires	onboarding training materials
        en	how-to videos	instructional video training
        en	instruction manual	training documentation instructional design
        en	quiz at the end	e-learning assessment quiz
        en	microlearning	microlearning e-learning training
        en	new starters	onboarding training induction
        en	explainer video	instructional video training
        en	induction	onboarding induction training
        en	screen recording	instructional video screencast training
        en	learning path	e-learning learning path curriculum
        en	train the trainer	training delivery instructional design
        en	teach the warehouse staff	training instructional design e-learning
        de	schulungsvideos	training video e-learning
        de	lernmodul	e-learning course development
        de	neue mitarbeiter	onboarding training induction
        de	schulungsunterlagen	training materials instructional design
        de	erklärvideo	instructional video training
        de	lernplattform	learning management system e-learning
        fr	vidéos de formation	training video e-learning
        fr	intégration des nouveaux	onboarding training materials
        fr	module e-learning	e-learning course development
        fr	nouveaux arrivants	onboarding training induction
        fr	supports de formation	training materials instructional design
        fr	tutoriel vidéo	instructional video training
        es	vídeos de formación	training video e-learning
        es	incorporación de nuevos empleados	onboarding training materials
        es	curso online	e-learning course development
        es	nuevas incorporaciones	onboarding training induction
        es	material de formación	training materials instructional design
        es	vídeo tutorial	instructional video training
        nl	instructievideo	instructional video training
        nl	e-learningmodule	e-learning course development
        nl	nieuwe collega's	onboarding training induction
        nl	trainingsmateriaal	training materials instructional design
        nl	uitlegvideo	instructional video training
        it	video formativi	training video e-learning
        it	inserimento dei neoassunti	onboarding training materials
        it	neoassunti	onboarding training induction
        it	materiale formativo	training materials instructional design
        it	video tutorial	instructional video training
        sv	utbildningsfilmer	training video e-learning
        sv	introduktion för nyanställda	onboarding training materials
        sv	nyanställda	onboarding training induction
        sv	utbildningsmaterial	training materials instructional design
        sv	instruktionsfilm	instructional video training
        pt	vídeos de formação	training video e-learning
        pt	integração de novos colaboradores	onboarding training materials
        pt	recém-chegados	onboarding training induction
        pt	materiais de formação	training materials instructional design
        pt	vídeo tutorial	instructional video training
        pl	nowi pracownicy	onboarding training induction
        pl	film instruktażowy	instructional video training
        en	door-open sensors	iot sensors
        en	temperature probes	iot temperature sensors
        en	send readings live	iot telemetry real-time
        en	trackers on	iot asset tracking gps
        en	smart meters	iot smart metering energy
        en	vibration sensor	iot predictive maintenance sensors
        en	rfid tags	rfid iot asset tracking
        en	occupancy sensors	iot occupancy sensors building
        en	cold chain	iot cold chain temperature
        en	connected devices	iot connected devices
        en	data logger	iot data logger sensors
        en	alert when temperature	iot alerts threshold
        en	lorawan	iot lorawan connectivity
        de	luftfeuchtigkeit	iot sensors environmental
        de	temperaturfühler	iot temperature sensors
        de	messwerte live	iot telemetry real-time
        de	türsensor	iot sensors
        de	füllstand	iot level sensors
        de	kühlkette	iot cold chain temperature
        fr	humidité	iot sensors environmental
        fr	sondes de température	iot temperature sensors
        fr	relevés en temps réel	iot telemetry real-time
        fr	capteur d'ouverture	iot sensors
        fr	chaîne du froid	iot cold chain temperature
        es	humedad	iot sensors environmental
        es	sondas de temperatura	iot temperature sensors
        es	lecturas en tiempo real	iot telemetry real-time
        es	sensor de apertura	iot sensors
        es	cadena de frío	iot cold chain temperature
        nl	luchtvochtigheid	iot sensors environmental
        nl	temperatuurmeting	iot temperature sensors
        nl	metingen live	iot telemetry real-time
        nl	deursensor	iot sensors
        nl	koudeketen	iot cold chain temperature
        it	umidità	iot sensors environmental
        it	sonde di temperatura	iot temperature sensors
        it	letture in tempo reale	iot telemetry real-time
        it	sensore porta	iot sensors
        it	catena del freddo	iot cold chain temperature
        sv	luftfuktighet	iot sensors environmental
        sv	temperaturgivare	iot temperature sensors
        sv	mätvärden i realtid	iot telemetry real-time
        sv	dörrsensor	iot sensors
        sv	kylkedja	iot cold chain temperature
        pt	humidade	iot sensors environmental
        pt	sondas de temperatura	iot temperature sensors
        pt	leituras em tempo real	iot telemetry real-time
        pt	sensor de porta	iot sensors
        pt	cadeia de frio	iot cold chain temperature
        pl	wilgotność	iot sensors environmental
        pl	czujniki	iot sensors
        pl	sondy temperatury	iot temperature sensors
        pl	odczyty na żywo	iot telemetry real-time
        pl	czujnik otwarcia drzwi	iot sensors
        pl	łańcuch chłodniczy	iot cold chain temperature
        en	solar panels	sustainability energy solar generation
        en	climate footprint	carbon footprint emissions sustainability
        en	electricity use per site	energy consumption data sustainability
        en	co2 per delivery	carbon emissions logistics sustainability
        en	scope 3	carbon accounting scope 3 emissions
        en	green reporting	sustainability reporting esg
        en	heat pump	energy efficiency sustainability
        en	energy bills	energy consumption data cost
        en	emissions per	carbon emissions data sustainability
        en	diesel consumption	fuel emissions carbon data
        en	esg report	esg sustainability reporting
        en	kwh	energy consumption data metering
        en	waste streams	waste data sustainability circularity
        en	what they actually produce	solar generation energy
        en	greenhouse gas	ghg emissions carbon accounting
        de	solaranlage	sustainability energy solar generation
        de	energieverbrauch pro standort	energy consumption data sustainability
        de	klimabilanz	carbon accounting emissions sustainability
        de	nachhaltigkeitsbericht	sustainability reporting esg
        de	wärmepumpe	energy efficiency sustainability
        fr	panneaux solaires	sustainability energy solar generation
        fr	consommation d'électricité	energy consumption data sustainability
        fr	rapport rse	sustainability reporting esg
        fr	émissions de co2	carbon emissions data sustainability
        es	placas solares	sustainability energy solar generation
        es	consumo eléctrico	energy consumption data sustainability
        es	emisiones de co2	carbon emissions data sustainability
        es	informe de sostenibilidad	sustainability reporting esg
        es	eficiencia energética	energy efficiency sustainability
        nl	zonnepanelen	sustainability energy solar generation
        nl	co2-voetafdruk	carbon footprint emissions sustainability
        nl	stroomverbruik	energy consumption data sustainability
        nl	energieverbruik per locatie	energy consumption data sustainability
        nl	duurzaamheidsverslag	sustainability reporting esg
        it	pannelli solari	sustainability energy solar generation
        it	consumi elettrici	energy consumption data sustainability
        it	emissioni di co2	carbon emissions data sustainability
        it	bilancio di sostenibilità	sustainability reporting esg
        it	risparmio energetico	energy efficiency sustainability
        sv	solpaneler	sustainability energy solar generation
        sv	koldioxidutsläpp	carbon emissions data sustainability
        sv	hållbarhetsrapport	sustainability reporting esg
        pt	painéis solares	sustainability energy solar generation
        pt	consumo de eletricidade	energy consumption data sustainability
        pt	emissões de co2	carbon emissions data sustainability
        pt	relatório de sustentabilidade	sustainability reporting esg
        pt	eficiência energética	energy efficiency sustainability
        pl	panele słoneczne	sustainability energy solar generation
        pl	fotowoltaika	sustainability energy solar generation
        pl	zużycie prądu	energy consumption data sustainability
        pl	emisje co2	carbon emissions data sustainability
        pl	raport esg	esg sustainability reporting
        pl	efektywność energetyczna	energy efficiency sustainability
        en	tidyverse	r tidyverse data wrangling
        en	dplyr	r dplyr data wrangling
        en	r markdown	r markdown reproducible reports
        en	shiny app	r shiny web apps
        en	cran	r packages cran
        en	data frame in r	r language data frames
        en	r package	r packages development
        en	quarto	r quarto reproducible reports
        en	install.packages	r packages installation
        en	knitr	r knitr reproducible reports
        en	written in r	r language programming
        en	lme4	r mixed models statistics
        en	posit	r rstudio posit
        de	r-skript	r language scripting
        de	r-paket	r packages development
        de	shiny-app	r shiny web apps
        de	in r programmiert	r language programming
        de	rstudio läuft nicht	r language rstudio
        fr	script r	r language scripting
        fr	sous r	r language programming
        fr	package r	r packages development
        fr	application shiny	r shiny web apps
        fr	analyse avec r	r language statistics analysis
        fr	graphique ggplot	r ggplot2 visualization
        es	script de r	r language scripting
        es	en r	r language programming
        es	paquete de r	r packages development
        es	aplicación shiny	r shiny web apps
        es	análisis con r	r language statistics analysis
        es	gráfico con ggplot	r ggplot2 visualization
        nl	r-script	r language scripting
        nl	in r	r language programming
        nl	r-pakket	r packages development
        nl	shiny-app	r shiny web apps
        nl	analyse in r	r language statistics analysis
        nl	grafiek in ggplot	r ggplot2 visualization
        it	script in r	r language scripting
        it	con r	r language programming
        it	pacchetto r	r packages development
        it	app shiny	r shiny web apps
        it	analisi in r	r language statistics analysis
        it	grafico ggplot	r ggplot2 visualization
        sv	r-skript	r language scripting
        sv	i r	r language programming
        sv	r-paket	r packages development
        sv	shiny-app	r shiny web apps
        sv	analys i r	r language statistics analysis
        sv	diagram i ggplot	r ggplot2 visualization
        pt	script em r	r language scripting
        pt	no r	r language programming
        pt	pacote r	r packages development
        pt	aplicação shiny	r shiny web apps
        pt	análise em r	r language statistics analysis
        pt	gráfico ggplot	r ggplot2 visualization
        pl	skrypt w r	r language scripting
        pl	w r	r language programming
        pl	pakiet r	r packages development
        pl	aplikacja shiny	r shiny web apps
        pl	analiza w r	r language statistics analysis
        pl	wykres ggplot	r ggplot2 visualization
        en	python script	python scripting
        en	pip install	python packages pip
        en	virtual environment	python virtual environments packaging
        en	conda	python conda environments
        en	numpy	python numpy scientific computing
        en	google colab	python notebooks colab
        en	module not found	python packages environments
        en	anaconda	python anaconda environments
        en	venv	python virtual environments
        en	.py file	python scripting
        en	dataframe in python	python pandas data analysis
        de	python-skript	python scripting
        de	jupyter-notebook	python jupyter notebooks
        de	mit python auswerten	python data analysis
        de	python-bibliothek	python packages libraries
        de	in python programmiert	python programming
        de	python-umgebung	python virtual environments
        fr	script python	python scripting
        fr	notebook jupyter	python jupyter notebooks
        fr	en python	python programming
        fr	bibliothèque python	python packages libraries
        fr	environnement virtuel	python virtual environments
        fr	analyse avec pandas	python pandas data analysis
        es	script de python	python scripting
        es	cuaderno jupyter	python jupyter notebooks
        es	en python	python programming
        es	librería de python	python packages libraries
        es	entorno virtual	python virtual environments
        es	análisis con pandas	python pandas data analysis
        nl	python-script	python scripting
        nl	jupyter-notebook	python jupyter notebooks
        nl	in python	python programming
        nl	python-bibliotheek	python packages libraries
        nl	virtuele omgeving	python virtual environments
        nl	analyse met pandas	python pandas data analysis
        it	script python	python scripting
        it	notebook jupyter	python jupyter notebooks
        it	in python	python programming
        it	libreria python	python packages libraries
        it	ambiente virtuale	python virtual environments
        it	analisi con pandas	python pandas data analysis
        sv	pythonskript	python scripting
        sv	jupyter-notebook	python jupyter notebooks
        sv	i python	python programming
        sv	pythonbibliotek	python packages libraries
        sv	virtuell miljö	python virtual environments
        sv	analys med pandas	python pandas data analysis
        pt	script em python	python scripting
        pt	notebook jupyter	python jupyter notebooks
        pt	em python	python programming
        pt	biblioteca python	python packages libraries
        pt	ambiente virtual	python virtual environments
        pt	análise com pandas	python pandas data analysis
        pl	skrypt w pythonie	python scripting
        pl	notatnik jupyter	python jupyter notebooks
        pl	w pythonie	python programming
        pl	biblioteka pythona	python packages libraries
        pl	środowisko wirtualne	python virtual environments
        pl	analiza w pandas	python pandas data analysis
        en	unit tests	research software engineering testing
        en	document our code	research software documentation
        en	reproducible	reproducibility research software engineering
        en	package our code	software packaging research software
        en	code review	code review research software engineering
        en	only runs on my laptop	reproducibility environments research software
        en	someone else can rerun	reproducibility research software
        en	messy scripts	refactoring research software engineering
        en	refactor	refactoring code quality software engineering
        en	phd student left	research software maintainability documentation
        en	maintainable code	code quality maintainability software engineering
        en	cite the software	software citation research software
        en	same results twice	reproducibility research software
        en	spaghetti code	refactoring code quality
        en	pytest	testing research software engineering
        de	nachvollziehbar	reproducibility research software
        de	code dokumentieren	research software documentation
        de	läuft nur auf meinem rechner	reproducibility environments research software
        de	tests schreiben	testing research software engineering
        de	spaghetticode	refactoring code quality
        fr	reproductible	reproducibility research software engineering
        fr	documenter le code	research software documentation
        fr	tests unitaires	research software engineering testing
        fr	ne marche que sur mon poste	reproducibility environments research software
        fr	code propre	code quality software engineering
        fr	code maintenable	code quality maintainability software engineering
        es	reproducible	reproducibility research software engineering
        es	documentar el código	research software documentation
        es	pruebas unitarias	research software engineering testing
        es	solo funciona en mi ordenador	reproducibility environments research software
        es	código limpio	code quality software engineering
        es	código mantenible	code quality maintainability software engineering
        nl	code documenteren	research software documentation
        nl	unittests	research software engineering testing
        nl	werkt alleen op mijn laptop	reproducibility environments research software
        nl	nette code	code quality software engineering
        nl	onderhoudbare code	code quality maintainability software engineering
        it	riproducibile	reproducibility research software engineering
        it	documentare il codice	research software documentation
        it	test unitari	research software engineering testing
        it	funziona solo sul mio pc	reproducibility environments research software
        it	codice pulito	code quality software engineering
        it	codice manutenibile	code quality maintainability software engineering
        sv	dokumentera koden	research software documentation
        sv	enhetstester	research software engineering testing
        sv	funkar bara på min dator	reproducibility environments research software
        sv	ren kod	code quality software engineering
        sv	underhållbar kod	code quality maintainability software engineering
        pt	reprodutível	reproducibility research software engineering
        pt	documentar o código	research software documentation
        pt	testes unitários	research software engineering testing
        pt	só funciona no meu computador	reproducibility environments research software
        pt	código limpo	code quality software engineering
        pt	código manutenível	code quality maintainability software engineering
        pl	odtwarzalne wyniki	reproducibility research software engineering
        pl	dokumentacja kodu	research software documentation
        pl	testy jednostkowe	research software engineering testing
        pl	działa tylko u mnie	reproducibility environments research software
        pl	czysty kod	code quality software engineering
        pl	utrzymanie kodu	code quality maintainability software engineering
        en	share our dataset	open science data sharing
        en	data repository	data repository fair data sharing
        en	doi for the data	persistent identifier fair data
        en	findable	fair data findability metadata
        en	reuse by others	fair data reuse open science
        en	funder requires	research data management open science
        en	publish raw data	open data sharing open science
        en	data availability statement	open science data sharing
        en	persistent identifier	persistent identifier fair data
        en	dataverse	data repository open science
        de	offener zugang	open access publishing open science
        de	nachnutzung	fair data reuse open science
        de	rohdaten veröffentlichen	open data sharing open science
        fr	partager nos données	open science data sharing
        es	compartir nuestros datos	open science data sharing
        nl	metadata	metadata fair data
        nl	open access	open access publishing open science
        nl	dataverzameling publiceren	open data sharing open science
        nl	hergebruik van data	fair data reuse open science
        it	condividere i dati	open science data sharing
        it	archivio dati	data repository fair data sharing
        sv	metadata	metadata fair data
        sv	dataarkiv	data repository fair data sharing
        pt	partilhar os dados	open science data sharing
        pt	repositório de dados	data repository fair data sharing
        pl	udostępnianie danych badawczych	open science data sharing
        pl	metadane	metadata fair data
        pl	otwarty dostęp	open access publishing open science
        pl	repozytorium danych	data repository fair data sharing
        en	hl7	hl7 healthcare interoperability messaging
        en	between hospital systems	healthcare interoperability integration
        en	lab results into	healthcare interoperability lab results hl7
        en	adt messages	hl7 adt messaging interoperability
        en	patient record	electronic health record interoperability
        en	discharge letter	clinical documents interoperability cda
        en	referral	clinical referral interoperability messaging
        en	integration engine	healthcare integration engine hl7
        en	snomed	snomed clinical terminology interoperability
        en	loinc	loinc terminology interoperability lab
        en	patient matching	patient identity matching interoperability
        en	mirth	healthcare integration engine hl7
        en	gp system	primary care interoperability integration
        en	dicom worklist	healthcare interoperability dicom imaging
        de	befunde übertragen	healthcare interoperability clinical results
        de	patientenakte	electronic health record interoperability
        de	arztbrief	clinical documents interoperability
        de	hl7-nachrichten	hl7 healthcare interoperability messaging
        de	laborbefunde	healthcare interoperability lab results hl7
        fr	dossier patient informatisé	electronic health record interoperability
        fr	messages hl7	hl7 healthcare interoperability messaging
        fr	résultats de labo	healthcare interoperability lab results hl7
        fr	lettre de sortie	clinical documents interoperability
        fr	logiciel hospitalier	healthcare interoperability hospital information system
        fr	dossier médical partagé	electronic health record interoperability
        es	historia clínica electrónica	electronic health record interoperability
        es	mensajes hl7	hl7 healthcare interoperability messaging
        es	resultados de laboratorio	healthcare interoperability lab results hl7
        es	informe de alta	clinical documents interoperability
        es	sistemas del hospital	healthcare interoperability hospital information system
        es	interoperabilidad clínica	healthcare interoperability
        nl	hl7-berichten	hl7 healthcare interoperability messaging
        nl	labuitslagen	healthcare interoperability lab results hl7
        nl	ontslagbrief	clinical documents interoperability
        nl	ziekenhuissystemen	healthcare interoperability hospital information system
        nl	verwijsbrief	clinical referral interoperability messaging
        it	cartella clinica elettronica	electronic health record interoperability
        it	messaggi hl7	hl7 healthcare interoperability messaging
        it	referti di laboratorio	healthcare interoperability lab results hl7
        it	lettera di dimissione	clinical documents interoperability
        it	sistemi ospedalieri	healthcare interoperability hospital information system
        it	fascicolo sanitario	electronic health record interoperability
        sv	hl7-meddelanden	hl7 healthcare interoperability messaging
        sv	labbsvar	healthcare interoperability lab results hl7
        sv	epikris	clinical documents interoperability
        sv	remisser	clinical referral interoperability messaging
        sv	patientjournal	electronic health record interoperability
        pt	processo clínico eletrónico	electronic health record interoperability
        pt	mensagens hl7	hl7 healthcare interoperability messaging
        pt	resultados de análises	healthcare interoperability lab results hl7
        pt	nota de alta	clinical documents interoperability
        pt	sistemas hospitalares	healthcare interoperability hospital information system
        pl	komunikaty hl7	hl7 healthcare interoperability messaging
        pl	wyniki badań laboratoryjnych	healthcare interoperability lab results hl7
        pl	karta wypisowa	clinical documents interoperability
        pl	systemy szpitalne	healthcare interoperability hospital information system
        pl	e-skierowanie	clinical referral interoperability messaging
        en	x-rays	medical imaging ai radiology
        en	mri	medical imaging ai mri
        en	radiology	radiology medical imaging ai
        en	dicom	dicom medical imaging
        en	pacs	pacs medical imaging
        en	detect tumours	medical imaging ai detection oncology
        en	outline the organs	medical image segmentation
        en	pathology slides	digital pathology ai imaging
        en	mammograms	medical imaging ai mammography screening
        en	retinal images	medical imaging ai ophthalmology
        en	lesions	medical imaging ai lesion detection
        en	radiologist workload	radiology ai triage medical imaging
        en	annotate scans	medical image annotation labelling
        en	fractures on x-ray	medical imaging ai fracture detection
        en	ultrasound images	medical imaging ai ultrasound
        de	röntgenbilder	medical imaging ai radiology
        de	ct-aufnahmen	medical imaging ai ct
        de	radiologie	radiology medical imaging ai
        de	tumore erkennen	medical imaging ai detection oncology
        de	befundung unterstützen	radiology ai triage medical imaging
        fr	radiographies	medical imaging ai radiology
        fr	irm	medical imaging ai mri
        fr	détecter les tumeurs	medical imaging ai detection oncology
        fr	lames de pathologie	digital pathology ai imaging
        es	radiografías	medical imaging ai radiology
        es	tac	medical imaging ai ct
        es	resonancia magnética	medical imaging ai mri
        es	detectar tumores	medical imaging ai detection oncology
        es	mamografías	medical imaging ai mammography screening
        nl	röntgenfoto's	medical imaging ai radiology
        nl	ct-scans	medical imaging ai ct
        nl	mri-scans	medical imaging ai mri
        nl	radiologie	radiology medical imaging ai
        nl	tumoren opsporen	medical imaging ai detection oncology
        it	radiografie	medical imaging ai radiology
        it	tac	medical imaging ai ct
        it	risonanza magnetica	medical imaging ai mri
        it	diagnostica per immagini	medical imaging ai radiology
        it	rilevare tumori	medical imaging ai detection oncology
        it	mammografie	medical imaging ai mammography screening
        sv	datortomografi	medical imaging ai ct
        sv	magnetkamera	medical imaging ai mri
        sv	bilddiagnostik	medical imaging ai radiology
        sv	hitta tumörer	medical imaging ai detection oncology
        sv	mammografi	medical imaging ai mammography screening
        pt	radiografias	medical imaging ai radiology
        pt	tac	medical imaging ai ct
        pt	ressonância magnética	medical imaging ai mri
        pt	imagiologia	medical imaging ai radiology
        pt	detetar tumores	medical imaging ai detection oncology
        pt	mamografias	medical imaging ai mammography screening
        pl	zdjęcia rentgenowskie	medical imaging ai radiology
        pl	tomografia komputerowa	medical imaging ai ct
        pl	rezonans magnetyczny	medical imaging ai mri
        pl	diagnostyka obrazowa	medical imaging ai radiology
        pl	wykrywanie guzów	medical imaging ai detection oncology
        pl	mammografia	medical imaging ai mammography screening
        en	dna	genomics bioinformatics dna
        en	genome	genomics bioinformatics
        en	align reads	sequence alignment bioinformatics
        en	mutations	genomics variants mutations bioinformatics
        en	blast	sequence alignment bioinformatics
        en	exome	exome sequencing genomics bioinformatics
        en	proteins	proteomics bioinformatics
        en	bam files	sequencing data bioinformatics pipeline
        de	genomdaten	genomics bioinformatics
        de	varianten	genomics variants bioinformatics
        de	erbgut	genomics dna bioinformatics
        fr	génome	genomics bioinformatics
        fr	variants génétiques	genomics variants bioinformatics
        fr	expression des gènes	gene expression transcriptomics bioinformatics
        fr	mutations	genomics variants mutations bioinformatics
        es	genoma	genomics bioinformatics
        es	variantes genéticas	genomics variants bioinformatics
        nl	genetische varianten	genomics variants bioinformatics
        nl	dna-data	genomics dna bioinformatics
        it	genoma	genomics bioinformatics
        it	varianti genetiche	genomics variants bioinformatics
        it	dna	genomics dna bioinformatics
        sv	genetiska varianter	genomics variants bioinformatics
        sv	genomdata	genomics bioinformatics
        pt	variantes genéticas	genomics variants bioinformatics
        pl	genom	genomics bioinformatics
        pl	warianty genetyczne	genomics variants bioinformatics
        pl	ekspresja genów	gene expression transcriptomics bioinformatics
        pl	mutacje	genomics variants mutations bioinformatics
        pl	dane genetyczne	genomics dna bioinformatics
        en	odds ratio	biostatistics odds ratio epidemiology
        en	clinical trial	clinical trials biostatistics
        en	hazard ratio	survival analysis biostatistics
        en	survival curve	survival analysis kaplan-meier biostatistics
        en	kaplan-meier	survival analysis kaplan-meier biostatistics
        en	placebo	clinical trials placebo biostatistics
        en	number needed to treat	biostatistics clinical epidemiology
        en	relative risk	biostatistics relative risk epidemiology
        en	patients in each arm	clinical trial sample size biostatistics
        en	power calculation for the trial	sample size clinical trial biostatistics
        en	cohort study	epidemiology cohort study biostatistics
        en	case-control	epidemiology case-control biostatistics
        en	interim analysis	clinical trials interim analysis biostatistics
        en	adverse events	clinical trials safety biostatistics
        en	sensitivity and specificity	diagnostic accuracy biostatistics
        de	klinische studie	clinical trials biostatistics
        de	überlebenskurve	survival analysis kaplan-meier biostatistics
        de	studienarm	clinical trial design biostatistics
        de	fallzahlplanung	sample size clinical trial biostatistics
        de	relatives risiko	biostatistics relative risk epidemiology
        de	placebogruppe	clinical trials placebo biostatistics
        fr	essai clinique	clinical trials biostatistics
        fr	courbe de survie	survival analysis kaplan-meier biostatistics
        fr	bras de l'étude	clinical trial design biostatistics
        fr	nombre de sujets nécessaires	sample size clinical trial biostatistics
        fr	risque relatif	biostatistics relative risk epidemiology
        fr	groupe placebo	clinical trials placebo biostatistics
        es	ensayo clínico	clinical trials biostatistics
        es	curva de supervivencia	survival analysis kaplan-meier biostatistics
        es	brazo del estudio	clinical trial design biostatistics
        es	tamaño muestral del ensayo	sample size clinical trial biostatistics
        es	riesgo relativo	biostatistics relative risk epidemiology
        es	grupo placebo	clinical trials placebo biostatistics
        nl	klinische studie	clinical trials biostatistics
        nl	overlevingscurve	survival analysis kaplan-meier biostatistics
        nl	studiearm	clinical trial design biostatistics
        nl	powerberekening	sample size clinical trial biostatistics
        nl	relatief risico	biostatistics relative risk epidemiology
        nl	placebogroep	clinical trials placebo biostatistics
        it	sperimentazione clinica	clinical trials biostatistics
        it	curva di sopravvivenza	survival analysis kaplan-meier biostatistics
        it	braccio dello studio	clinical trial design biostatistics
        it	rischio relativo	biostatistics relative risk epidemiology
        it	gruppo placebo	clinical trials placebo biostatistics
        sv	klinisk prövning	clinical trials biostatistics
        sv	överlevnadskurva	survival analysis kaplan-meier biostatistics
        sv	studiearm	clinical trial design biostatistics
        sv	styrkeberäkning	sample size clinical trial biostatistics
        sv	relativ risk	biostatistics relative risk epidemiology
        sv	placebogrupp	clinical trials placebo biostatistics
        pt	ensaio clínico	clinical trials biostatistics
        pt	curva de sobrevivência	survival analysis kaplan-meier biostatistics
        pt	braço do estudo	clinical trial design biostatistics
        pt	tamanho amostral do estudo	sample size clinical trial biostatistics
        pt	risco relativo	biostatistics relative risk epidemiology
        pt	grupo placebo	clinical trials placebo biostatistics
        pl	badanie kliniczne	clinical trials biostatistics
        pl	krzywa przeżycia	survival analysis kaplan-meier biostatistics
        pl	ramię badania	clinical trial design biostatistics
        pl	liczebność próby w badaniu	sample size clinical trial biostatistics
        pl	ryzyko względne	biostatistics relative risk epidemiology
        pl	grupa placebo	clinical trials placebo biostatistics
        en	could be luck	statistical significance hypothesis test
        en	compare fairly	statistics fair comparison adjustment
        en	apples to apples	statistics fair comparison adjustment
        en	did the change work	statistics effect evaluation significance
        en	enough to conclude	sample size statistical power
        en	big enough sample	sample size statistics
        en	explains the rise	regression driver analysis statistics
        en	correlation or cause	correlation causation statistics
        en	average is misleading	statistics distribution median
        en	trend is real	statistics trend significance
        en	compare two sites	statistics comparison significance test
        en	numbers too small	sample size statistical power
        en	how confident	confidence interval statistics
        de	nur glück	statistical significance hypothesis test
        de	fairer vergleich	statistics fair comparison adjustment
        de	vorher nachher vergleich	statistics comparison significance test
        de	genug fälle	sample size statistical power
        de	woran liegt es	regression driver analysis statistics
        de	zusammenhang oder ursache	correlation causation statistics
        de	echter unterschied	statistical significance hypothesis test
        de	hat die maßnahme gewirkt	statistics effect evaluation significance
        fr	coup de chance	statistical significance hypothesis test
        fr	comparer équitablement	statistics fair comparison adjustment
        fr	avant et après	statistics comparison significance test
        fr	assez de réponses	sample size statistical power
        fr	qu'est-ce qui explique	regression driver analysis statistics
        fr	corrélation ou causalité	correlation causation statistics
        fr	vraie différence	statistical significance hypothesis test
        fr	la moyenne trompe	statistics distribution median
        es	comparar de forma justa	statistics fair comparison adjustment
        es	antes y después	statistics comparison significance test
        es	muestra suficiente	sample size statistical power
        es	qué explica el aumento	regression driver analysis statistics
        es	correlación o causa	correlation causation statistics
        es	la media engaña	statistics distribution median
        nl	eerlijk vergelijken	statistics fair comparison adjustment
        nl	voor en na meting	statistics comparison significance test
        nl	genoeg metingen	sample size statistical power
        nl	waar hangt het van af	regression driver analysis statistics
        nl	verband of oorzaak	correlation causation statistics
        nl	gemiddelde zegt niks	statistics distribution median
        nl	puur geluk	statistical significance hypothesis test
        it	confronto equo	statistics fair comparison adjustment
        it	prima e dopo	statistics comparison significance test
        it	campione abbastanza grande	sample size statistical power
        it	da cosa dipende	regression driver analysis statistics
        it	correlazione o causa	correlation causation statistics
        it	la media inganna	statistics distribution median
        sv	rättvis jämförelse	statistics fair comparison adjustment
        sv	före och efter	statistics comparison significance test
        sv	tillräckligt många svar	sample size statistical power
        sv	vad förklarar ökningen	regression driver analysis statistics
        sv	samband eller orsak	correlation causation statistics
        sv	medelvärdet ljuger	statistics distribution median
        pt	mera sorte	statistical significance hypothesis test
        pt	comparação justa	statistics fair comparison adjustment
        pt	antes e depois	statistics comparison significance test
        pt	amostra suficiente	sample size statistical power
        pt	o que explica o aumento	regression driver analysis statistics
        pt	correlação ou causa	correlation causation statistics
        pt	a média engana	statistics distribution median
        pl	uczciwe porównanie	statistics fair comparison adjustment
        pl	przed i po	statistics comparison significance test
        pl	wystarczająca liczba odpowiedzi	sample size statistical power
        pl	od czego zależy	regression driver analysis statistics
        pl	korelacja czy przyczyna	correlation causation statistics
        pl	średnia zaciemnia obraz	statistics distribution median
        en	word the questions	survey question design
        en	questionnaire for staff	survey design questionnaire employees
        en	survey too long	survey design questionnaire length
        en	survey turnout	survey response rate
        en	agree or disagree	likert scale survey design
        en	ask patients afterwards	patient survey questionnaire design
        en	yearly survey	survey design trend comparison
        en	questions push people	survey question bias design
        en	send a questionnaire	survey questionnaire distribution
        en	recommend to friends	nps survey customer satisfaction
        en	exit questionnaire	exit survey questionnaire design
        en	questions for customers	survey design questionnaire customers
        de	fragen richtig formulieren	survey question design
        de	umfrage erstellen	survey design questionnaire
        de	zu wenige rückmeldungen	survey response rate
        de	patientenbefragung	patient survey questionnaire design
        de	suggestivfragen	survey question bias design
        de	umfrage zu lang	survey design questionnaire length
        fr	formuler les questions	survey question design
        fr	questions orientées	survey question bias design
        fr	peu de réponses	survey response rate
        fr	sondage auprès des salariés	employee survey questionnaire design
        fr	questionnaire trop long	survey design questionnaire length
        fr	enquête patients	patient survey questionnaire design
        fr	questionnaire en ligne	online survey questionnaire design
        es	redactar las preguntas	survey question design
        es	preguntas tendenciosas	survey question bias design
        es	pocas respuestas	survey response rate
        es	encuesta a empleados	employee survey questionnaire design
        es	cuestionario demasiado largo	survey design questionnaire length
        es	encuesta a pacientes	patient survey questionnaire design
        es	cuestionario en línea	online survey questionnaire design
        nl	vragen formuleren	survey question design
        nl	sturende vragen	survey question bias design
        nl	weinig reacties	survey response rate
        nl	enquête opzetten	survey design questionnaire
        nl	vragenlijst te lang	survey design questionnaire length
        nl	patiëntenenquête	patient survey questionnaire design
        nl	klanttevredenheid meten	customer satisfaction survey design
        it	formulare le domande	survey question design
        it	domande tendenziose	survey question bias design
        it	poche risposte	survey response rate
        it	questionario per i dipendenti	employee survey questionnaire design
        it	questionario troppo lungo	survey design questionnaire length
        it	sondaggio ai pazienti	patient survey questionnaire design
        it	customer satisfaction	customer satisfaction survey design
        sv	formulera frågorna	survey question design
        sv	ledande frågor	survey question bias design
        sv	låg svarsfrekvens	survey response rate
        sv	enkät till personalen	employee survey questionnaire design
        sv	för lång enkät	survey design questionnaire length
        sv	patientenkät	patient survey questionnaire design
        sv	nöjdhetsenkät	satisfaction survey questionnaire design
        pt	formular as perguntas	survey question design
        pt	perguntas tendenciosas	survey question bias design
        pt	poucas respostas	survey response rate
        pt	inquérito aos colaboradores	employee survey questionnaire design
        pt	questionário muito longo	survey design questionnaire length
        pt	inquérito aos doentes	patient survey questionnaire design
        pt	questionário online	online survey questionnaire design
        pl	sformułować pytania	survey question design
        pl	pytania sugerujące	survey question bias design
        pl	mało odpowiedzi	survey response rate
        pl	ankieta dla pracowników	employee survey questionnaire design
        pl	za długa ankieta	survey design questionnaire length
        pl	ankieta dla pacjentów	patient survey questionnaire design
        pl	ankieta online	online survey questionnaire design
        en	going to renew	renewal prediction predictive model
        en	predict no-shows	no-show prediction predictive model
        en	likely to default	credit risk scoring predictive model
        en	signs before cancelling	churn prediction early warning
        en	which customers to call first	propensity scoring prioritisation data science
        en	predict from history	predictive analytics machine learning
        en	buy again	repeat purchase prediction propensity model
        en	predict late payment	payment default prediction predictive model
        en	patients coming back	readmission prediction predictive model
        en	applicants will succeed	predictive analytics classification model
        en	what predicts	predictive modelling feature importance
        en	rank the leads	lead scoring propensity model
        de	wer verlängert	renewal prediction predictive model
        de	nicht erscheinen vorhersagen	no-show prediction predictive model
        de	zahlungsausfall vorhersagen	payment default prediction predictive model
        de	wer kauft wieder	repeat purchase prediction propensity model
        de	warnsignale vor der kündigung	churn prediction early warning
        de	kunden priorisieren	propensity scoring prioritisation data science
        de	aus historischen daten lernen	predictive analytics machine learning
        fr	qui va partir	churn prediction predictive analytics
        fr	qui va renouveler	renewal prediction predictive model
        fr	absences aux rendez-vous	no-show prediction predictive model
        fr	risque d'impayé	payment default prediction predictive model
        fr	qui va racheter	repeat purchase prediction propensity model
        fr	probabilité d'achat	propensity model predictive analytics
        fr	signaux avant le départ	churn prediction early warning
        es	quién se va a ir	churn prediction predictive analytics
        es	quién va a renovar	renewal prediction predictive model
        es	ausencias a citas	no-show prediction predictive model
        es	riesgo de impago	payment default prediction predictive model
        es	quién volverá a comprar	repeat purchase prediction propensity model
        es	probabilidad de compra	propensity model predictive analytics
        es	señales de abandono	churn prediction early warning
        nl	wie gaat opzeggen	churn prediction predictive analytics
        nl	wie verlengt	renewal prediction predictive model
        nl	no-shows voorspellen	no-show prediction predictive model
        nl	kans op wanbetaling	payment default prediction predictive model
        nl	wie koopt opnieuw	repeat purchase prediction propensity model
        nl	kans op aankoop	propensity model predictive analytics
        nl	signalen voor vertrek	churn prediction early warning
        it	chi se ne andrà	churn prediction predictive analytics
        it	chi rinnoverà	renewal prediction predictive model
        it	prevedere le assenze	no-show prediction predictive model
        it	rischio di insolvenza	payment default prediction predictive model
        it	chi ricomprerà	repeat purchase prediction propensity model
        it	probabilità di acquisto	propensity model predictive analytics
        it	segnali di abbandono	churn prediction early warning
        sv	vem kommer att sluta	churn prediction predictive analytics
        sv	vem förnyar	renewal prediction predictive model
        sv	förutse uteblivna besök	no-show prediction predictive model
        sv	risk för utebliven betalning	payment default prediction predictive model
        sv	vem köper igen	repeat purchase prediction propensity model
        sv	sannolikhet att köpa	propensity model predictive analytics
        sv	varningssignaler innan	churn prediction early warning
        pt	quem vai sair	churn prediction predictive analytics
        pt	quem vai renovar	renewal prediction predictive model
        pt	prever faltas às consultas	no-show prediction predictive model
        pt	risco de incumprimento	payment default prediction predictive model
        pt	quem volta a comprar	repeat purchase prediction propensity model
        pt	probabilidade de compra	propensity model predictive analytics
        pt	sinais de abandono	churn prediction early warning
        pl	kto odejdzie	churn prediction predictive analytics
        pl	kto przedłuży umowę	renewal prediction predictive model
        pl	przewidzieć nieobecności	no-show prediction predictive model
        pl	ryzyko niespłacenia	payment default prediction predictive model
        pl	kto kupi ponownie	repeat purchase prediction propensity model
        pl	prawdopodobieństwo zakupu	propensity model predictive analytics
        pl	sygnały przed odejściem	churn prediction early warning
        en	how busy will it be	demand forecasting workload planning
        en	staff for the peak	staffing forecast workforce planning
        en	busy mondays	demand pattern forecasting staffing
        en	expected admissions	patient demand forecasting hospital capacity
        en	beds next winter	capacity forecasting hospital demand
        en	order enough stock	demand forecasting replenishment
        en	predict the rush	demand forecasting peak planning
        en	quiet days overstaffed	staffing forecast workforce planning
        en	understaffed when busy	staffing forecast workforce planning
        en	extend the trend	forecasting time series budgeting
        en	holiday cover	staffing planning demand forecast
        en	calls tomorrow	call volume forecasting workforce planning
        en	next month's orders	demand forecasting sales prediction
        de	wie viel personal	staffing forecast workforce planning
        de	unterbesetzt	staffing forecast workforce planning
        de	spitzenzeiten planen	demand forecasting peak planning
        de	bedarf nächste woche	demand forecasting planning
        de	bestellmenge schätzen	demand forecasting replenishment
        de	wie viele patienten kommen	patient demand forecasting hospital capacity
        de	auftragseingang schätzen	demand forecasting sales prediction
        fr	combien de personnel	staffing forecast workforce planning
        fr	prévoir l'activité	demand forecasting workload planning
        fr	sous-effectif	staffing forecast workforce planning
        fr	combien commander	demand forecasting replenishment
        fr	affluence prévue	demand forecasting peak planning
        es	cuánto personal	staffing forecast workforce planning
        es	picos de trabajo	demand forecasting peak planning
        es	cuánto pedir	demand forecasting replenishment
        es	previsión de ingresos	patient demand forecasting hospital capacity
        nl	hoeveel personeel	staffing forecast workforce planning
        nl	drukte voorspellen	demand forecasting peak planning
        nl	onderbezetting	staffing forecast workforce planning
        nl	verwachte aantallen	demand forecasting volume planning
        nl	hoeveel bestellen	demand forecasting replenishment
        it	quanto personale	staffing forecast workforce planning
        it	sotto organico	staffing forecast workforce planning
        it	previsioni di vendita	sales forecasting demand prediction
        it	quanto ordinare	demand forecasting replenishment
        it	affluenza prevista	demand forecasting peak planning
        sv	hur mycket personal	staffing forecast workforce planning
        sv	förutse efterfrågan	demand forecasting planning
        sv	underbemanning	staffing forecast workforce planning
        sv	hur mycket ska vi beställa	demand forecasting replenishment
        sv	rusningstider	demand forecasting peak planning
        sv	beläggning nästa vinter	capacity forecasting hospital demand
        pt	quanto pessoal	staffing forecast workforce planning
        pt	picos de trabalho	demand forecasting peak planning
        pt	falta de pessoal	staffing forecast workforce planning
        pt	quanto encomendar	demand forecasting replenishment
        pt	afluência prevista	demand forecasting peak planning
        pl	ile osób potrzeba	staffing forecast workforce planning
        pl	braki kadrowe	staffing forecast workforce planning
        pl	prognoza sprzedaży	sales forecasting demand prediction
        pl	ile zamówić	demand forecasting replenishment
        pl	godziny szczytu	demand forecasting peak planning
        pl	spodziewana liczba pacjentów	patient demand forecasting hospital capacity
        en	damage in photos	computer vision defect detection
        en	detect fraud	fraud detection machine learning
        en	flag odd behaviour	anomaly detection machine learning
        en	learn from examples	machine learning supervised training
        en	count in images	computer vision object counting
        en	check photos automatically	computer vision image classification
        en	weird sensor readings	anomaly detection machine learning sensors
        en	auto-categorise	machine learning classification
        en	meter photos	computer vision ocr recognition
        en	suspicious claims	fraud detection anomaly detection
        de	betrug erkennen	fraud detection machine learning
        de	auffällige buchungen	anomaly detection fraud machine learning
        de	schäden auf bildern	computer vision defect detection
        de	automatisch klassifizieren	machine learning classification
        de	ungewöhnliche muster	anomaly detection machine learning
        fr	détecter la fraude	fraud detection machine learning
        fr	transactions suspectes	anomaly detection fraud machine learning
        fr	trier les images	computer vision image classification
        fr	comportements anormaux	anomaly detection machine learning
        fr	compter sur les images	computer vision object counting
        es	detectar fraude	fraud detection machine learning
        es	transacciones sospechosas	anomaly detection fraud machine learning
        es	clasificar imágenes	computer vision image classification
        es	comportamiento anómalo	anomaly detection machine learning
        es	contar en las fotos	computer vision object counting
        nl	fraude opsporen	fraud detection machine learning
        nl	afwijkende transacties	anomaly detection fraud machine learning
        nl	foto's sorteren	computer vision image classification
        nl	vreemde patronen	anomaly detection machine learning
        nl	schade herkennen	computer vision defect detection
        it	rilevare frodi	fraud detection machine learning
        it	transazioni sospette	anomaly detection fraud machine learning
        it	smistare le immagini	computer vision image classification
        it	comportamenti anomali	anomaly detection machine learning
        it	contare nelle immagini	computer vision object counting
        sv	misstänkta transaktioner	anomaly detection fraud machine learning
        sv	sortera bilder	computer vision image classification
        sv	konstiga mönster	anomaly detection machine learning
        sv	räkna på bilder	computer vision object counting
        pt	reconhecer nas fotos	computer vision image recognition
        pt	detetar fraude	fraud detection machine learning
        pt	transações suspeitas	anomaly detection fraud machine learning
        pt	classificar imagens	computer vision image classification
        pt	comportamento anómalo	anomaly detection machine learning
        pt	contar nas imagens	computer vision object counting
        pl	wykrywanie oszustw	fraud detection machine learning
        pl	podejrzane transakcje	anomaly detection fraud machine learning
        pl	sortowanie zdjęć	computer vision image classification
        pl	wytrenować model	machine learning model training
        pl	nietypowe zachowania	anomaly detection machine learning
        pl	liczenie na zdjęciach	computer vision object counting
        en	read every comment	text mining free text analysis
        en	fields from pdfs	document extraction information extraction
        en	dates from contracts	information extraction nlp contracts
        en	summarise long reports	text summarization nlp
        en	mood in comments	sentiment analysis text mining
        en	angry emails	sentiment analysis nlp classification
        en	complaints by theme	topic modelling text classification
        en	themes in feedback	topic modelling text mining
        en	too much text	text mining summarization nlp
        en	auto-tag tickets	text classification nlp routing
        en	names in documents	named entity recognition nlp
        en	key points summary	text summarization nlp
        en	what people write	text mining free text analysis
        de	offene antworten auswerten	text mining free text analysis
        de	stimmung in kommentaren	sentiment analysis text mining
        de	texte zusammenfassen	text summarization nlp
        de	aus pdfs auslesen	document extraction information extraction
        de	beschwerden nach themen	topic modelling text classification
        de	verträge durchsuchen	information extraction nlp contracts
        de	tonfall der mails	sentiment analysis nlp
        fr	analyser les commentaires	text mining free text analysis
        fr	résumer des documents	text summarization nlp
        fr	extraire des pdf	document extraction information extraction
        fr	ton des messages	sentiment analysis nlp
        fr	thèmes récurrents	topic modelling text mining
        fr	repérer les noms	named entity recognition nlp
        es	analizar comentarios	text mining free text analysis
        es	resumir documentos	text summarization nlp
        es	extraer datos de pdf	document extraction information extraction
        es	tono de los mensajes	sentiment analysis nlp
        es	temas recurrentes	topic modelling text mining
        es	agrupar quejas por tema	topic modelling text classification
        es	miles de comentarios	text mining free text analysis
        nl	opmerkingen analyseren	text mining free text analysis
        nl	documenten samenvatten	text summarization nlp
        nl	gegevens uit pdf halen	document extraction information extraction
        nl	toon van berichten	sentiment analysis nlp
        nl	terugkerende thema's	topic modelling text mining
        nl	klachten per thema	topic modelling text classification
        nl	contracten doorzoeken	information extraction nlp contracts
        it	riassumere documenti	text summarization nlp
        it	estrarre dai pdf	document extraction information extraction
        it	tono dei messaggi	sentiment analysis nlp
        it	temi ricorrenti	topic modelling text mining
        it	reclami per argomento	topic modelling text classification
        it	migliaia di commenti	text mining free text analysis
        sv	analysera kommentarer	text mining free text analysis
        sv	sammanfatta dokument	text summarization nlp
        sv	plocka ut ur pdf	document extraction information extraction
        sv	tonen i mejlen	sentiment analysis nlp
        sv	återkommande teman	topic modelling text mining
        sv	klagomål per tema	topic modelling text classification
        sv	söka i avtal	information extraction nlp contracts
        pt	resumir documentos	text summarization nlp
        pt	extrair dados de pdf	document extraction information extraction
        pt	tom das mensagens	sentiment analysis nlp
        pt	temas recorrentes	topic modelling text mining
        pt	reclamações por tema	topic modelling text classification
        pt	milhares de comentários	text mining free text analysis
        pl	analiza komentarzy	text mining free text analysis
        pl	streszczenie dokumentów	text summarization nlp
        pl	wyciągnąć dane z pdf	document extraction information extraction
        pl	wydźwięk wiadomości	sentiment analysis nlp
        pl	powtarzające się tematy	topic modelling text mining
        pl	skargi według tematów	topic modelling text classification
        pl	przeszukać umowy	information extraction nlp contracts
        en	who collaborates with whom	social network analysis collaboration
        en	teams never talk	social network analysis silos collaboration
        en	if she leaves	social network analysis centrality
        en	connects the departments	social network analysis brokerage bridges
        en	knowledge stuck	social network analysis information flow
        en	go to for advice	social network analysis advice
        en	out of the loop	social network analysis isolation
        en	talk across floors	social network analysis silos collaboration
        en	who relies on whom	social network analysis dependencies
        en	how news spreads	social network analysis information diffusion
        en	everyone asks her	social network analysis centrality bottleneck
        de	abgeschottete teams	social network analysis silos collaboration
        de	wer fragt wen um rat	social network analysis advice
        de	wissen bleibt hängen	social network analysis information flow
        de	abteilungen vernetzen	social network analysis collaboration bridges
        de	wer ist gut vernetzt	social network analysis centrality
        fr	équipes isolées	social network analysis silos collaboration
        fr	à qui on demande conseil	social network analysis advice
        fr	qui fait le lien	social network analysis brokerage bridges
        fr	bien connecté	social network analysis centrality
        es	equipos aislados	social network analysis silos collaboration
        es	a quién se pide consejo	social network analysis advice
        es	quién hace de puente	social network analysis brokerage bridges
        es	bien conectado	social network analysis centrality
        nl	geïsoleerde teams	social network analysis silos collaboration
        nl	te rade gaan bij	social network analysis advice
        nl	wie verbindt de afdelingen	social network analysis brokerage bridges
        nl	hoe informatie rondgaat	social network analysis information flow
        it	team isolati	social network analysis silos collaboration
        it	a chi si chiede consiglio	social network analysis advice
        it	chi fa da ponte	social network analysis brokerage bridges
        it	ben collegato	social network analysis centrality
        sv	isolerade team	social network analysis silos collaboration
        sv	vem frågar man om råd	social network analysis advice
        sv	informationsflöde	social network analysis information flow
        sv	håller ihop avdelningarna	social network analysis brokerage bridges
        pt	equipas isoladas	social network analysis silos collaboration
        pt	a quem se pede conselho	social network analysis advice
        pt	quem faz a ponte	social network analysis brokerage bridges
        pt	bem relacionado	social network analysis centrality
        pl	odizolowane zespoły	social network analysis silos collaboration
        pl	nieformalna sieć	social network analysis informal structure
        pl	do kogo po radę	social network analysis advice
        pl	kto łączy działy	social network analysis brokerage bridges
        pl	jak krąży informacja	social network analysis information flow
        en	tv in the warehouse	dashboard kpi display visualization
        en	one page overview	dashboard kpi summary visualization
        en	live numbers	real-time dashboard kpi display
        en	graph instead of a table	data visualization charts
        en	chart for the board	data visualization executive reporting
        en	numbers nobody looks at	dashboard design data visualization
        en	targets vs actual	kpi dashboard target tracking
        en	visualise the trend	data visualization trend charts
        en	management cockpit	executive dashboard kpi
        en	daily performance board	kpi board visual management
        en	make the figures visual	data visualization dashboard
        en	clickable overview	interactive dashboard visualization
        de	grafik statt tabelle	data visualization charts
        de	kennzahlen-cockpit	executive dashboard kpi
        de	soll-ist vergleich	kpi dashboard target tracking
        de	zahlen visualisieren	data visualization dashboard
        de	bildschirm in der halle	dashboard kpi display visualization
        de	interaktive übersicht	interactive dashboard visualization
        fr	graphique plutôt que tableau	data visualization charts
        fr	écran dans l'atelier	dashboard kpi display visualization
        fr	visualiser les chiffres	data visualization dashboard
        fr	suivi des objectifs	kpi dashboard target tracking
        fr	synthèse sur une page	dashboard kpi summary visualization
        fr	rendre les données parlantes	data visualization storytelling
        es	gráfico en vez de tabla	data visualization charts
        es	pantalla en el almacén	dashboard kpi display visualization
        es	visualizar los datos	data visualization dashboard
        es	objetivo frente a real	kpi dashboard target tracking
        es	resumen en una página	dashboard kpi summary visualization
        es	panel interactivo	interactive dashboard visualization
        nl	grafiek in plaats van tabel	data visualization charts
        nl	scherm in de hal	dashboard kpi display visualization
        nl	cijfers visualiseren	data visualization dashboard
        nl	doel versus realisatie	kpi dashboard target tracking
        nl	overzicht op één pagina	dashboard kpi summary visualization
        it	grafico invece di tabella	data visualization charts
        it	schermo in reparto	dashboard kpi display visualization
        it	obiettivo contro consuntivo	kpi dashboard target tracking
        it	sintesi in una pagina	dashboard kpi summary visualization
        it	pannello interattivo	interactive dashboard visualization
        sv	diagram istället för tabell	data visualization charts
        sv	skärm i lagret	dashboard kpi display visualization
        sv	visualisera siffrorna	data visualization dashboard
        sv	mål mot utfall	kpi dashboard target tracking
        sv	ledningsöversikt	executive dashboard kpi
        sv	tavlan med nyckeltal	kpi board visual management
        pt	gráfico em vez de tabela	data visualization charts
        pt	ecrã no armazém	dashboard kpi display visualization
        pt	visualizar os dados	data visualization dashboard
        pt	objetivo versus real	kpi dashboard target tracking
        pt	resumo numa página	dashboard kpi summary visualization
        pt	painel de gestão	executive dashboard kpi
        pl	wykres zamiast tabeli	data visualization charts
        pl	ekran na hali	dashboard kpi display visualization
        pl	plan a wykonanie	kpi dashboard target tracking
        pl	podsumowanie na jednej stronie	dashboard kpi summary visualization
        en	patients come from	catchment area gis patient geography
        en	map the stores	gis mapping store locations
        en	how far customers drive	drive time gis catchment
        en	new depot location	site selection location planning gis
        en	uncovered areas	service area gis coverage gaps
        en	within walking distance	walking distance isochrone gis
        en	by postcode	postcode mapping gis
        en	overlap between branches	catchment overlap gis location analysis
        en	home-to-work distance	commute distance gis travel time
        en	underserved towns	service coverage gis accessibility
        en	colour the regions	choropleth map gis
        en	by public transport	public transport travel time gis
        de	erreichbarkeit mit öpnv	public transport travel time gis
        de	wo kommen unsere kunden her	catchment area gis customer geography
        de	versorgungslücken	service area gis coverage gaps
        de	fußläufig erreichbar	walking distance isochrone gis
        de	filialen überschneiden sich	catchment overlap gis location analysis
        de	regionen einfärben	choropleth map gis
        fr	zones non couvertes	service area gis coverage gaps
        fr	d'où viennent nos patients	catchment area gis patient geography
        fr	accessible à pied	walking distance isochrone gis
        fr	en transports en commun	public transport travel time gis
        fr	carte par département	choropleth map gis regional
        fr	meilleur emplacement	site selection location planning gis
        es	zonas sin cobertura	service area gis coverage gaps
        es	de dónde vienen los clientes	catchment area gis customer geography
        es	a pie en diez minutos	walking distance isochrone gis
        es	en transporte público	public transport travel time gis
        es	mapa por provincias	choropleth map gis regional
        es	mejor ubicación	site selection location planning gis
        nl	witte vlekken	service area gis coverage gaps
        nl	op loopafstand	walking distance isochrone gis
        nl	bereikbaarheid met ov	public transport travel time gis
        nl	kaart per gemeente	choropleth map gis regional
        nl	beste locatie	site selection location planning gis
        it	zone scoperte	service area gis coverage gaps
        it	da dove vengono i clienti	catchment area gis customer geography
        it	raggiungibile a piedi	walking distance isochrone gis
        it	con i mezzi pubblici	public transport travel time gis
        it	mappa per provincia	choropleth map gis regional
        it	posizione migliore	site selection location planning gis
        sv	vita fläckar	service area gis coverage gaps
        sv	var bor våra kunder	catchment area gis customer geography
        sv	gångavstånd	walking distance isochrone gis
        sv	med kollektivtrafik	public transport travel time gis
        sv	karta per kommun	choropleth map gis regional
        sv	bästa läget	site selection location planning gis
        pt	zonas sem cobertura	service area gis coverage gaps
        pt	de onde vêm os clientes	catchment area gis customer geography
        pt	a pé em dez minutos	walking distance isochrone gis
        pt	de transportes públicos	public transport travel time gis
        pt	mapa por concelho	choropleth map gis regional
        pt	melhor localização	site selection location planning gis
        pl	białe plamy	service area gis coverage gaps
        pl	skąd przyjeżdżają klienci	catchment area gis customer geography
        pl	w zasięgu spaceru	walking distance isochrone gis
        pl	komunikacją miejską	public transport travel time gis
        pl	mapa według powiatów	choropleth map gis regional
        pl	najlepsza lokalizacja	site selection location planning gis
        en	order of stops	vehicle routing route optimization
        en	trucks half full	load optimization logistics planning
        en	fit more pallets	load planning vehicle loading optimization
        en	load the trailer	load planning vehicle loading optimization
        en	too many vans	fleet optimization route planning
        en	plan tomorrow's rounds	route planning vehicle routing logistics
        en	drivers overlap areas	route optimization territory planning
        en	come back empty	backhaul optimization logistics routing
        en	detours waste fuel	route optimization logistics mileage
        en	combine deliveries	route optimization consolidation logistics
        en	pack the truck	load planning bin packing optimization
        en	how many vehicles	fleet planning logistics optimization
        en	home visits route	route optimization care visits
        de	halbleere lkw	load optimization logistics planning
        de	laderaum besser nutzen	load planning vehicle loading optimization
        de	fuhrpark verkleinern	fleet optimization route planning
        de	lieferungen bündeln	route optimization consolidation logistics
        de	umwege fahren	route optimization logistics mileage
        fr	ordre des arrêts	vehicle routing route optimization
        fr	optimiser le chargement	load planning vehicle loading optimization
        fr	taille de la flotte	fleet planning logistics optimization
        fr	regrouper les livraisons	route optimization consolidation logistics
        fr	trop de détours	route optimization logistics mileage
        es	orden de las paradas	vehicle routing route optimization
        es	vuelta en vacío	backhaul optimization logistics routing
        es	cargar mejor el camión	load planning vehicle loading optimization
        es	cuántos vehículos	fleet planning logistics optimization
        es	agrupar entregas	route optimization consolidation logistics
        es	demasiados rodeos	route optimization logistics mileage
        nl	leeg terugrijden	backhaul optimization logistics routing
        nl	trailer slimmer beladen	load planning vehicle loading optimization
        nl	hoeveel busjes	fleet planning logistics optimization
        nl	leveringen combineren	route optimization consolidation logistics
        nl	onnodig omrijden	route optimization logistics mileage
        it	caricare meglio il camion	load planning vehicle loading optimization
        it	quanti mezzi servono	fleet planning logistics optimization
        it	accorpare le consegne	route optimization consolidation logistics
        it	troppi giri inutili	route optimization logistics mileage
        sv	ordningen på stoppen	vehicle routing route optimization
        sv	kör tomma tillbaka	backhaul optimization logistics routing
        sv	lasta smartare	load planning vehicle loading optimization
        sv	hur många bilar behövs	fleet planning logistics optimization
        sv	samlasta leveranser	route optimization consolidation logistics
        sv	onödiga omvägar	route optimization logistics mileage
        pt	ordem das paragens	vehicle routing route optimization
        pt	regresso em vazio	backhaul optimization logistics routing
        pt	carregar melhor o camião	load planning vehicle loading optimization
        pt	quantas viaturas	fleet planning logistics optimization
        pt	agrupar entregas	route optimization consolidation logistics
        pt	voltas desnecessárias	route optimization logistics mileage
        pl	kolejność przystanków	vehicle routing route optimization
        pl	powrót na pusto	backhaul optimization logistics routing
        pl	lepiej załadować naczepę	load planning vehicle loading optimization
        pl	ile pojazdów	fleet planning logistics optimization
        pl	niepotrzebne objazdy	route optimization logistics mileage
        en	wait too long	queueing waiting times operations research
        en	queues at the counter	queueing theory capacity operations research
        en	desks to open	queueing staffing capacity operations research
        en	fit appointments in	appointment scheduling optimization
        en	juggle the schedule	scheduling optimization operations research
        en	plan never fits	scheduling optimization constraints
        en	waiting list grows	capacity planning waiting list queueing
        en	bed allocation	bed management capacity planning
        en	operating theatre schedule	surgical scheduling optimization
        en	capacity maxed out	capacity planning operations research
        en	spread the workload	workload balancing scheduling optimization
        en	best use of the machines	production scheduling capacity optimization
        en	who gets which slot	slot allocation scheduling optimization
        de	wartezeiten verkürzen	queueing waiting times operations research
        de	schlangen an der kasse	queueing theory capacity operations research
        de	kapazität reicht nicht	capacity planning operations research
        de	termine einplanen	appointment scheduling optimization
        de	auslastung der maschinen	production scheduling capacity optimization
        de	arbeit gleichmäßig verteilen	workload balancing scheduling optimization
        fr	files d'attente	queueing theory capacity operations research
        fr	capacité insuffisante	capacity planning operations research
        fr	caser tous les rendez-vous	appointment scheduling optimization
        fr	taux d'occupation des lits	bed management capacity planning
        fr	programme du bloc opératoire	surgical scheduling optimization
        fr	liste d'attente s'allonge	capacity planning waiting list queueing
        fr	répartir la charge	workload balancing scheduling optimization
        es	tiempos de espera largos	queueing waiting times operations research
        es	colas largas	queueing theory capacity operations research
        es	capacidad insuficiente	capacity planning operations research
        es	encajar todas las citas	appointment scheduling optimization
        es	lista de espera crece	capacity planning waiting list queueing
        nl	lange rijen	queueing theory capacity operations research
        nl	capaciteit tekort	capacity planning operations research
        nl	afspraken inplannen	appointment scheduling optimization
        nl	beddenbezetting	bed management capacity planning
        nl	wachtlijst groeit	capacity planning waiting list queueing
        nl	werk eerlijk verdelen	workload balancing scheduling optimization
        it	code agli sportelli	queueing theory capacity operations research
        it	capacità insufficiente	capacity planning operations research
        it	incastrare gli appuntamenti	appointment scheduling optimization
        it	programmazione sale operatorie	surgical scheduling optimization
        it	lista d'attesa si allunga	capacity planning waiting list queueing
        it	distribuire il carico	workload balancing scheduling optimization
        sv	långa köer	queueing theory capacity operations research
        sv	kapaciteten räcker inte	capacity planning operations research
        sv	boka in tider	appointment scheduling optimization
        sv	platsbrist på avdelningen	bed management capacity planning
        sv	kön växer	capacity planning waiting list queueing
        sv	fördela arbetet jämnt	workload balancing scheduling optimization
        pt	filas longas	queueing theory capacity operations research
        pt	capacidade insuficiente	capacity planning operations research
        pt	encaixar as consultas	appointment scheduling optimization
        pt	planeamento do bloco operatório	surgical scheduling optimization
        pt	lista de espera cresce	capacity planning waiting list queueing
        pt	distribuir a carga	workload balancing scheduling optimization
        pl	długie kolejki	queueing theory capacity operations research
        pl	brak mocy przerobowych	capacity planning operations research
        pl	planowanie wizyt	appointment scheduling optimization
        pl	harmonogram sal operacyjnych	surgical scheduling optimization
        pl	kolejka oczekujących rośnie	capacity planning waiting list queueing
        pl	równomiernie rozłożyć pracę	workload balancing scheduling optimization
        en	one place for all the data	central database data integration
        en	same customer twice	data quality deduplication database
        en	data in five places	data integration central database
        en	link the tables	data modeling database relationships
        en	query directly	sql query database
        en	data scattered across	data integration database design
        en	product master list	master data management database
        en	structure our data	data modeling database design
        en	too big for excel	database migration sql
        en	write a query	sql query database
        en	central data store	data warehouse database
        en	design the tables	database design data modeling
        de	doppelte kunden	data quality deduplication database
        de	abfrage schreiben	sql query database
        de	stammdaten pflegen	master data management database
        fr	données au même endroit	central database data integration
        fr	base centrale	central database data integration
        fr	clients en double	data quality deduplication database
        fr	écrire une requête	sql query database
        fr	relier les tables	data modeling database relationships
        fr	référentiel unique	master data management database
        es	datos en un único sitio	central database data integration
        es	clientes duplicados	data quality deduplication database
        es	escribir una consulta	sql query database
        es	relacionar tablas	data modeling database relationships
        nl	alle gegevens op één plek	central database data integration
        nl	dubbele klanten	data quality deduplication database
        nl	query schrijven	sql query database
        it	dati in un unico posto	central database data integration
        it	clienti doppi	data quality deduplication database
        it	scrivere una query	sql query database
        it	collegare le tabelle	data modeling database relationships
        it	anagrafica unica	master data management database
        sv	dubbletter av kunder	data quality deduplication database
        sv	skriva en sql-fråga	sql query database
        pt	dados num só sítio	central database data integration
        pt	clientes duplicados	data quality deduplication database
        pt	escrever uma consulta	sql query database
        pt	ligar as tabelas	data modeling database relationships
        pt	dados mestre	master data management database
        pl	wszystkie dane w jednym miejscu	central database data integration
        pl	zdublowani klienci	data quality deduplication database
        pl	napisać zapytanie sql	sql query database
        pl	powiązać tabele	data modeling database relationships
        pl	dane podstawowe	master data management database
        en	combine several sheets	excel spreadsheet consolidation
        en	from another tab	excel formulas lookup spreadsheet
        en	sum by category	excel sumifs formulas spreadsheet
        en	messy spreadsheet	excel spreadsheet structure
        en	count per month	excel formulas pivot spreadsheet
        en	lock cells	excel spreadsheet protection
        en	nested if	excel formulas spreadsheet
        en	match two lists	excel lookup formulas spreadsheet
        en	compare two columns	excel formulas lookup spreadsheet
        en	percentage formula	excel formulas spreadsheet
        en	remove duplicates	excel data cleaning spreadsheet
        en	split a column	excel text functions spreadsheet
        en	totals don't add up	excel formulas spreadsheet checking
        de	formel in excel	excel formulas spreadsheet
        de	mehrere tabellenblätter zusammenführen	excel spreadsheet consolidation
        de	zwei listen abgleichen	excel lookup formulas spreadsheet
        de	wenn-funktion	excel formulas spreadsheet
        de	zellen sperren	excel spreadsheet protection
        de	dubletten entfernen	excel data cleaning spreadsheet
        fr	fusionner plusieurs onglets	excel spreadsheet consolidation
        fr	comparer deux listes	excel lookup formulas spreadsheet
        fr	fonction si	excel formulas spreadsheet
        fr	verrouiller des cellules	excel spreadsheet protection
        fr	supprimer les doublons	excel data cleaning spreadsheet
        es	juntar varias hojas	excel spreadsheet consolidation
        es	comparar dos listas	excel lookup formulas spreadsheet
        es	función si	excel formulas spreadsheet
        es	bloquear celdas	excel spreadsheet protection
        es	quitar duplicados	excel data cleaning spreadsheet
        nl	formule in excel	excel formulas spreadsheet
        nl	tabbladen samenvoegen	excel spreadsheet consolidation
        nl	twee lijsten vergelijken	excel lookup formulas spreadsheet
        nl	als-functie	excel formulas spreadsheet
        nl	cellen beveiligen	excel spreadsheet protection
        nl	dubbele waarden verwijderen	excel data cleaning spreadsheet
        it	formula in excel	excel formulas spreadsheet
        it	unire più fogli	excel spreadsheet consolidation
        it	confrontare due elenchi	excel lookup formulas spreadsheet
        it	funzione se	excel formulas spreadsheet
        it	bloccare le celle	excel spreadsheet protection
        it	rimuovere i duplicati	excel data cleaning spreadsheet
        sv	formel i excel	excel formulas spreadsheet
        sv	slå ihop flera flikar	excel spreadsheet consolidation
        sv	jämföra två listor	excel lookup formulas spreadsheet
        sv	om-funktion	excel formulas spreadsheet
        sv	låsa celler	excel spreadsheet protection
        sv	ta bort dubbletter	excel data cleaning spreadsheet
        pt	fórmula no excel	excel formulas spreadsheet
        pt	juntar várias folhas	excel spreadsheet consolidation
        pt	comparar duas listas	excel lookup formulas spreadsheet
        pt	função se	excel formulas spreadsheet
        pt	bloquear células	excel spreadsheet protection
        pt	remover duplicados	excel data cleaning spreadsheet
        pl	formuła w excelu	excel formulas spreadsheet
        pl	połączyć kilka arkuszy	excel spreadsheet consolidation
        pl	porównać dwie listy	excel lookup formulas spreadsheet
        pl	funkcja jeżeli	excel formulas spreadsheet
        pl	zablokować komórki w arkuszu	excel spreadsheet protection
        pl	usunąć duplikaty	excel data cleaning spreadsheet
        en	copy between systems	rpa automation data transfer
        en	download every morning	scheduled automation scripting
        en	rename hundreds	file automation batch scripting
        en	attachments into folders	email automation document filing rpa
        en	automatic reply to	email automation auto-reply workflow
        en	typing the same	automation rpa data entry
        en	same steps daily	automation rpa repetitive tasks
        en	on a schedule	scheduled automation scripting
        en	move files automatically	file automation scripting workflow
        en	generate letters automatically	document generation automation
        en	save hours weekly	automation rpa efficiency
        en	boring manual task	automation rpa repetitive tasks
        de	automatisch ablegen	document filing automation rpa
        de	immer die gleichen schritte	automation rpa repetitive tasks
        de	dateien automatisch verschieben	file automation scripting workflow
        de	briefe automatisch erzeugen	document generation automation
        de	anhänge automatisch speichern	email automation document filing rpa
        de	formulare automatisch ausfüllen	rpa form filling automation
        fr	à la main chaque jour	automation rpa repetitive tasks
        fr	ranger les fichiers automatiquement	document filing automation rpa
        fr	toujours les mêmes clics	robotic process automation rpa
        fr	générer les courriers	document generation automation
        fr	enregistrer les pièces jointes	email automation document filing rpa
        es	a mano cada día	automation rpa repetitive tasks
        es	archivar automáticamente	document filing automation rpa
        es	siempre los mismos clics	robotic process automation rpa
        es	generar cartas automáticamente	document generation automation
        es	guardar adjuntos	email automation document filing rpa
        es	rellenar automáticamente	rpa form filling automation
        nl	elke dag handmatig	automation rpa repetitive tasks
        nl	automatisch archiveren	document filing automation rpa
        nl	automatisch antwoorden	email automation auto-reply workflow
        nl	steeds dezelfde klikken	robotic process automation rpa
        nl	brieven automatisch maken	document generation automation
        nl	bijlagen opslaan	email automation document filing rpa
        it	a mano ogni giorno	automation rpa repetitive tasks
        it	archiviare automaticamente	document filing automation rpa
        it	sempre gli stessi clic	robotic process automation rpa
        it	generare lettere automaticamente	document generation automation
        it	salvare gli allegati	email automation document filing rpa
        sv	manuellt varje dag	automation rpa repetitive tasks
        sv	arkivera automatiskt	document filing automation rpa
        sv	samma klick varje dag	robotic process automation rpa
        sv	skapa brev automatiskt	document generation automation
        sv	spara bilagor	email automation document filing rpa
        pt	à mão todos os dias	automation rpa repetitive tasks
        pt	arquivar automaticamente	document filing automation rpa
        pt	sempre os mesmos cliques	robotic process automation rpa
        pt	gerar cartas automaticamente	document generation automation
        pt	guardar anexos	email automation document filing rpa
        pl	ręcznie codziennie	automation rpa repetitive tasks
        pl	automatyczne archiwizowanie	document filing automation rpa
        pl	automatyczna odpowiedź	email automation auto-reply workflow
        pl	ciągle te same kliknięcia	robotic process automation rpa
        pl	generowanie pism	document generation automation
        pl	zapisywanie załączników	email automation document filing rpa
        pl	automatyczne wypełnianie	rpa form filling automation
        en	digital form instead	digital forms low-code
        en	manager approval	approval workflow low-code
        en	two sign-offs	approval workflow low-code
        en	shop floor app	low-code app development
        en	paper checklist	digital forms low-code mobile
        en	request and approval	forms approval workflow low-code
        en	holiday request flow	approval workflow low-code forms
        en	build it ourselves	citizen development low-code
        en	form that sends	digital forms workflow low-code
        en	approval chain	approval workflow low-code
        en	fill in on phone	mobile forms low-code
        en	track requests	low-code app workflow tracking
        en	purchase request approval	approval workflow procurement low-code
        de	antrag digital	digital forms low-code workflow
        de	genehmigung durch vorgesetzten	approval workflow low-code
        de	freigabeprozess	approval workflow low-code
        de	checkliste digitalisieren	digital forms low-code mobile
        de	urlaubsantrag online	approval workflow low-code forms
        de	app selbst zusammenklicken	citizen development low-code
        fr	formulaire numérique	digital forms low-code
        fr	validation par le manager	approval workflow low-code
        fr	remplacer le papier	digital forms low-code workflow
        fr	demande de congé en ligne	approval workflow low-code forms
        fr	checklist sur tablette	digital forms low-code mobile
        fr	demande d'achat à valider	approval workflow procurement low-code
        es	formulario digital	digital forms low-code
        es	aprobación del responsable	approval workflow low-code
        es	sustituir el papel	digital forms low-code workflow
        es	solicitud de vacaciones online	approval workflow low-code forms
        es	checklist en el móvil	digital forms low-code mobile
        es	aprobar compras	approval workflow procurement low-code
        nl	digitaal formulier	digital forms low-code
        nl	akkoord van leidinggevende	approval workflow low-code
        nl	papieren formulier vervangen	digital forms low-code workflow
        nl	verlofaanvraag digitaal	approval workflow low-code forms
        nl	checklist op de telefoon	digital forms low-code mobile
        nl	zelf een appje bouwen	citizen development low-code
        it	modulo digitale	digital forms low-code
        it	approvazione del responsabile	approval workflow low-code
        it	eliminare la carta	digital forms low-code workflow
        it	richiesta ferie online	approval workflow low-code forms
        it	checklist sul telefono	digital forms low-code mobile
        it	richiesta d'acquisto da approvare	approval workflow procurement low-code
        sv	digital blankett	digital forms low-code
        sv	godkännande av chef	approval workflow low-code
        sv	ersätta pappersblanketten	digital forms low-code workflow
        sv	semesteransökan digitalt	approval workflow low-code forms
        sv	checklista i mobilen	digital forms low-code mobile
        sv	bygga en app själv	citizen development low-code
        pt	formulário digital	digital forms low-code
        pt	aprovação da chefia	approval workflow low-code
        pt	acabar com o papel	digital forms low-code workflow
        pt	pedido de férias online	approval workflow low-code forms
        pt	checklist no telemóvel	digital forms low-code mobile
        pt	pedido de compra para aprovar	approval workflow procurement low-code
        pl	formularz elektroniczny	digital forms low-code
        pl	zatwierdzenie przez kierownika	approval workflow low-code
        pl	zamiast papieru	digital forms low-code workflow
        pl	wniosek urlopowy online	approval workflow low-code forms
        pl	lista kontrolna w telefonie	digital forms low-code mobile
        pl	akceptacja zamówień	approval workflow procurement low-code
        en	systems exchange data	system integration api data exchange
        en	import orders automatically	api integration order import
        en	export and import	data exchange integration etl
        en	update both places	system integration double entry api
        en	connect our webshop	ecommerce integration api
        en	pull from their system	api integration data extraction
        en	retype supplier files	edi integration data exchange
        en	link erp and warehouse	erp wms integration api
        en	data between systems	system integration data exchange
        en	plug into their	api integration third-party
        en	automatic data feed	api integration data feed
        de	systeme verbinden	system integration api data exchange
        de	daten automatisch übertragen	system integration data exchange
        de	automatisch importieren	api integration data import
        de	webshop anbinden	ecommerce integration api
        de	erp mit lager verbinden	erp wms integration api
        de	in beiden systemen pflegen	system integration double entry api
        fr	faire communiquer les logiciels	system integration api data exchange
        fr	transfert automatique	system integration data exchange
        fr	import automatique	api integration data import
        fr	relier la boutique en ligne	ecommerce integration api
        fr	saisir deux fois	system integration double entry api
        fr	flux de données entre	data exchange integration etl
        es	conectar los programas	system integration api data exchange
        es	traspaso automático de datos	system integration data exchange
        es	importar automáticamente	api integration data import
        es	conectar la tienda online	ecommerce integration api
        es	meterlo dos veces	system integration double entry api
        es	sincronizar los sistemas	data synchronization integration api
        nl	gegevens automatisch overzetten	system integration data exchange
        nl	automatisch inlezen	api integration data import
        nl	webshop koppelen	ecommerce integration api
        nl	op twee plekken bijwerken	system integration double entry api
        nl	systemen synchroon houden	data synchronization integration api
        it	collegare i gestionali	system integration api data exchange
        it	passaggio automatico dei dati	system integration data exchange
        it	importazione automatica	api integration data import
        it	collegare l'e-commerce	ecommerce integration api
        it	inserire due volte	system integration double entry api
        it	sistemi allineati	data synchronization integration api
        sv	överföra data automatiskt	system integration data exchange
        sv	automatisk import	api integration data import
        sv	koppla webbshoppen	ecommerce integration api
        sv	mata in två gånger	system integration double entry api
        sv	hålla systemen i synk	data synchronization integration api
        pt	ligar os sistemas	system integration api data exchange
        pt	transferência automática de dados	system integration data exchange
        pt	importação automática	api integration data import
        pt	ligar a loja online	ecommerce integration api
        pt	introduzir duas vezes	system integration double entry api
        pt	sistemas sincronizados	data synchronization integration api
        pl	automatyczny przesył danych	system integration data exchange
        pl	automatyczny import	api integration data import
        pl	podpiąć sklep internetowy	ecommerce integration api
        pl	wpisywać dwa razy	system integration double entry api
        pl	synchronizacja systemów	data synchronization integration api
        en	department page	web development website intranet
        en	website looks outdated	web redesign web development
        en	form on our site	web forms development
        en	our web pages	web development cms content
        en	site on phones	responsive web design mobile
        en	site redesign	web redesign web development
        en	make a webpage	web development html
        en	project website	web development project website
        en	book on the website	web application booking development
        en	public-facing site	website web development
        en	conference website	event website web development
        de	webseite modernisieren	web redesign web development
        de	online-formular auf der seite	web forms development
        de	website für das projekt	web development project website
        de	seite fürs handy optimieren	responsive web design mobile
        fr	refonte du site	web redesign web development
        fr	page pour notre service	web development website intranet
        fr	site du projet	web development project website
        fr	site adapté au mobile	responsive web design mobile
        es	rediseño de la web	web redesign web development
        es	página para nuestro departamento	web development website intranet
        es	web del proyecto	web development project website
        es	web adaptada al móvil	responsive web design mobile
        nl	website vernieuwen	web redesign web development
        nl	pagina voor onze afdeling	web development website intranet
        nl	projectwebsite	web development project website
        nl	site op mobiel	responsive web design mobile
        nl	webpagina maken	web development html
        it	rifare il sito	web redesign web development
        it	pagina per il reparto	web development website intranet
        it	sito vetrina	website web development
        it	sito del progetto	web development project website
        it	sito per smartphone	responsive web design mobile
        sv	bygga en hemsida	web development website
        sv	göra om hemsidan	web redesign web development
        sv	sida för avdelningen	web development website intranet
        sv	projektets webbplats	web development project website
        sv	hemsidan i mobilen	responsive web design mobile
        sv	ny webbplats	web development website
        pt	renovar o site	web redesign web development
        pt	página do departamento	web development website intranet
        pt	site institucional	website web development
        pt	site do projeto	web development project website
        pt	site para telemóvel	responsive web design mobile
        pl	stworzyć stronę internetową	web development website
        pl	odświeżyć stronę	web redesign web development
        pl	podstrona działu	web development website intranet
        pl	strona firmowa	website web development
        pl	strona projektu	web development project website
        pl	strona na telefon	responsive web design mobile
        en	run in the cloud	cloud hosting architecture
        en	where do we host it	cloud hosting architecture
        en	monthly cloud costs	cloud cost optimization finops
        en	cloud bill growing	cloud cost optimization finops
        en	basement servers	cloud migration hosting infrastructure
        en	rent servers	cloud hosting infrastructure
        en	off our own servers	cloud migration architecture
        en	pay per use	cloud pricing cost optimization
        en	cloud spending	cloud cost optimization finops
        en	hosted externally	managed hosting cloud
        en	scale when busy	cloud scalability autoscaling
        en	which cloud provider	cloud architecture vendor selection
        en	unused cloud resources	cloud cost optimization finops
        de	in die cloud umziehen	cloud migration architecture
        de	hosting-kosten	cloud hosting cost optimization
        de	eigene server ablösen	cloud migration architecture
        de	cloud-rechnung	cloud cost optimization finops
        de	welcher cloud-anbieter	cloud architecture vendor selection
        de	server mieten	cloud hosting infrastructure
        fr	nos propres serveurs	cloud migration hosting infrastructure
        fr	facture cloud	cloud cost optimization finops
        fr	quel hébergeur	cloud hosting vendor selection
        fr	louer des serveurs	cloud hosting infrastructure
        es	pasar a la nube	cloud migration architecture
        es	servidores propios	cloud migration hosting infrastructure
        es	factura de la nube	cloud cost optimization finops
        es	qué proveedor de nube	cloud architecture vendor selection
        es	alquilar servidores	cloud hosting infrastructure
        nl	eigen servers	cloud migration hosting infrastructure
        nl	cloudfactuur	cloud cost optimization finops
        nl	welke cloudprovider	cloud architecture vendor selection
        nl	servers huren	cloud hosting infrastructure
        it	server interni	cloud migration hosting infrastructure
        it	fattura del cloud	cloud cost optimization finops
        it	quale provider cloud	cloud architecture vendor selection
        it	affittare server	cloud hosting infrastructure
        sv	egna servrar	cloud migration hosting infrastructure
        sv	molnfakturan	cloud cost optimization finops
        sv	vilken molnleverantör	cloud architecture vendor selection
        sv	hyra servrar	cloud hosting infrastructure
        pt	custos da nuvem	cloud cost optimization finops
        pt	servidores próprios	cloud migration hosting infrastructure
        pt	fatura da nuvem	cloud cost optimization finops
        pt	qual fornecedor de nuvem	cloud architecture vendor selection
        pt	alugar servidores	cloud hosting infrastructure
        pl	przejść do chmury	cloud migration architecture
        pl	własne serwery	cloud migration hosting infrastructure
        pl	rachunek za chmurę	cloud cost optimization finops
        pl	który dostawca chmury	cloud architecture vendor selection
        pl	wynająć serwery	cloud hosting infrastructure
        en	track code changes	version control git
        en	release without downtime	deployment ci/cd devops
        en	test before live	continuous integration testing ci/cd
        en	works on my machine	containers docker reproducible environments
        en	same environment everywhere	containers docker devops
        en	automate the deployment	ci/cd pipeline deployment automation
        en	who changed the code	version control git history
        en	overwrite each other's	version control git branching
        en	script versions	version control git
        de	code-änderungen nachverfolgen	version control git history
        de	wer hat den code geändert	version control git history
        de	release zurückrollen	deployment rollback devops
        fr	déploiement automatique	ci/cd deployment automation devops
        fr	qui a modifié le code	version control git history
        es	despliegue automático	ci/cd deployment automation devops
        es	pasar a producción	deployment release devops
        es	quién cambió el código	version control git history
        es	volver a la versión anterior	deployment rollback devops
        nl	naar productie zetten	deployment release devops
        nl	wie heeft de code aangepast	version control git history
        nl	release terugdraaien	deployment rollback devops
        it	controllo versioni	version control git
        it	rilascio automatico	ci/cd deployment automation devops
        it	chi ha modificato il codice	version control git history
        it	ambiente di collaudo	devops environments deployment
        sv	sätta i produktion	deployment release devops
        sv	vem ändrade koden	version control git history
        sv	rulla tillbaka releasen	deployment rollback devops
        pt	implementação automática	ci/cd deployment automation devops
        pt	passar para produção	deployment release devops
        pt	quem alterou o código	version control git history
        pt	voltar à versão anterior	deployment rollback devops
        pl	automatyczne wdrożenie	ci/cd deployment automation devops
        pl	kto zmienił kod	version control git history
        pl	wycofać wydanie	deployment rollback devops
        en	passwords in code	secrets management security
        en	store api keys	secrets management key vault security
        en	who may see which data	access control authorization security architecture
        en	encrypt the data	encryption security architecture
        en	design it securely	security architecture secure design
        en	keys hard-coded	secrets management security
        en	separate the networks	network segmentation security architecture
        en	security sign-off	security architecture review
        en	protect sensitive data	data security encryption architecture
        en	rotate the keys	secrets management key rotation security
        de	passwörter im code	secrets management security
        de	schlüssel sicher ablegen	secrets management key vault security
        de	wer darf was sehen	access control authorization security architecture
        de	daten verschlüsseln	encryption security architecture
        de	netze trennen	network segmentation security architecture
        fr	mots de passe dans le code	secrets management security
        fr	stocker les clés	secrets management key vault security
        fr	qui peut voir quoi	access control authorization security architecture
        fr	chiffrer les données	encryption security architecture
        fr	architecture sécurisée	security architecture secure design
        fr	cloisonner les réseaux	network segmentation security architecture
        es	contraseñas en el código	secrets management security
        es	guardar las claves	secrets management key vault security
        es	quién puede ver qué	access control authorization security architecture
        es	cifrar los datos	encryption security architecture
        es	seguridad desde el diseño	security architecture privacy by design
        es	separar las redes	network segmentation security architecture
        nl	sleutels veilig opslaan	secrets management key vault security
        nl	wie mag wat zien	access control authorization security architecture
        nl	gegevens versleutelen	encryption security architecture
        nl	beveiligingsontwerp	security architecture secure design
        nl	netwerken scheiden	network segmentation security architecture
        it	password nel codice	secrets management security
        it	custodire le chiavi	secrets management key vault security
        it	chi può vedere cosa	access control authorization security architecture
        it	cifrare i dati	encryption security architecture
        it	sicurezza fin dalla progettazione	security architecture privacy by design
        it	separare le reti	network segmentation security architecture
        sv	lagra nycklar säkert	secrets management key vault security
        sv	vem får se vad	access control authorization security architecture
        sv	kryptera data	encryption security architecture
        sv	säkerhetsarkitektur	security architecture secure design
        sv	segmentera nätverket	network segmentation security architecture
        pt	palavras-passe no código	secrets management security
        pt	guardar as chaves	secrets management key vault security
        pt	quem pode ver o quê	access control authorization security architecture
        pt	cifrar os dados	encryption security architecture
        pt	segurança desde a conceção	security architecture privacy by design
        pt	separar as redes	network segmentation security architecture
        pl	przechowywanie kluczy	secrets management key vault security
        pl	kto może widzieć co	access control authorization security architecture
        pl	szyfrowanie danych	encryption security architecture
        pl	bezpieczeństwo w fazie projektu	security architecture privacy by design
        pl	segmentacja sieci	network segmentation security architecture
        en	how long to keep	data retention gdpr
        en	delete old records	data retention deletion gdpr
        en	remove names	anonymisation data protection
        en	patients agreed to	consent gdpr data protection
        en	ask permission	consent gdpr data protection
        en	third party sharing	data sharing agreement gdpr
        en	allowed to store	data protection gdpr lawful basis
        en	wants their data	data subject access request gdpr
        en	data breach reported	data breach notification gdpr
        en	consent checkbox	consent gdpr data protection
        en	personal details	personal data data protection gdpr
        en	make it untraceable	anonymisation data protection
        en	legal basis	lawful basis gdpr data protection
        de	wie lange aufbewahren	data retention gdpr
        de	namen entfernen	anonymisation data protection
        de	einwilligung einholen	consent gdpr data protection
        de	an dritte weitergeben	data sharing agreement gdpr
        de	datenpanne melden	data breach notification gdpr
        de	auskunftsersuchen	data subject access request gdpr
        fr	combien de temps garder	data retention gdpr
        fr	retirer les noms	anonymisation data protection
        fr	recueillir le consentement	consent gdpr data protection
        fr	transmettre à un tiers	data sharing agreement gdpr
        fr	demande d'accès aux données	data subject access request gdpr
        es	cuánto tiempo guardar	data retention gdpr
        es	quitar los nombres	anonymisation data protection
        es	pedir consentimiento	consent gdpr data protection
        es	ceder a terceros	data sharing agreement gdpr
        es	brecha de datos	data breach notification gdpr
        es	derecho de acceso	data subject access request gdpr
        nl	hoe lang bewaren	data retention gdpr
        nl	namen weghalen	anonymisation data protection
        nl	toestemming vragen	consent gdpr data protection
        nl	delen met derden	data sharing agreement gdpr
        nl	datalek melden	data breach notification gdpr
        nl	inzageverzoek	data subject access request gdpr
        it	per quanto tempo conservare	data retention gdpr
        it	togliere i nomi	anonymisation data protection
        it	chiedere il consenso	consent gdpr data protection
        it	comunicare a terzi	data sharing agreement gdpr
        it	richiesta di accesso ai dati	data subject access request gdpr
        sv	hur länge får vi spara	data retention gdpr
        sv	ta bort namnen	anonymisation data protection
        sv	be om samtycke	consent gdpr data protection
        sv	gallringsfrist	data retention deletion gdpr
        sv	dela med tredje part	data sharing agreement gdpr
        sv	personuppgiftsincident	data breach notification gdpr
        sv	registerutdrag	data subject access request gdpr
        pt	quanto tempo guardar	data retention gdpr
        pt	retirar os nomes	anonymisation data protection
        pt	pedir consentimento	consent gdpr data protection
        pt	partilhar com terceiros	data sharing agreement gdpr
        pt	violação de dados	data breach notification gdpr
        pt	pedido de acesso aos dados	data subject access request gdpr
        pl	jak długo przechowywać	data retention gdpr
        pl	usunąć nazwiska	anonymisation data protection
        pl	przekazać podmiotowi trzeciemu	data sharing agreement gdpr
        pl	naruszenie ochrony danych	data breach notification gdpr
        pl	wniosek o dostęp do danych	data subject access request gdpr
        en	free software instead	open source software alternatives
        en	can we share our code	open source publishing code
        en	open licence	open source license
        en	free to use	open source license usage
        en	paid vs free	open source community edition
        en	repository public	open source publishing repository
        en	give our tool away	open source release publishing
        en	community support	open source community support
        en	allowed to modify	open source license modification
        en	locked in	open source vendor lock-in
        en	open-source alternative	open source software alternatives
        en	choose a licence	open source license selection
        en	outside contributors	open source community contribution
        de	lizenzbedingungen prüfen	open source license compliance
        de	anbieterabhängigkeit	open source vendor lock-in
        fr	dépendance à l'éditeur	open source vendor lock-in
        nl	broncode openbaar maken	open source publishing code
        nl	onze code delen	open source publishing code
        nl	communityversie	open source community edition
        it	pubblicare il codice	open source publishing code
        sv	communityversion	open source community edition
        pt	condições de licença	open source license compliance
        pl	uzależnienie od dostawcy	open source vendor lock-in
        en	grey text	accessibility colour contrast
        en	poor eyesight	accessibility visual impairment
        en	readable for everyone	accessibility readability plain language
        en	subtitles on videos	accessibility captions video
        en	without a mouse	accessibility keyboard navigation
        en	read it aloud	accessibility text to speech
        en	simple language version	accessibility plain language easy read
        en	large print	accessibility large print visual impairment
        en	colour-blind friendly	accessibility colour contrast
        en	accessible pdf	accessibility accessible documents
        en	contrast too low	accessibility colour contrast
        en	tab through	accessibility keyboard navigation forms
        en	zoomed in	accessibility zoom responsive design
        de	vorlesefunktion	accessibility text to speech
        de	kontrast zu schwach	accessibility colour contrast
        de	ohne maus bedienbar	accessibility keyboard navigation
        de	barrierefreies pdf	accessibility accessible documents
        fr	facile à lire	accessibility plain language easy read
        fr	sous-titrer les vidéos	accessibility captions video
        fr	lecture à voix haute	accessibility text to speech
        fr	contraste insuffisant	accessibility colour contrast
        fr	sans souris	accessibility keyboard navigation
        fr	pdf accessible	accessibility accessible documents
        es	lectura fácil	accessibility plain language easy read
        es	subtitular los vídeos	accessibility captions video
        es	leer en voz alta	accessibility text to speech
        es	contraste insuficiente	accessibility colour contrast
        es	sin ratón	accessibility keyboard navigation
        es	pdf accesible	accessibility accessible documents
        nl	eenvoudige taal	accessibility plain language easy read
        nl	video's ondertitelen	accessibility captions video
        nl	voorleessoftware	accessibility text to speech
        nl	te weinig contrast	accessibility colour contrast
        nl	zonder muis	accessibility keyboard navigation
        nl	toegankelijke pdf	accessibility accessible documents
        it	linguaggio semplice	accessibility plain language easy read
        it	sottotitolare i video	accessibility captions video
        it	lettura ad alta voce	accessibility text to speech
        it	contrasto basso	accessibility colour contrast
        it	senza mouse	accessibility keyboard navigation
        it	pdf accessibile	accessibility accessible documents
        sv	lättläst	accessibility plain language easy read
        sv	texta filmerna	accessibility captions video
        sv	talsyntes	accessibility text to speech
        sv	för låg kontrast	accessibility colour contrast
        sv	utan mus	accessibility keyboard navigation
        sv	tillgänglig pdf	accessibility accessible documents
        pt	linguagem simples	accessibility plain language easy read
        pt	legendar os vídeos	accessibility captions video
        pt	leitura em voz alta	accessibility text to speech
        pt	contraste insuficiente	accessibility colour contrast
        pt	sem rato	accessibility keyboard navigation
        pt	pdf acessível	accessibility accessible documents
        pl	tekst łatwy do czytania	accessibility plain language easy read
        pl	dodać napisy	accessibility captions video
        pl	czytanie na głos	accessibility text to speech
        pl	za mały kontrast	accessibility colour contrast
        pl	bez użycia myszy	accessibility keyboard navigation
        pl	dostępny pdf	accessibility accessible documents
        en	users really want	user research needs analysis
        en	how they use it	user research interviews
        en	watch people use	usability testing observation
        en	before we build	user research discovery
        en	test the design	usability testing prototype
        en	users get confused	usability ux design
        en	find the button	usability navigation ux
        en	talk to the end users	user research interviews
        en	click the wrong	usability testing ux
        en	prototype feedback	usability testing prototype feedback
        en	understand our users	user research personas
        en	ignore the instructions	usability ux design
        de	was nutzer brauchen	user research needs analysis
        de	mit nutzern testen	usability testing user research
        de	nutzer finden sich nicht zurecht	usability navigation ux
        de	prototyp testen lassen	usability testing prototype
        de	nutzer beobachten	usability testing observation
        de	vor der entwicklung fragen	user research discovery
        fr	tester avec des utilisateurs	usability testing user research
        fr	pas intuitif	usability ux design
        fr	les gens se perdent	usability navigation ux
        fr	faire tester la maquette	usability testing prototype
        fr	comprendre nos utilisateurs	user research personas
        fr	besoins des agents	user research needs analysis
        es	qué necesitan los usuarios	user research needs analysis
        es	probar con usuarios	usability testing user research
        es	no es intuitivo	usability ux design
        es	los usuarios se pierden	usability navigation ux
        es	probar el prototipo	usability testing prototype
        es	entender a los usuarios	user research personas
        nl	wat gebruikers nodig hebben	user research needs analysis
        nl	testen met gebruikers	usability testing user research
        nl	niet intuïtief	usability ux design
        nl	mensen raken de weg kwijt	usability navigation ux
        nl	prototype laten testen	usability testing prototype
        nl	gebruikers begrijpen	user research personas
        it	cosa serve agli utenti	user research needs analysis
        it	testare con gli utenti	usability testing user research
        it	poco intuitivo	usability ux design
        it	gli utenti si perdono	usability navigation ux
        it	far provare il prototipo	usability testing prototype
        it	capire gli utenti	user research personas
        sv	vad användarna behöver	user research needs analysis
        sv	testa med användare	usability testing user research
        sv	inte intuitivt	usability ux design
        sv	hittar inte knappen	usability navigation ux
        sv	testa prototypen	usability testing prototype
        sv	förstå användarna	user research personas
        pt	o que os utilizadores precisam	user research needs analysis
        pt	testar com utilizadores	usability testing user research
        pt	pouco intuitivo	usability ux design
        pt	os utilizadores perdem-se	usability navigation ux
        pt	testar o protótipo	usability testing prototype
        pt	perceber os utilizadores	user research personas
        pl	czego potrzebują użytkownicy	user research needs analysis
        pl	testować z użytkownikami	usability testing user research
        pl	mało intuicyjne	usability ux design
        pl	użytkownicy się gubią	usability navigation ux
        pl	przetestować prototyp	usability testing prototype
        pl	zrozumieć użytkowników	user research personas
        en	waiting for signature	process improvement lean approvals waiting
        en	steps nobody needs	process improvement lean simplification
        en	walks across	lean waste motion process improvement
        en	back and forth	process improvement lean workflow
        en	everything twice	lean waste duplication process improvement
        en	waiting for approval	process improvement lean approvals
        en	cut unnecessary steps	process improvement lean simplification
        en	faster turnaround	lead time process improvement lean
        en	work piles up	bottleneck lean flow process improvement
        en	searching for materials	lean waste 5s process improvement
        en	sent back	rework process improvement lean
        de	unnötige schritte	process improvement lean simplification
        de	warten auf unterschrift	process improvement lean approvals waiting
        de	suchzeiten	lean waste 5s process improvement
        de	nacharbeit	rework process improvement lean
        fr	temps perdu à attendre	lean waste process improvement
        fr	déplacements inutiles	lean waste motion process improvement
        fr	attendre une signature	process improvement lean approvals waiting
        fr	dossiers renvoyés	rework process improvement lean
        es	simplificar el proceso	process improvement lean simplification
        es	desplazamientos innecesarios	lean waste motion process improvement
        es	esperar una firma	process improvement lean approvals waiting
        es	rehacer el trabajo	rework process improvement lean
        es	tiempos muertos	lean waste process improvement
        nl	proces vereenvoudigen	process improvement lean simplification
        nl	onnodig lopen	lean waste motion process improvement
        nl	wachten op een handtekening	process improvement lean approvals waiting
        nl	werk overdoen	rework process improvement lean
        nl	proces in kaart brengen	process mapping process improvement
        it	snellire il processo	process improvement lean simplification
        it	spostamenti inutili	lean waste motion process improvement
        it	aspettare una firma	process improvement lean approvals waiting
        it	tempi morti	lean waste process improvement
        sv	effektivisera processen	process improvement lean
        sv	onödiga förflyttningar	lean waste motion process improvement
        sv	vänta på underskrift	process improvement lean approvals waiting
        pt	simplificar o processo	process improvement lean simplification
        pt	deslocações desnecessárias	lean waste motion process improvement
        pt	esperar por uma assinatura	process improvement lean approvals waiting
        pt	refazer o trabalho	rework process improvement lean
        pt	mapear o processo	process mapping process improvement
        pt	tempos mortos	lean waste process improvement
        pl	za dużo etapów	process improvement lean simplification
        pl	uprościć proces	process improvement lean simplification
        pl	zbędne chodzenie	lean waste motion process improvement
        pl	czekanie na podpis	process improvement lean approvals waiting
        pl	poprawki w kółko	rework process improvement lean
        en	why it went wrong	root cause analysis incident investigation
        en	learn from incidents	incident analysis quality improvement
        en	wrong medication given	medication error patient safety
        en	patient fell	patient falls patient safety
        en	near misses piling	near miss incident reporting safety
        en	real cause	root cause analysis quality improvement
        en	stop it recurring	corrective action root cause analysis
        en	after the complaint	complaints analysis quality improvement
        en	same error monthly	recurring errors quality improvement
        en	safety culture	patient safety culture quality improvement
        en	incident review	incident investigation root cause analysis
        en	pressure ulcers	patient safety harm reduction
        de	immer wieder derselbe fehler	recurring errors quality improvement
        de	ursache finden	root cause analysis quality improvement
        de	aus fehlern lernen	incident analysis quality improvement
        de	medikationsfehler	medication error patient safety
        de	patientensturz	patient falls patient safety
        de	fehlermeldesystem	incident reporting patient safety
        fr	toujours la même erreur	recurring errors quality improvement
        fr	trouver la cause	root cause analysis quality improvement
        fr	tirer les leçons	lessons learned quality improvement
        fr	erreur médicamenteuse	medication error patient safety
        es	siempre el mismo error	recurring errors quality improvement
        es	buscar la causa	root cause analysis quality improvement
        es	aprender de los errores	incident analysis quality improvement
        es	evento adverso	adverse event patient safety
        es	error de medicación	medication error patient safety
        nl	steeds dezelfde fout	recurring errors quality improvement
        nl	oorzaak achterhalen	root cause analysis quality improvement
        nl	leren van incidenten	incident analysis quality improvement
        nl	bijna-incident	near miss incident reporting safety
        nl	medicatiefout	medication error patient safety
        it	sempre lo stesso errore	recurring errors quality improvement
        it	trovare la causa	root cause analysis quality improvement
        it	imparare dagli errori	incident analysis quality improvement
        it	evento avverso	adverse event patient safety
        it	errore di terapia	medication error patient safety
        sv	samma fel igen	recurring errors quality improvement
        sv	hitta orsaken	root cause analysis quality improvement
        sv	läkemedelsfel	medication error patient safety
        pt	sempre o mesmo erro	recurring errors quality improvement
        pt	encontrar a causa	root cause analysis quality improvement
        pt	aprender com os erros	incident analysis quality improvement
        pt	evento adverso	adverse event patient safety
        pt	segurança do doente	patient safety quality improvement
        pt	erro de medicação	medication error patient safety
        pl	ciągle ten sam błąd	recurring errors quality improvement
        pl	znaleźć przyczynę	root cause analysis quality improvement
        pl	uczyć się na błędach	incident analysis quality improvement
        pl	zdarzenie niepożądane	adverse event patient safety
        pl	błąd w podaniu leku	medication error patient safety
        en	project on track	project management planning control
        en	responsible for what	project management raci responsibilities
        en	weekly status	project reporting stakeholder communication
        en	project keeps slipping	project management schedule delays
        en	plan the phases	project planning phases milestones
        en	many parties involved	stakeholder management project management
        en	keep stakeholders happy	stakeholder management communication
        en	rollout timeline	project planning timeline rollout
        en	through the cracks	project management task tracking
        en	nobody knows status	project reporting status communication
        en	all projects overview	portfolio management project reporting
        en	manage expectations	stakeholder management expectations
        en	project charter	project management initiation scope
        de	zeitplan einhalten	project management schedule control
        de	stakeholder einbinden	stakeholder management project management
        de	verantwortlichkeiten klären	project management raci responsibilities
        de	projekt läuft aus dem ruder	project management schedule delays
        de	überblick über alle projekte	portfolio management project reporting
        de	projektauftrag	project management initiation scope
        fr	respecter les délais	project management schedule control
        fr	parties prenantes	stakeholder management project management
        fr	point d'avancement	project reporting status communication
        fr	le projet dérape	project management schedule delays
        fr	vue d'ensemble des projets	portfolio management project reporting
        fr	note de cadrage	project management initiation scope
        es	cumplir plazos	project management schedule control
        es	partes interesadas	stakeholder management project management
        es	informe de avance	project reporting status communication
        es	el proyecto se retrasa	project management schedule delays
        es	visión de todos los proyectos	portfolio management project reporting
        es	acta de constitución	project management initiation scope
        nl	belanghebbenden	stakeholder management project management
        nl	project loopt uit	project management schedule delays
        nl	overzicht van alle projecten	portfolio management project reporting
        nl	projectopdracht	project management initiation scope
        nl	verwachtingen managen	stakeholder management expectations
        it	rispettare le scadenze	project management schedule control
        it	portatori di interesse	stakeholder management project management
        it	il progetto slitta	project management schedule delays
        it	panoramica dei progetti	portfolio management project reporting
        it	cronoprogramma	project planning timeline
        it	gestire le aspettative	stakeholder management expectations
        sv	hålla tidsplanen	project management schedule control
        sv	intressenter	stakeholder management project management
        sv	projektet drar ut på tiden	project management schedule delays
        sv	översikt över alla projekt	portfolio management project reporting
        sv	projektdirektiv	project management initiation scope
        sv	hantera förväntningar	stakeholder management expectations
        pt	cumprir prazos	project management schedule control
        pt	partes interessadas	stakeholder management project management
        pt	o projeto está atrasado	project management schedule delays
        pt	visão de todos os projetos	portfolio management project reporting
        pt	gerir expectativas	stakeholder management expectations
        pl	dotrzymać terminów	project management schedule control
        pl	interesariusze	stakeholder management project management
        pl	projekt się opóźnia	project management schedule delays
        pl	przegląd wszystkich projektów	portfolio management project reporting
        pl	karta projektu	project management initiation scope
        pl	zarządzać oczekiwaniami	stakeholder management expectations
        en	think up ideas	innovation ideation brainstorming
        en	run a pilot	pilot project innovation experimentation
        en	test small	innovation experimentation pilot
        en	creative session	innovation workshop facilitation
        en	ideas day	innovation ideation event
        en	quick prototype	rapid prototyping innovation
        en	one ward first	pilot project innovation experimentation
        en	shop floor ideas	innovation idea management
        en	new way of working	innovation change experimentation
        en	rethink how	innovation design thinking
        en	facilitate a brainstorm	workshop facilitation brainstorming
        de	ideen sammeln	innovation ideation brainstorming
        de	prototyp bauen	rapid prototyping innovation
        de	erst im kleinen testen	innovation experimentation pilot
        de	workshop moderieren	workshop facilitation design thinking
        fr	faire émerger des idées	innovation ideation brainstorming
        fr	tester à petite échelle	innovation experimentation pilot
        fr	prototype rapide	rapid prototyping innovation
        fr	animer un atelier	workshop facilitation design thinking
        es	generar ideas	innovation ideation brainstorming
        es	probar a pequeña escala	innovation experimentation pilot
        es	prototipo rápido	rapid prototyping innovation
        es	dinamizar un taller	workshop facilitation design thinking
        es	prueba de concepto	proof of concept prototyping innovation
        nl	ideeën ophalen	innovation ideation brainstorming
        nl	pilot draaien	pilot project innovation experimentation
        nl	creatieve sessie	innovation workshop facilitation
        nl	kleinschalig uitproberen	innovation experimentation pilot
        nl	snel prototype	rapid prototyping innovation
        nl	sessie begeleiden	workshop facilitation design thinking
        it	raccogliere idee	innovation ideation brainstorming
        it	sperimentare in piccolo	innovation experimentation pilot
        it	prototipo veloce	rapid prototyping innovation
        it	facilitare un workshop	workshop facilitation design thinking
        it	prova di concetto	proof of concept prototyping innovation
        sv	samla idéer	innovation ideation brainstorming
        sv	kreativ workshop	innovation workshop facilitation
        sv	testa i liten skala	innovation experimentation pilot
        sv	snabb prototyp	rapid prototyping innovation
        sv	leda en workshop	workshop facilitation design thinking
        pt	recolher ideias	innovation ideation brainstorming
        pt	sessão criativa	innovation workshop facilitation
        pt	testar em pequena escala	innovation experimentation pilot
        pt	protótipo rápido	rapid prototyping innovation
        pt	prova de conceito	proof of concept prototyping innovation
        pl	zbieranie pomysłów	innovation ideation brainstorming
        pl	projekt pilotażowy	pilot project innovation experimentation
        pl	przetestować na małą skalę	innovation experimentation pilot
        pl	szybki prototyp	rapid prototyping innovation
        pl	poprowadzić warsztat	workshop facilitation design thinking
        pl	dowód koncepcji	proof of concept prototyping innovation
        en	teach staff	training instructional design
        en	short videos explaining	instructional video training
        en	onboarding pack	onboarding training materials
        en	online training for	e-learning course development
        en	test their knowledge	e-learning assessment quiz
        en	first week programme	onboarding induction training
        en	step-by-step guide	training documentation instructional design
        en	refresher course	training refresher e-learning
        en	self-paced course	e-learning self-paced course
        en	make a tutorial	instructional video tutorial training
        en	mandatory training tracking	learning management system compliance training
        en	explain the new procedure	training instructional design
        en	course certificate	e-learning assessment certification
        de	online-schulung	e-learning course development
        de	wissenstest	e-learning assessment quiz
        de	einarbeitungsplan	onboarding induction training
        de	schritt-für-schritt-anleitung	training documentation instructional design
        de	pflichtschulung	compliance training e-learning
        de	auffrischungskurs	training refresher e-learning
        fr	quiz de connaissances	e-learning assessment quiz
        fr	parcours d'intégration	onboarding induction training
        fr	livret d'accueil	onboarding training materials
        fr	formation obligatoire	compliance training e-learning
        fr	guide pas à pas	training documentation instructional design
        es	test de conocimientos	e-learning assessment quiz
        es	plan de acogida	onboarding induction training
        es	manual de bienvenida	onboarding training materials
        es	formación obligatoria	compliance training e-learning
        es	guía paso a paso	training documentation instructional design
        nl	online training	e-learning course development
        nl	kennistoets	e-learning assessment quiz
        nl	inwerkprogramma	onboarding induction training
        nl	introductieboekje	onboarding training materials
        nl	verplichte training	compliance training e-learning
        nl	stappenplan uitleggen	training documentation instructional design
        it	quiz di verifica	e-learning assessment quiz
        it	percorso di inserimento	onboarding induction training
        it	manuale di benvenuto	onboarding training materials
        it	formazione obbligatoria	compliance training e-learning
        it	guida passo passo	training documentation instructional design
        sv	kunskapstest	e-learning assessment quiz
        sv	introduktionsprogram	onboarding induction training
        sv	välkomstmaterial	onboarding training materials
        sv	obligatorisk utbildning	compliance training e-learning
        sv	steg-för-steg-guide	training documentation instructional design
        sv	utbildningsmodul	e-learning course development
        pt	teste de conhecimentos	e-learning assessment quiz
        pt	plano de acolhimento	onboarding induction training
        pt	manual de acolhimento	onboarding training materials
        pt	formação obrigatória	compliance training e-learning
        pt	guia passo a passo	training documentation instructional design
        pl	test wiedzy	e-learning assessment quiz
        pl	program wdrożenia	onboarding induction training
        pl	pakiet powitalny	onboarding training materials
        pl	szkolenie obowiązkowe	compliance training e-learning
        pl	instrukcja krok po kroku	training documentation instructional design
        en	fridge temperature alerts	iot temperature sensors alerts
        en	log temperatures	iot temperature data logging
        en	measure humidity	iot humidity sensors environmental
        en	trolley locations	iot asset tracking indoor location
        en	machine sensor	iot sensors predictive maintenance
        en	read the meters remotely	iot smart metering energy
        en	pump vibrates	iot vibration sensors predictive maintenance
        en	track our containers	iot asset tracking gps
        en	count people entering	iot people counting sensors
        en	office air quality	iot air quality sensors environmental
        en	battery-powered sensor	iot sensors wireless devices
        en	freezer alarm	iot temperature sensors alerts
        de	temperatur im kühlraum	iot temperature sensors cold storage
        de	tür offen alarm	iot door sensors alerts
        de	zählerstände automatisch	iot smart metering energy
        de	standort der behälter	iot asset tracking gps
        de	maschine vibriert	iot vibration sensors predictive maintenance
        de	luftqualität messen	iot air quality sensors environmental
        fr	température des frigos	iot temperature sensors cold storage
        fr	mesurer l'humidité	iot humidity sensors environmental
        fr	porte restée ouverte	iot door sensors alerts
        fr	relève à distance	iot smart metering energy
        fr	localiser les conteneurs	iot asset tracking gps
        fr	qualité de l'air	iot air quality sensors environmental
        es	temperatura de las neveras	iot temperature sensors cold storage
        es	medir la humedad	iot humidity sensors environmental
        es	puerta abierta aviso	iot door sensors alerts
        es	lectura remota de contadores	iot smart metering energy
        es	localizar los contenedores	iot asset tracking gps
        es	calidad del aire	iot air quality sensors environmental
        nl	temperatuur van de koelcel	iot temperature sensors cold storage
        nl	vochtigheid meten	iot humidity sensors environmental
        nl	deur staat open melding	iot door sensors alerts
        nl	meterstanden uitlezen	iot smart metering energy
        nl	waar staan de containers	iot asset tracking gps
        nl	luchtkwaliteit meten	iot air quality sensors environmental
        it	temperatura dei frigoriferi	iot temperature sensors cold storage
        it	misurare l'umidità	iot humidity sensors environmental
        it	porta rimasta aperta	iot door sensors alerts
        it	contatori a distanza	iot smart metering energy
        it	localizzare i carrelli	iot asset tracking indoor location
        it	qualità dell'aria	iot air quality sensors environmental
        sv	temperaturen i kylen	iot temperature sensors cold storage
        sv	mäta fukten	iot humidity sensors environmental
        sv	dörren står öppen	iot door sensors alerts
        sv	fjärravläsning av mätare	iot smart metering energy
        sv	spåra containrar	iot asset tracking gps
        sv	mäta luftkvaliteten	iot air quality sensors environmental
        pt	temperatura dos frigoríficos	iot temperature sensors cold storage
        pt	medir a humidade	iot humidity sensors environmental
        pt	porta ficou aberta	iot door sensors alerts
        pt	leitura remota de contadores	iot smart metering energy
        pt	localizar os contentores	iot asset tracking gps
        pt	qualidade do ar	iot air quality sensors environmental
        pl	temperatura w chłodni	iot temperature sensors cold storage
        pl	pomiar wilgotności	iot humidity sensors environmental
        pl	drzwi zostały otwarte	iot door sensors alerts
        pl	zdalny odczyt liczników	iot smart metering energy
        pl	lokalizacja kontenerów	iot asset tracking gps
        pl	jakość powietrza	iot air quality sensors environmental
        en	work out the footprint	carbon footprint emissions accounting
        en	how much co2	carbon emissions accounting sustainability
        en	energy per building	energy consumption data sustainability
        en	reduce our emissions	emissions reduction sustainability carbon
        en	sustainability report	sustainability reporting esg
        en	greener transport	sustainable logistics emissions
        en	gas per site	energy consumption data sustainability
        en	business travel emissions	carbon accounting travel emissions
        en	csrd	csrd sustainability reporting esg
        en	waste figures	waste data sustainability reporting
        en	save energy	energy efficiency sustainability
        en	carbon per product	product carbon footprint lifecycle assessment
        en	supplier emissions	scope 3 supply chain emissions
        de	emissionen senken	emissions reduction sustainability carbon
        de	energie sparen	energy efficiency sustainability
        de	gasverbrauch	energy consumption data sustainability
        de	dienstreisen emissionen	carbon accounting travel emissions
        de	abfallmengen	waste data sustainability reporting
        fr	réduire nos émissions	emissions reduction sustainability carbon
        fr	consommation d'énergie par site	energy consumption data sustainability
        fr	économiser l'énergie	energy efficiency sustainability
        fr	émissions des fournisseurs	scope 3 supply chain emissions
        fr	volumes de déchets	waste data sustainability reporting
        fr	déplacements professionnels co2	carbon accounting travel emissions
        es	reducir emisiones	emissions reduction sustainability carbon
        es	consumo energético por centro	energy consumption data sustainability
        es	ahorrar energía	energy efficiency sustainability
        es	emisiones de proveedores	scope 3 supply chain emissions
        es	cantidad de residuos	waste data sustainability reporting
        es	emisiones de los viajes	carbon accounting travel emissions
        nl	uitstoot verminderen	emissions reduction sustainability carbon
        nl	energieverbruik per gebouw	energy consumption data sustainability
        nl	energie besparen	energy efficiency sustainability
        nl	gasverbruik	energy consumption data sustainability
        nl	afvalcijfers	waste data sustainability reporting
        nl	co2 van dienstreizen	carbon accounting travel emissions
        it	ridurre le emissioni	emissions reduction sustainability carbon
        it	consumi per sede	energy consumption data sustainability
        it	emissioni dei fornitori	scope 3 supply chain emissions
        it	quantità di rifiuti	waste data sustainability reporting
        it	emissioni delle trasferte	carbon accounting travel emissions
        sv	minska utsläppen	emissions reduction sustainability carbon
        sv	energiförbrukning per byggnad	energy consumption data sustainability
        sv	spara energi	energy efficiency sustainability
        sv	leverantörernas utsläpp	scope 3 supply chain emissions
        sv	avfallsmängder	waste data sustainability reporting
        sv	utsläpp från tjänsteresor	carbon accounting travel emissions
        pt	reduzir emissões	emissions reduction sustainability carbon
        pt	consumo de energia por edifício	energy consumption data sustainability
        pt	emissões dos fornecedores	scope 3 supply chain emissions
        pt	quantidade de resíduos	waste data sustainability reporting
        pt	emissões das viagens	carbon accounting travel emissions
        pl	zmniejszyć emisje	emissions reduction sustainability carbon
        pl	zużycie energii w budynku	energy consumption data sustainability
        pl	oszczędzanie energii	energy efficiency sustainability
        pl	emisje dostawców	scope 3 supply chain emissions
        pl	ilość odpadów	waste data sustainability reporting
        pl	emisje z podróży służbowych	carbon accounting travel emissions
        en	r code	r language programming
        en	r studio	r language rstudio
        en	learn r	r language training
        en	r or spss	r language statistics software
        en	rmarkdown	r markdown reproducible reports
        en	tidy data in r	r tidyverse data wrangling
        en	spss to r	r language migration statistics
        en	shiny dashboard	r shiny web apps
        en	ggplot2 chart	r ggplot2 visualization
        en	r function	r language programming
        en	excel into r	r language data import
        en	cran package	r packages cran
        de	r lernen	r language training
        de	r statt spss	r language statistics software
        de	r-code	r language programming
        de	grafik mit ggplot	r ggplot2 visualization
        de	r markdown bericht	r markdown reproducible reports
        fr	apprendre r	r language training
        fr	r au lieu de spss	r language statistics software
        fr	code r	r language programming
        fr	rapport r markdown	r markdown reproducible reports
        fr	fonction r	r language programming
        es	aprender r	r language training
        es	r en vez de spss	r language statistics software
        es	código en r	r language programming
        es	informe en r markdown	r markdown reproducible reports
        es	función de r	r language programming
        nl	r leren	r language training
        nl	r in plaats van spss	r language statistics software
        nl	r-code	r language programming
        nl	rapport in r markdown	r markdown reproducible reports
        nl	functie in r	r language programming
        it	imparare r	r language training
        it	r invece di spss	r language statistics software
        it	codice r	r language programming
        it	report in r markdown	r markdown reproducible reports
        it	funzione in r	r language programming
        sv	lära mig r	r language training
        sv	r istället för spss	r language statistics software
        sv	r-kod	r language programming
        sv	rapport i r markdown	r markdown reproducible reports
        sv	funktion i r	r language programming
        pt	aprender r	r language training
        pt	r em vez de spss	r language statistics software
        pt	código em r	r language programming
        pt	relatório em r markdown	r markdown reproducible reports
        pt	função em r	r language programming
        pl	nauczyć się r	r language training
        pl	r zamiast spss	r language statistics software
        pl	kod w r	r language programming
        pl	raport w r markdown	r markdown reproducible reports
        pl	funkcja w r	r language programming
        en	python code	python programming
        en	learn python	python training programming
        en	run the notebook	python jupyter notebooks
        en	python instead of excel	python pandas data analysis
        en	python library	python packages libraries
        en	write in python	python programming scripting
        en	python environment	python environments packaging
        en	import pandas	python pandas data analysis
        en	python for beginners	python training programming
        en	share a notebook	python jupyter notebooks collaboration
        en	requirements.txt	python packages dependencies
        en	python version	python environments versions
        de	python lernen	python training programming
        de	notebook teilen	python jupyter notebooks collaboration
        de	python statt excel	python pandas data analysis
        de	python-code	python programming
        de	python-version	python environments versions
        fr	apprendre python	python training programming
        fr	partager un notebook	python jupyter notebooks collaboration
        fr	python plutôt qu'excel	python pandas data analysis
        fr	code python	python programming
        fr	version de python	python environments versions
        es	aprender python	python training programming
        es	compartir un notebook	python jupyter notebooks collaboration
        es	python en vez de excel	python pandas data analysis
        es	código python	python programming
        es	versión de python	python environments versions
        nl	python leren	python training programming
        nl	notebook delen	python jupyter notebooks collaboration
        nl	python in plaats van excel	python pandas data analysis
        nl	python-code	python programming
        nl	python-versie	python environments versions
        it	imparare python	python training programming
        it	condividere un notebook	python jupyter notebooks collaboration
        it	python invece di excel	python pandas data analysis
        it	codice python	python programming
        it	versione di python	python environments versions
        sv	lära mig python	python training programming
        sv	dela en notebook	python jupyter notebooks collaboration
        sv	python istället för excel	python pandas data analysis
        sv	pythonkod	python programming
        sv	pythonversion	python environments versions
        pt	aprender python	python training programming
        pt	partilhar um notebook	python jupyter notebooks collaboration
        pt	python em vez de excel	python pandas data analysis
        pt	código python	python programming
        pt	versão do python	python environments versions
        pl	nauczyć się pythona	python training programming
        pl	udostępnić notatnik	python jupyter notebooks collaboration
        pl	python zamiast excela	python pandas data analysis
        pl	kod w pythonie	python programming
        pl	wersja pythona	python environments versions
        en	unmaintainable code	research software maintainability refactoring
        en	tests for code	software testing research software engineering
        en	document the functions	research software documentation
        en	make it installable	software packaging research software
        en	others can run	reproducibility research software
        en	rerun the analysis	reproducibility research software workflow
        en	hard-coded paths	code quality research software engineering
        en	release our tool	software release packaging research software
        en	same numbers again	reproducibility research software
        en	clean up code	refactoring code quality research software
        en	software paper	software citation research software publication
        en	test research code	continuous integration research software testing
        en	pin the versions	dependency management reproducibility research software
        de	code testen	software testing research software engineering
        de	als paket bereitstellen	software packaging research software
        de	code aufräumen	refactoring code quality research software
        de	gleiche ergebnisse wieder	reproducibility research software
        de	auswertung erneut laufen lassen	reproducibility research software workflow
        fr	nettoyer le code	refactoring code quality research software
        fr	empaqueter le code	software packaging research software
        fr	relancer l'analyse	reproducibility research software workflow
        fr	mêmes résultats	reproducibility research software
        fr	tester notre code	software testing research software engineering
        es	limpiar el código	refactoring code quality research software
        es	empaquetar el código	software packaging research software
        es	repetir el análisis	reproducibility research software workflow
        es	mismos resultados	reproducibility research software
        es	probar nuestro código	software testing research software engineering
        nl	code opschonen	refactoring code quality research software
        nl	code als pakket	software packaging research software
        nl	analyse opnieuw draaien	reproducibility research software workflow
        nl	dezelfde resultaten	reproducibility research software
        nl	onze code testen	software testing research software engineering
        it	ripulire il codice	refactoring code quality research software
        it	impacchettare il codice	software packaging research software
        it	rilanciare l'analisi	reproducibility research software workflow
        it	stessi risultati	reproducibility research software
        it	testare il nostro codice	software testing research software engineering
        sv	städa upp koden	refactoring code quality research software
        sv	paketera koden	software packaging research software
        sv	köra om analysen	reproducibility research software workflow
        sv	samma resultat igen	reproducibility research software
        sv	testa vår kod	software testing research software engineering
        pt	limpar o código	refactoring code quality research software
        pt	empacotar o código	software packaging research software
        pt	repetir a análise	reproducibility research software workflow
        pt	mesmos resultados	reproducibility research software
        pt	software de investigação	research software engineering
        pt	testar o nosso código	software testing research software engineering
        pl	uporządkować kod	refactoring code quality research software
        pl	spakować kod	software packaging research software
        pl	powtórzyć analizę	reproducibility research software workflow
        pl	te same wyniki	reproducibility research software
        pl	przetestować nasz kod	software testing research software engineering
        en	share data openly	open data sharing open science
        en	journal wants data	data availability open science
        en	deposit the dataset	data repository fair data sharing
        en	make data findable	fair data findability metadata
        en	register the study	preregistration open science
        en	data citation	data citation fair open science
        en	describe the dataset	metadata documentation fair data
        en	funder's data policy	research data management open science
        en	publish the protocol	study protocol preregistration open science
        en	open lab notebook	open science transparency
        en	dataset licence	open data licensing fair
        en	machine-readable data	fair data interoperability metadata
        de	daten veröffentlichen	open data sharing open science
        de	fair-prinzipien	fair data principles
        de	datensatz beschreiben	metadata documentation fair data
        de	datensatz hinterlegen	data repository fair data sharing
        de	zeitschrift will die daten	data availability open science
        fr	publier les données	open data sharing open science
        fr	préenregistrement	preregistration open science
        fr	principes fair	fair data principles
        fr	décrire le jeu de données	metadata documentation fair data
        fr	déposer les données	data repository fair data sharing
        fr	la revue demande les données	data availability open science
        es	publicar los datos	open data sharing open science
        es	prerregistro	preregistration open science
        es	principios fair	fair data principles
        es	describir el conjunto de datos	metadata documentation fair data
        es	depositar los datos	data repository fair data sharing
        es	la revista pide los datos	data availability open science
        nl	data openbaar maken	open data sharing open science
        nl	preregistratie	preregistration open science
        nl	fair-principes	fair data principles
        nl	dataset beschrijven	metadata documentation fair data
        nl	data deponeren	data repository fair data sharing
        nl	tijdschrift wil de data	data availability open science
        it	pubblicare i dati	open data sharing open science
        it	preregistrazione	preregistration open science
        it	principi fair	fair data principles
        it	descrivere il dataset	metadata documentation fair data
        it	depositare i dati	data repository fair data sharing
        it	la rivista chiede i dati	data availability open science
        sv	publicera data öppet	open data sharing open science
        sv	förregistrering	preregistration open science
        sv	fair-principerna	fair data principles
        sv	beskriva datasetet	metadata documentation fair data
        sv	deponera data	data repository fair data sharing
        sv	tidskriften vill ha data	data availability open science
        pt	publicar os dados	open data sharing open science
        pt	pré-registo	preregistration open science
        pt	princípios fair	fair data principles
        pt	descrever o conjunto de dados	metadata documentation fair data
        pt	depositar os dados	data repository fair data sharing
        pt	a revista pede os dados	data availability open science
        pl	opublikować dane	open data sharing open science
        pl	prerejestracja	preregistration open science
        pl	zasady fair	fair data principles
        pl	opisać zbiór danych	metadata documentation fair data
        pl	zdeponować dane	data repository fair data sharing
        pl	czasopismo wymaga danych	data availability open science
        en	lab results missing	healthcare interoperability lab results hl7
        en	results to gp	healthcare interoperability messaging primary care
        en	hospital messages	hl7 healthcare interoperability messaging
        en	lab system link	healthcare integration lab hl7
        en	another hospital's records	health information exchange interoperability
        en	electronic referral	clinical referral interoperability messaging
        en	medication list transfer	medication interoperability fhir
        en	discharge summary	clinical documents interoperability hl7
        en	fhir resources	fhir healthcare interoperability api
        en	coded diagnoses	clinical terminology interoperability coding
        en	order comms	order communications healthcare interoperability hl7
        en	patient app record	fhir api patient access interoperability
        de	kis-anbindung	hospital information system integration
        de	arztbrief elektronisch	clinical documents interoperability hl7
        de	überweisung elektronisch	clinical referral interoperability messaging
        de	fhir-schnittstelle	fhir healthcare interoperability api
        de	medikationsplan übertragen	medication interoperability fhir
        de	daten zwischen kliniken	health information exchange interoperability
        fr	interopérabilité santé	healthcare interoperability hl7 fhir
        fr	échange entre hôpitaux	health information exchange interoperability
        fr	résultats de laboratoire vers	healthcare interoperability lab results hl7
        fr	ordonnance électronique	e-prescription interoperability messaging
        fr	connecteur fhir	fhir healthcare interoperability api
        fr	messagerie santé	healthcare interoperability messaging
        es	interoperabilidad sanitaria	healthcare interoperability hl7 fhir
        es	intercambio entre hospitales	health information exchange interoperability
        es	resultados de laboratorio al	healthcare interoperability lab results hl7
        es	receta electrónica	e-prescription interoperability messaging
        es	interfaz fhir	fhir healthcare interoperability api
        es	derivación electrónica	clinical referral interoperability messaging
        nl	zorginteroperabiliteit	healthcare interoperability hl7 fhir
        nl	gegevens tussen ziekenhuizen	health information exchange interoperability
        nl	labuitslagen naar de huisarts	healthcare interoperability lab results hl7
        nl	elektronisch voorschrijven	e-prescription interoperability messaging
        nl	fhir-koppeling	fhir healthcare interoperability api
        nl	medicatieoverdracht	medication interoperability fhir
        it	interoperabilità sanitaria	healthcare interoperability hl7 fhir
        it	scambio tra ospedali	health information exchange interoperability
        it	referti al medico di base	healthcare interoperability messaging primary care
        it	ricetta elettronica	e-prescription interoperability messaging
        it	interfaccia fhir	fhir healthcare interoperability api
        it	impegnativa elettronica	clinical referral interoperability messaging
        sv	interoperabilitet i vården	healthcare interoperability hl7 fhir
        sv	överföra journaldata	health information exchange interoperability
        sv	labbsvar till vårdcentralen	healthcare interoperability lab results hl7
        sv	e-recept	e-prescription interoperability messaging
        sv	fhir-gränssnitt	fhir healthcare interoperability api
        sv	elektronisk remiss	clinical referral interoperability messaging
        pt	interoperabilidade em saúde	healthcare interoperability hl7 fhir
        pt	troca de dados entre hospitais	health information exchange interoperability
        pt	envio ao médico de família	healthcare interoperability messaging primary care
        pt	receita eletrónica	e-prescription interoperability messaging
        pt	interface fhir	fhir healthcare interoperability api
        pt	referenciação eletrónica	clinical referral interoperability messaging
        pl	interoperacyjność w medycynie	healthcare interoperability hl7 fhir
        pl	wymiana danych między szpitalami	health information exchange interoperability
        pl	wyniki do lekarza rodzinnego	healthcare interoperability messaging primary care
        pl	e-recepta	e-prescription interoperability messaging
        pl	interfejs fhir	fhir healthcare interoperability api
        pl	wymiana dokumentacji medycznej	health information exchange interoperability
        en	read x-rays automatically	medical imaging ai radiology
        en	ai for scans	medical imaging ai
        en	find nodules	medical imaging ai lesion detection
        en	second reader	medical imaging ai radiology screening
        en	triage the scans	radiology ai triage medical imaging
        en	segment the tumour	medical image segmentation oncology
        en	label the images	medical image annotation labelling
        en	ai radiology tool	radiology ai medical imaging
        en	classify the slides	digital pathology ai imaging
        en	bleed on ct	medical imaging ai ct detection
        en	screening images	medical imaging ai screening
        en	mri volume	medical image segmentation mri quantification
        de	befundung mit ki	radiology ai medical imaging
        de	tumor segmentieren	medical image segmentation oncology
        de	bilder annotieren	medical image annotation labelling
        de	rundherde finden	medical imaging ai lesion detection
        de	digitale pathologie	digital pathology ai imaging
        fr	ia en radiologie	radiology ai medical imaging
        fr	lecture automatique des radios	medical imaging ai radiology
        fr	segmenter la tumeur	medical image segmentation oncology
        fr	annoter les images médicales	medical image annotation labelling
        fr	détecter les nodules	medical imaging ai lesion detection
        fr	pathologie numérique	digital pathology ai imaging
        es	ia en radiología	radiology ai medical imaging
        es	lectura automática de radiografías	medical imaging ai radiology
        es	segmentar el tumor	medical image segmentation oncology
        es	anotar imágenes médicas	medical image annotation labelling
        es	detectar nódulos	medical imaging ai lesion detection
        es	patología digital	digital pathology ai imaging
        nl	ai in de radiologie	radiology ai medical imaging
        nl	röntgenfoto's automatisch beoordelen	medical imaging ai radiology
        nl	tumor segmenteren	medical image segmentation oncology
        nl	beelden annoteren	medical image annotation labelling
        nl	longnodules vinden	medical imaging ai lesion detection
        nl	digitale pathologie	digital pathology ai imaging
        it	ia in radiologia	radiology ai medical imaging
        it	lettura automatica radiografie	medical imaging ai radiology
        it	segmentare il tumore	medical image segmentation oncology
        it	annotare le immagini mediche	medical image annotation labelling
        it	rilevare noduli	medical imaging ai lesion detection
        it	patologia digitale	digital pathology ai imaging
        sv	ai inom radiologi	radiology ai medical imaging
        sv	granska röntgenbilder automatiskt	medical imaging ai radiology
        sv	segmentera tumören	medical image segmentation oncology
        sv	annotera bilder	medical image annotation labelling
        sv	hitta noduler	medical imaging ai lesion detection
        sv	digital patologi	digital pathology ai imaging
        pt	ia em radiologia	radiology ai medical imaging
        pt	leitura automática de raios-x	medical imaging ai radiology
        pt	segmentar o tumor	medical image segmentation oncology
        pt	anotar imagens médicas	medical image annotation labelling
        pt	detetar nódulos	medical imaging ai lesion detection
        pt	patologia digital	digital pathology ai imaging
        pl	ai w radiologii	radiology ai medical imaging
        pl	automatyczna ocena rtg	medical imaging ai radiology
        pl	segmentacja guza	medical image segmentation oncology
        pl	oznaczanie obrazów medycznych	medical image annotation labelling
        pl	wykrywanie guzków	medical imaging ai lesion detection
        pl	patomorfologia cyfrowa	digital pathology ai imaging
        en	sequencing results	genomics sequencing bioinformatics
        en	analyse the genome	genomics bioinformatics analysis
        en	gene panel	genomics gene panel variant analysis
        en	map reads	sequence alignment bioinformatics
        en	differential expression	transcriptomics gene expression bioinformatics
        en	sequencing pipeline	bioinformatics pipeline ngs
        en	annotate the variants	variant annotation genomics bioinformatics
        en	which genes	gene expression genomics bioinformatics
        en	compare genomes	comparative genomics bioinformatics
        en	phylogenetic tree	phylogenetics bioinformatics
        en	16s data	microbiome metagenomics bioinformatics
        en	vcf file	variant calling genomics bioinformatics
        de	sequenzdaten auswerten	genomics sequencing bioinformatics
        de	reads alignieren	sequence alignment bioinformatics
        de	varianten annotieren	variant annotation genomics bioinformatics
        de	differentielle expression	transcriptomics gene expression bioinformatics
        de	stammbaum der erreger	phylogenetics bioinformatics
        de	genpanel	genomics gene panel variant analysis
        fr	données de séquençage	genomics sequencing bioinformatics
        fr	aligner les lectures	sequence alignment bioinformatics
        fr	annoter les variants	variant annotation genomics bioinformatics
        fr	expression différentielle	transcriptomics gene expression bioinformatics
        fr	arbre phylogénétique	phylogenetics bioinformatics
        fr	panel de gènes	genomics gene panel variant analysis
        es	datos de secuenciación	genomics sequencing bioinformatics
        es	alinear las lecturas	sequence alignment bioinformatics
        es	anotar variantes	variant annotation genomics bioinformatics
        es	expresión diferencial	transcriptomics gene expression bioinformatics
        es	árbol filogenético	phylogenetics bioinformatics
        es	panel de genes	genomics gene panel variant analysis
        nl	sequentiedata	genomics sequencing bioinformatics
        nl	reads uitlijnen	sequence alignment bioinformatics
        nl	varianten annoteren	variant annotation genomics bioinformatics
        nl	differentiële expressie	transcriptomics gene expression bioinformatics
        nl	fylogenetische boom	phylogenetics bioinformatics
        nl	genpanel	genomics gene panel variant analysis
        it	dati di sequenziamento	genomics sequencing bioinformatics
        it	allineare le read	sequence alignment bioinformatics
        it	annotare le varianti	variant annotation genomics bioinformatics
        it	espressione differenziale	transcriptomics gene expression bioinformatics
        it	albero filogenetico	phylogenetics bioinformatics
        it	pannello genico	genomics gene panel variant analysis
        sv	sekvensdata	genomics sequencing bioinformatics
        sv	linjera läsningar	sequence alignment bioinformatics
        sv	annotera varianter	variant annotation genomics bioinformatics
        sv	differentiellt uttryck	transcriptomics gene expression bioinformatics
        sv	fylogenetiskt träd	phylogenetics bioinformatics
        sv	genpanel	genomics gene panel variant analysis
        pt	dados de sequenciação	genomics sequencing bioinformatics
        pt	alinhar as leituras	sequence alignment bioinformatics
        pt	anotar variantes	variant annotation genomics bioinformatics
        pt	expressão diferencial	transcriptomics gene expression bioinformatics
        pt	árvore filogenética	phylogenetics bioinformatics
        pt	painel de genes	genomics gene panel variant analysis
        pl	dane z sekwencjonowania	genomics sequencing bioinformatics
        pl	mapowanie odczytów	sequence alignment bioinformatics
        pl	adnotacja wariantów	variant annotation genomics bioinformatics
        pl	ekspresja różnicowa	transcriptomics gene expression bioinformatics
        pl	drzewo filogenetyczne	phylogenetics bioinformatics
        pl	panel genów	genomics gene panel variant analysis
        en	how many patients	sample size clinical trial biostatistics
        en	treatment vs control	clinical trial comparison biostatistics
        en	time to event	survival analysis biostatistics
        en	design the trial	clinical trial design biostatistics
        en	compare two treatments	clinical trial comparison biostatistics
        en	mortality rates	epidemiology mortality biostatistics
        en	drug effect	treatment effect clinical trial biostatistics
        en	risk factors for	epidemiology risk factors regression biostatistics
        en	adjusted for age	confounding adjustment regression biostatistics
        en	statistical analysis plan	statistical analysis plan biostatistics
        en	readmission rates	epidemiology outcomes biostatistics
        en	diagnostic test accuracy	diagnostic accuracy sensitivity specificity biostatistics
        de	behandlung gegen kontrolle	clinical trial comparison biostatistics
        de	überlebenszeitanalyse	survival analysis biostatistics
        de	risikofaktoren für	epidemiology risk factors regression biostatistics
        de	altersadjustiert	confounding adjustment regression biostatistics
        de	statistischer analyseplan	statistical analysis plan biostatistics
        fr	combien de patients faut-il	sample size clinical trial biostatistics
        fr	traitement contre témoin	clinical trial comparison biostatistics
        fr	analyse de survie	survival analysis biostatistics
        fr	facteurs de risque de	epidemiology risk factors regression biostatistics
        fr	ajusté sur l'âge	confounding adjustment regression biostatistics
        fr	plan d'analyse statistique	statistical analysis plan biostatistics
        es	tratamiento frente a control	clinical trial comparison biostatistics
        es	análisis de supervivencia	survival analysis biostatistics
        es	factores de riesgo de	epidemiology risk factors regression biostatistics
        es	ajustado por edad	confounding adjustment regression biostatistics
        es	plan de análisis estadístico	statistical analysis plan biostatistics
        nl	hoeveel patiënten nodig	sample size clinical trial biostatistics
        nl	behandeling versus controle	clinical trial comparison biostatistics
        nl	overlevingsanalyse	survival analysis biostatistics
        nl	risicofactoren voor	epidemiology risk factors regression biostatistics
        nl	gecorrigeerd voor leeftijd	confounding adjustment regression biostatistics
        nl	statistisch analyseplan	statistical analysis plan biostatistics
        it	trattamento contro controllo	clinical trial comparison biostatistics
        it	analisi di sopravvivenza	survival analysis biostatistics
        it	fattori di rischio per	epidemiology risk factors regression biostatistics
        it	aggiustato per età	confounding adjustment regression biostatistics
        it	piano di analisi statistica	statistical analysis plan biostatistics
        sv	behandling mot kontroll	clinical trial comparison biostatistics
        sv	överlevnadsanalys	survival analysis biostatistics
        sv	riskfaktorer för	epidemiology risk factors regression biostatistics
        sv	justerat för ålder	confounding adjustment regression biostatistics
        sv	statistisk analysplan	statistical analysis plan biostatistics
        pt	tratamento versus controlo	clinical trial comparison biostatistics
        pt	análise de sobrevivência	survival analysis biostatistics
        pt	fatores de risco para	epidemiology risk factors regression biostatistics
        pt	ajustado para a idade	confounding adjustment regression biostatistics
        pt	plano de análise estatística	statistical analysis plan biostatistics
        pl	ilu pacjentów potrzeba	sample size clinical trial biostatistics
        pl	leczenie a grupa kontrolna	clinical trial comparison biostatistics
        pl	analiza przeżycia	survival analysis biostatistics
        pl	czynniki ryzyka	epidemiology risk factors regression biostatistics
        pl	skorygowane o wiek	confounding adjustment regression biostatistics
        pl	plan analizy statystycznej	statistical analysis plan biostatistics
        de	code auf github stellen	open source publishing repository
        de	ohne lizenzkosten	open source software alternatives
        de	kommerziell nutzen erlaubt	open source license compliance
        de	quellcode offenlegen	open source publishing code
        fr	mettre le code sur github	open source publishing repository
        fr	sans frais de licence	open source software alternatives
        fr	usage commercial autorisé	open source license compliance
        fr	code source ouvert	open source software
        es	subir el código a github	open source publishing repository
        es	sin coste de licencias	open source software alternatives
        es	uso comercial permitido	open source license compliance
        nl	code op github zetten	open source publishing repository
        nl	zonder licentiekosten	open source software alternatives
        nl	commercieel gebruiken	open source license compliance
        it	codice aperto	open source software
        it	mettere il codice su github	open source publishing repository
        it	senza costi di licenza	open source software alternatives
        it	uso commerciale consentito	open source license compliance
        sv	lägga koden på github	open source publishing repository
        sv	utan licenskostnader	open source software alternatives
        sv	använda kommersiellt	open source license compliance
        sv	bidra tillbaka	open source contribution community
        pt	pôr o código no github	open source publishing repository
        pt	sem custos de licença	open source software alternatives
        pt	uso comercial permitido	open source license compliance
        pl	wrzucić kod na github	open source publishing repository
        pl	bez opłat licencyjnych	open source software alternatives
        pl	użytek komercyjny dozwolony	open source license compliance
        en	tests on every change	continuous integration testing ci/cd
        en	ship updates faster	continuous delivery ci/cd devops
        en	merge our changes	version control git branching
        de	änderungen zusammenführen	version control git branching
        de	bei jedem commit testen	continuous integration testing ci/cd
        fr	fusionner les branches	version control git branching
        fr	tests à chaque commit	continuous integration testing ci/cd
        fr	livrer plus souvent	continuous delivery ci/cd devops
        es	fusionar ramas	version control git branching
        es	pruebas en cada commit	continuous integration testing ci/cd
        nl	branches samenvoegen	version control git branching
        nl	testen bij elke commit	continuous integration testing ci/cd
        sv	slå ihop grenar	version control git branching
        sv	testa vid varje commit	continuous integration testing ci/cd
        pt	juntar os ramos	version control git branching
        pt	testes a cada commit	continuous integration testing ci/cd
        pl	scalanie gałęzi	version control git branching
        pl	testy przy każdym commicie	continuous integration testing ci/cd
        pl	częstsze wydania	continuous delivery ci/cd devops
        nl	cloudrekening	cloud cost optimization finops
        en	secrets in config	secrets management security
        en	store tokens safely	secrets management key vault security
        en	is the drop real	statistical significance hypothesis test
        en	just luck or a real change	statistical significance random variation
        en	is the difference significant	p-value statistical significance
        en	could it be random chance	statistical significance random variation
        en	just noise or a trend	statistical significance signal noise
        en	is this increase meaningful	statistical significance effect size
        en	compare two sites fairly	hypothesis test group comparison
        en	did the change make a difference	before after comparison hypothesis test
        en	what does the p value mean	p-value statistical significance
        en	confidence interval around the average	confidence interval statistics
        en	margin of error on this	confidence interval margin of error
        en	t test or chi square	chi-square t-test statistics
        en	which statistical test to use	statistical test selection
        en	interpret the a/b test results	a/b test statistical significance
        en	did variant b really win	a/b test statistical significance
        en	correlation or causation	correlation causation statistics
        en	does x really affect y	regression analysis causal effect
        en	control for other factors	regression confounding variables
        en	outliers skewing the average	outliers robust statistics
        en	median or mean here	descriptive statistics average
        en	false positive risk	type i error multiple testing
        en	too many comparisons at once	multiple testing correction
        en	check if the data is normal	normality test distribution
        en	spread of the results	variance standard deviation
        en	is this month unusual	statistical significance anomaly
        en	seasonal blip or real change	statistical significance seasonality
        en	statistically sound conclusion	statistical significance hypothesis test
        en	need a statistician to check	statistics consulting significance
        en	run an anova	anova group comparison
        en	error bars on the chart	confidence interval uncertainty
        en	bayesian or frequentist approach	bayesian statistics inference
        en	effect size not just p	statistical significance effect size
        en	happened by coincidence or not	statistical significance random variation
        en	how many people to survey	sample size survey sampling
        en	is 200 responses enough	statistical power sample size
        en	enough respondents to be representative	representative sample sampling
        en	representative of all staff	representative sample sampling
        en	random sample of customers	random sampling selection
        en	pick people at random	random sampling selection
        en	response rate too low	survey response rate nonresponse
        en	only the unhappy ones answered	nonresponse bias sampling
        en	who we forgot to ask	sampling bias coverage
        en	stratified by region	stratified sampling sample size
        en	weight the responses	survey weighting sampling
        en	sample size calculator	sample size calculation
        en	power calculation for a study	statistical power sample size
        en	how many interviews are enough	sample size qualitative saturation
        en	minimum number of participants	statistical power sample size
        en	can we generalise from this	representative sample sampling
        en	check a subset instead of all	audit sampling sample size
        en	audit sample of invoices	audit sampling sample size
        en	too few answers per team	subgroup sample size
        en	margin of error with 300	sample size margin of error
        en	how big should the pilot be	pilot sample size power
        en	enough cases per department	subgroup sample size
        en	biased sample from volunteers	self-selection bias sampling
        en	quota per age group	quota sampling survey
        en	survey everyone or a sample	census versus sampling
        en	sampling frame for the survey	sampling frame survey design
        en	boost the response rate	survey response rate nonresponse
        en	reminders to get more answers	survey response rate follow-up
        en	skewed towards head office	sampling bias representativeness
        en	how many tests to detect	statistical power sample size
        en	detect a small difference	statistical power sample size
        en	spot checks how many	audit sampling sample size
        en	how many should we interview	sample size survey sampling
        en	the person everyone goes to	informal influencers network analysis
        en	draw who talks to whom	social network analysis communication network
        en	informal influencers in the organisation	informal influencers network analysis
        en	hidden go-to people	informal influencers network analysis
        en	who knows who here	social network analysis relationships
        en	bridges between teams	network brokers boundary spanners
        en	teams that never talk	silos collaboration network
        en	break down silos	silos collaboration network
        en	who connects the departments	network brokers boundary spanners
        en	key people we would lose	key person risk network analysis
        en	collaboration patterns across units	collaboration network analysis
        en	map informal relationships	social network analysis informal structure
        en	meeting patterns between teams	collaboration network analysis metadata
        en	isolated teams or people	network isolation collaboration
        en	knowledge flows between sites	knowledge network information flow
        en	who asks whom for advice	advice network analysis
        en	change champions to recruit	informal influencers change agents
        en	opinion leaders among staff	informal influencers opinion leaders
        en	central people in the network	network centrality key people
        en	co-authorship network	collaboration network co-authorship
        en	network diagram of contacts	network graph visualisation
        en	graph of relationships	network graph visualisation
        en	communities within the network	community detection network analysis
        en	gatekeepers of information	knowledge network information flow
        en	overloaded connectors	network centrality collaboration overload
        en	informal org chart	social network analysis informal structure
        en	real org chart vs official	social network analysis informal structure
        en	who influences decisions	informal influencers network analysis
        en	spread a message through people	network diffusion influencers
        en	word of mouth between teams	network diffusion information flow
        en	relationship map of partners	stakeholder network analysis
        en	where does all the time go	process improvement lead time
        en	time between order and dispatch	process improvement lead time
        en	things wait too long	waiting time waste lean
        en	stuck waiting for approval	approval process bottleneck
        en	work bounces between teams	handovers process mapping lean
        en	same step done twice	duplicate work waste lean
        en	map the process end to end	process mapping end to end
        en	value stream map	value stream mapping lean
        en	where is the bottleneck	bottleneck analysis process
        en	root cause of delays	root cause analysis
        en	fishbone diagram	root cause analysis ishikawa
        en	cut out unnecessary steps	waste elimination lean
        en	streamline the workflow	process improvement streamlining
        en	too many sign-offs	approval process bottleneck
        en	queue keeps growing	queue bottleneck capacity
        en	backlog piling up	backlog bottleneck flow
        en	reduce turnaround time	lead time reduction lean
        en	kaizen event	continuous improvement kaizen
        en	continuous improvement culture	continuous improvement kaizen
        en	lean six sigma	lean six sigma process improvement
        en	swimlane diagram	process mapping swimlane
        en	rework and errors	rework waste process improvement
        en	standard work instructions	standard work lean
        en	as-is and to-be process	process mapping as-is to-be
        en	idle time between steps	waiting time waste lean
        en	takt time	takt time lean flow
        en	5s the workspace	5s lean workplace organisation
        en	gemba walk	gemba lean observation
        en	cycle time per step	cycle time process measurement
        en	process mining from timestamps	process mining event log
        en	why do orders get stuck	bottleneck analysis process
        en	why users struggle	ux research usability
        en	find out why users dislike it	ux research usability
        en	watch people use it	usability testing observation
        en	usability test with five users	usability testing ux research
        en	interview users about their needs	user interviews ux research
        en	user personas	personas ux research
        en	customer journey map	customer journey mapping
        en	where people get lost	usability navigation ux
        en	people give up halfway	usability drop-off ux research
        en	confusing for new users	usability onboarding ux
        en	card sorting for the menu	card sorting information architecture
        en	think aloud session	think aloud usability testing
        en	user feedback sessions	user research feedback
        en	what do users actually need	user needs ux research
        en	test the prototype with users	prototype testing usability
        en	clickable mock-up	prototyping ux design
        en	nobody uses the new feature	feature adoption ux research
        en	pain points of customers	pain points user research
        en	jobs to be done	jobs to be done research
        en	heuristic evaluation	heuristic evaluation usability
        en	ux researcher needed	ux research usability
        en	recruit participants for testing	usability testing recruitment
        en	diary study	diary study user research
        en	tree testing navigation	tree testing information architecture
        en	understand how staff really work	contextual inquiry user research
        en	empathy map	empathy map ux research
        en	user satisfaction score	user experience measurement sus
        en	first click test	usability testing first click
        en	wireframes before building	wireframing ux design
        en	sensors on the machines	iot sensors telemetry
        en	sensor data in real time	iot sensor data real-time
        en	track where the pallets are	asset tracking iot
        en	gps trackers on vehicles	gps tracking telematics iot
        en	monitor temperature remotely	iot remote tracking sensors
        en	humidity sensors in storage	iot environmental sensors
        en	telemetry from the field	telemetry iot data
        en	live readings on a map	iot real-time tracking
        en	occupancy sensors in meeting rooms	occupancy sensing iot
        en	how full are the bins	iot fill level sensors
        en	predictive maintenance from vibration	predictive maintenance iot sensors
        en	smart meters energy use	smart metering iot energy
        en	lorawan network	lorawan iot connectivity
        en	connect sensors to the cloud	iot platform cloud ingestion
        en	mqtt messages	mqtt iot messaging
        en	edge computing on site	edge computing iot
        en	rfid tags for tools	rfid asset tracking
        en	indoor positioning beacons	indoor positioning beacons iot
        en	air quality measurements	air quality sensors iot
        en	count people passing	people counting sensors iot
        en	water leak detection	leak detection iot sensors
        en	digital twin of the building	digital twin iot
        en	data logger readings	data logging sensors telemetry
        en	alerts when threshold exceeded	iot alerting thresholds
        en	battery powered sensors	low-power iot sensors
        en	sensor time series	sensor data time series
        en	track shipments in transit	shipment tracking iot
        en	condition monitoring of pumps	condition tracking iot
        en	temperature in the cold store	iot remote tracking sensors
        en	retyping figures into several sheets	automation manual data entry
        en	re-typing the same numbers	automation manual data entry
        en	same manual steps every week	automation repetitive tasks
        en	automate the monthly report	report automation scripting
        en	write a script for this	scripting automation
        en	python script to rename files	python scripting automation
        en	batch rename hundreds of files	batch file processing scripting
        en	spreadsheet macro	spreadsheet macros vba automation
        en	vba to save time	spreadsheet macros vba automation
        en	scheduled job every night	scheduled jobs automation
        en	robotic process automation	rpa robotic process automation
        en	bots for routine tasks	rpa automation bots
        en	merge files automatically	data merging automation
        en	download and combine every morning	automation data pipeline
        en	tedious manual work	automation manual work
        en	fill in forms automatically	form filling automation rpa
        en	auto-generate letters	document generation automation
        en	bulk letters from a list	document generation mail merge
        en	powershell script	powershell scripting automation
        en	bash one-liner	shell scripting automation
        en	cron job	scheduled jobs cron
        en	glue two systems together	integration automation workflow
        en	workflow automation	workflow automation integration
        en	trigger when a file arrives	event-driven automation workflow
        en	reconcile two lists automatically	data reconciliation automation
        en	scrape data from pages	web scraping automation
        en	save hours each week	automation time saving productivity
        en	the same clicks over and over	automation repetitive tasks
        en	pull numbers into one sheet	data consolidation automation
        en	automatic file transfer	file transfer automation
        en	one click instead of ten	automation time saving productivity
        en	regex to clean data	regular expressions scripting
        en	publish our code openly	open source publishing code
        en	share the code publicly	open source publishing code
        en	which licence to choose	open source licensing
        en	mit or gpl	open source licences gpl mit
        en	contribute back upstream	open source contribution
        en	submit a pull request	open source contribution pull request
        en	open source policy	open source governance policy
        en	fork the project	open source forking
        en	licence compatibility	open source licence compatibility
        en	copyleft obligations	copyleft obligations licensing
        en	is it free to use commercially	open source licence commercial use
        en	maintain a public repository	open source maintenance
        en	community around our tool	open source community
        en	release under apache	apache licence open source
        en	third-party components inventory	software bill of materials licences
        en	software bill of materials	software bill of materials sbom
        en	inner source between departments	inner source collaboration
        en	open source alternatives	open source software alternatives
        en	public money public code	public code open source
        en	readme and contribution guide	open source documentation contributing
        en	code of conduct for contributors	open source community governance
        en	credit the authors	open source attribution
        en	vulnerable dependencies	open source dependency security
        en	who owns the copyright	copyright open source licensing
        en	reuse other agencies code	open source reuse
        en	report a bug to the maintainers	open source contribution
        en	open source program office	ospo open source governance
        en	make sense of our data	data analytics insights
        en	dig into the numbers	data analysis exploration
        en	find patterns in the data	data mining pattern analysis
        en	what does the data tell us	data analytics insights
        en	analyse customer behaviour	customer analytics data science
        en	clean up messy data	data cleaning preparation
        en	combine data from sources	data integration analytics
        en	exploratory analysis	exploratory data analysis
        en	churn analysis	churn analysis customer analytics
        en	python or r for analysis	data science python r
        en	analyse the survey results	survey data analysis
        en	data-driven decisions	data-driven decision making
        en	which factors drive sales	driver analysis regression
        en	cohort analysis	cohort analysis analytics
        en	basket analysis	market basket analysis
        en	data scientist needed	data science analytics
        en	pivot tables not enough	advanced analytics data analysis
        en	dataset too large to handle	big data analytics
        en	linking records across datasets	record linkage data integration
        en	duplicates in the records	data quality deduplication
        en	data quality issues	data quality analytics
        en	pandas dataframe	python pandas data analysis
        en	statistical model of usage	statistical modelling analytics
        en	insights from usage data	usage analytics insights
        en	feature engineering	feature engineering data science
        en	extract data from documents	nlp information extraction
        en	pull fields out of pdfs	document extraction nlp
        en	classify free text	text classification nlp
        en	sort incoming messages by topic	text classification routing
        en	sentiment of comments	sentiment analysis nlp
        en	what are people complaining about	text mining topic modelling
        en	analyse open-ended answers	text analysis open-ended responses
        en	themes in free text comments	topic modelling text mining
        en	read thousands of reports	text mining document analysis
        en	keyword extraction	keyword extraction nlp
        en	named entities in text	named entity recognition
        en	summarise long documents	text summarisation nlp
        en	search across our documents	semantic search nlp
        en	find similar cases	text similarity semantic search
        en	ocr on scanned forms	ocr document processing
        en	answer questions from our documents	retrieval augmented generation nlp
        en	translate automatically	machine translation nlp
        en	anonymise names in text	text anonymisation nlp
        en	tag documents automatically	document classification nlp
        en	tone of customer feedback	sentiment analysis nlp
        en	word frequencies	text mining word frequency
        en	detect language of text	language detection nlp
        en	embeddings for search	text embeddings semantic search
        en	contract clauses extraction	information extraction legal nlp
        en	transcribe and analyse calls	speech to text analytics
        en	how much needed next month	forecasting demand planning
        en	predict next quarter's demand	demand forecasting
        en	forecast sales	sales forecasting
        en	plan stock levels	inventory planning demand forecasting
        en	how many staff next winter	workforce planning forecasting
        en	predict call volumes	volume forecasting capacity planning
        en	seasonal pattern in orders	seasonality time series forecasting
        en	time series model	time series forecasting
        en	budget projections	financial forecasting projections
        en	overstock problem	inventory optimisation demand planning
        en	scenario planning	scenario planning forecasting
        en	what if demand doubles	scenario analysis forecasting
        en	arima or prophet	time series forecasting models
        en	capacity for next year	capacity planning forecasting
        en	peak season planning	peak demand planning
        en	trend extrapolation	trend forecasting time series
        en	predict patient numbers	demand forecasting health
        en	expected volumes per week	volume forecasting capacity planning
        en	safety stock calculation	safety stock inventory planning
        en	sales and operations planning	s&op demand planning
        en	how many to order	order quantity demand planning
        en	predict energy consumption	energy demand forecasting
        en	kpis on a screen	kpi dashboard reporting
        en	one page overview for managers	management reporting dashboard
        en	monthly report for the board	board reporting kpi
        en	self-service reporting	self-service bi reporting
        en	key figures at a glance	kpi dashboard reporting
        en	traffic light status	rag status kpi dashboard
        en	weekly numbers by team	kpi reporting weekly
        en	management information pack	management information reporting
        en	automate the kpi report	report automation dashboards
        en	single source for the numbers	reporting single source of truth
        en	define the right kpis	kpi definition performance measurement
        en	scorecard for departments	balanced scorecard kpi
        en	drill down by region	dashboard drill-down bi
        en	live figures on the wall	real-time dashboards kpi
        en	metrics everyone agrees on	kpi definition performance measurement
        en	report nobody reads	reporting usability dashboards
        en	too many reports	reporting rationalisation
        en	performance indicators per site	kpi tracking performance reporting
        en	ad hoc data requests	reporting ad hoc analysis
        en	business intelligence tool	business intelligence bi
        en	trends over time for management	dashboards trend reporting
        en	compare targets and actuals	target versus actual reporting
        en	operational dashboard for shifts	operational dashboards
        en	board pack figures	board reporting kpi
        en	visualise our kpis	kpi dashboard reporting
        en	predict which customers leave	machine learning churn prediction
        en	classify images	image classification machine learning
        en	spot unusual transactions	anomaly detection machine learning
        en	detect fraud patterns	fraud detection machine learning
        en	predictive model	machine learning predictive modelling
        en	computer vision for inspection	computer vision machine learning
        en	predict failures before they happen	predictive maintenance machine learning
        en	label training data	data labelling machine learning
        en	model accuracy	model evaluation accuracy
        en	model is overfitting	overfitting model validation
        en	deploy a model	mlops model deployment
        en	explain the model's decisions	explainable ai machine learning
        en	bias in the algorithm	algorithmic bias fairness
        en	ai for our data	artificial intelligence machine learning
        en	recommendation engine	recommender systems machine learning
        en	cluster similar cases	clustering unsupervised learning
        en	score leads automatically	predictive scoring machine learning
        en	which features matter most	feature importance machine learning
        en	retrain when data changes	model drift mlops
        en	risk scoring	risk prediction machine learning
        en	defect detection in photos	computer vision defect detection
        en	one place for all data	data warehouse database
        en	design the data model	data modelling database design
        en	query the database	sql queries database
        en	speed up slow queries	sql query optimisation
        en	write a select statement	sql queries database
        en	primary and foreign keys	relational database keys
        en	entity relationship diagram	er diagram data model
        en	move from spreadsheets to a database	spreadsheets to database migration
        en	duplicate records everywhere	database deduplication master data
        en	relational or nosql	database choice nosql
        en	stored procedures	sql stored procedures
        en	indexes to speed up	database indexing performance
        en	data warehouse design	data warehouse dimensional modelling
        en	etl pipeline	etl data integration
        en	sql for beginners	sql training
        en	group by and count	sql aggregation queries
        en	left join missing rows	sql joins databases
        en	merge two datasets on id	data joins matching
        en	schema for new data	database schema design
        en	window functions	sql window functions
        en	training video for staff	e-learning training videos
        en	short how-to videos	training videos microlearning
        en	online course for onboarding	e-learning onboarding course
        en	record a tutorial	screencast training video
        en	screen recording with voice	screencast training video
        en	quiz after the training	e-learning assessment quiz
        en	interactive module	e-learning interactive module
        en	scorm package	scorm e-learning standards
        en	learning management	training completion tracking lms
        en	microlearning nuggets	training videos microlearning
        en	explainer animation	explainer video animation
        en	instructional design	instructional design e-learning
        en	make training engaging	e-learning engagement
        en	webinar recording	webinar training video
        en	mandatory training online	compliance e-learning mandatory training
        en	track who completed training	training completion tracking lms
        en	storyboard for a course	instructional design storyboard
        en	teach colleagues a new tool	training staff e-learning
        en	edit the video	video editing training
        en	blended learning	blended learning training
        en	gamified learning	gamification e-learning
        en	knowledge check questions	e-learning assessment quiz
        en	video instead of a manual	e-learning training videos
        en	learning path for new hires	learning path training
        en	security by design	security by design architecture
        en	role-based access	identity access management roles
        en	encrypt sensitive data	encryption data security
        en	secure architecture review	security architecture review
        en	pen test before launch	penetration testing security
        en	secrets in the code	secrets management security
        en	identity and access management	identity access management roles
        en	security requirements early	security by design architecture
        en	data minimisation	data minimisation privacy by design
        en	pseudonymise the data	pseudonymisation privacy
        en	network segmentation	network segmentation security
        en	audit trail of access	audit logging security
        en	owasp top ten	owasp application security
        en	secure coding	secure coding practices
        en	supply chain security	software supply chain security
        en	logging and monitoring for attacks	security tracking detection
        en	defence in depth	defence in depth security architecture
        en	keys and certificates	key management pki
        en	put it on a map	gis mapping
        en	map our locations	gis mapping locations
        en	where are our customers	geospatial analysis customers
        en	heat map of incidents	spatial analysis heat map
        en	distance to nearest site	spatial analysis proximity
        en	postcode to coordinates	geocoding addresses gis
        en	convert shapefiles	gis spatial data formats
        en	spatial data	geospatial data gis
        en	layers on a map	gis map layers overlay
        en	travel time zones	isochrones travel time gis
        en	coverage of our services	spatial coverage analysis gis
        en	map by region	choropleth mapping gis
        en	overlay flood zones	gis map layers overlay
        en	coordinates from gps	gps coordinates geospatial
        en	interactive map	interactive web mapping
        en	cluster of points on map	spatial clustering gis
        en	satellite imagery	remote sensing satellite imagery
        en	land use data	land use gis
        en	boundaries of districts	administrative boundaries gis
        en	openstreetmap data	openstreetmap geospatial data
        en	plot sites by postcode	geocoding addresses gis
        en	spatial join	spatial join gis
        en	where to open a new branch	location analysis site selection
        en	quality indicators	quality indicators measurement
        en	pdsa cycle	pdca quality improvement cycle
        en	plan do study act	pdca quality improvement cycle
        en	run chart	run chart statistical process control
        en	control chart	statistical process control chart
        en	reduce errors	error reduction quality improvement
        en	incident reports trends	incident analysis quality
        en	same mistakes keep happening	incident learning recurring errors
        en	measure quality of care	quality measurement healthcare
        en	clinical audit	clinical audit quality improvement
        en	improvement project	quality improvement project
        en	complaints analysis	complaints analysis quality
        en	root cause of the incident	root cause analysis incident
        en	benchmark against others	benchmarking quality indicators
        en	quality audit	quality audit management
        en	customer complaints trend	complaints analysis quality
        en	non-conformities in audits	nonconformity quality management
        en	corrective actions	corrective preventive actions capa
        en	measure for improvement	improvement measurement indicators
        en	is this allowed under gdpr	gdpr data protection compliance
        en	gdpr compliant or not	gdpr data protection compliance
        en	consent form	consent gdpr
        en	can we store this data	lawful basis data protection
        en	how long can we keep data	data retention gdpr
        en	data protection impact assessment	dpia data protection impact assessment
        en	do we need a dpia	dpia data protection impact assessment
        en	lawful basis for processing	lawful basis gdpr
        en	anonymise before sharing	anonymisation data protection
        en	share data with a partner	data sharing agreement gdpr
        en	data processing agreement	data processing agreement gdpr
        en	opt in or opt out	consent management gdpr
        en	cookie consent	cookie consent eprivacy
        en	record of processing	records of processing gdpr
        en	data breach reporting	data breach notification gdpr
        en	sensitive personal data	special category data gdpr
        en	transfer data outside the eu	international data transfers gdpr
        en	data protection officer	dpo data protection
        en	withdraw consent	consent withdrawal gdpr
        en	photos of staff consent	image consent data protection
        en	use data for research	research data protection consent
        en	run a workshop	workshop facilitation
        en	brainstorm new ideas	ideation brainstorming
        en	ideation session	brainstorming ideation session
        en	run a hackathon	hackathon innovation
        en	generate ideas with the team	ideation brainstorming
        en	prioritise the ideas	idea prioritisation innovation
        en	how might we questions	design thinking ideation
        en	post-its on the wall	workshop facilitation
        en	idea to prototype	innovation prototyping
        en	test an idea quickly	experimentation lean startup
        en	innovation challenge	innovation challenge ideas
        en	co-creation with customers	co-creation design thinking
        en	workshop agenda	workshop design facilitation
        en	get people thinking differently	creativity methods facilitation
        en	retrospective format	retrospective facilitation
        en	virtual workshop	remote workshop facilitation
        en	problem framing	problem definition design thinking
        en	innovation funnel	innovation pipeline
        en	idea pitch	idea pitching innovation
        en	world café	world cafe facilitation
        en	lego serious play	serious play facilitation
        en	shortest route for deliveries	route optimisation delivery
        en	plan delivery routes	route planning logistics
        en	optimise driver rounds	route optimisation vehicle routing
        en	fewer miles driven	route optimisation mileage
        en	vehicle routing problem	vehicle routing optimisation
        en	which van goes where	vehicle routing allocation
        en	best order to visit	route sequencing optimisation
        en	time windows for deliveries	vehicle routing time windows
        en	home visits scheduling	field service route scheduling
        en	technician rounds	field service route scheduling
        en	reduce fuel costs	route optimisation fuel costs
        en	fleet planning	fleet management routing
        en	pickups and drop-offs	pickup delivery routing
        en	multi-stop routes	multi-stop route optimisation
        en	depot location	facility location optimisation
        en	load the trucks efficiently	vehicle loading optimisation
        en	route optimisation algorithm	routing algorithm optimisation
        en	drive times between stops	travel time matrix routing
        en	last mile delivery	last mile delivery routing
        en	dynamic rerouting	dynamic routing real-time
        en	balance workload between drivers	route balancing workload
        en	school bus routes	transport routing optimisation
        en	waste collection rounds	collection route optimisation
        en	measure our emissions	carbon accounting emissions
        en	energy use of buildings	energy consumption sustainability
        en	sustainability reporting	sustainability reporting esg
        en	esg data	esg data reporting
        en	net zero target	net zero carbon targets
        en	greenhouse gas inventory	ghg inventory emissions
        en	emission factors	emission factors carbon accounting
        en	travel emissions	business travel emissions
        en	green it	green it sustainability
        en	waste and recycling data	waste data sustainability
        en	csrd reporting	csrd sustainability reporting
        en	environmental impact	environmental impact sustainability
        en	reduce our footprint	carbon reduction sustainability
        en	energy monitoring	energy tracking sustainability
        en	carbon offsets	carbon offsetting
        en	water consumption	water usage sustainability
        en	commuting survey emissions	commuting emissions sustainability
        en	climate targets progress	net zero carbon targets
        en	electricity from renewables	renewable energy sustainability
        en	paper consumption	resource consumption sustainability
        en	reproduce the results	reproducibility research software
        en	rerun the analysis later	reproducible analysis
        en	version control for analysis	version control reproducibility
        en	research code quality	research software engineering
        en	research software engineer	research software engineering
        en	share data and code	open science data code sharing
        en	document the analysis	analysis documentation reproducibility
        en	same results every time	reproducibility research software
        en	containerise the environment	containers reproducible environment
        en	pin package versions	dependency management reproducibility
        en	literate programming	literate programming reproducibility
        en	unit tests for research code	software testing research code
        en	workflow manager	workflow management reproducibility
        en	snakemake pipeline	workflow management pipelines
        en	archive the dataset	data archiving research data
        en	doi for the dataset	persistent identifiers doi datasets
        en	reproducible pipeline	reproducible analysis
        en	code review for scientists	code review research software
        en	sustainable research software	research software sustainability
        en	hpc cluster jobs	hpc research computing
        en	random seed	reproducibility random seed
        en	lost track of versions	version control reproducibility
        en	write good survey questions	question wording survey design
        en	design a questionnaire	questionnaire design survey
        en	likert scale	likert scale survey design
        en	how many answer options	rating scales survey design
        en	too long survey	survey length respondent burden
        en	pilot the questionnaire	questionnaire pretesting
        en	open or closed questions	open closed questions survey
        en	nps question	net promoter score survey
        en	question order	question order effects
        en	double-barrelled question	question wording survey design
        en	validated scale	validated instruments measurement
        en	matrix questions	survey design question formats
        en	neutral middle option	rating scales survey design
        en	anonymous survey	anonymous survey design
        en	translate the questionnaire	questionnaire translation
        en	cognitive interviews	questionnaire pretesting
        en	measure engagement	engagement measurement survey
        en	rating scale 1 to 5	rating scales survey design
        en	demographic questions	demographics questionnaire design
        en	which chart to use	chart selection data visualisation
        en	chart looks cluttered	chart design decluttering
        en	make the graph clearer	data visualisation chart design
        en	pie chart or bar chart	chart types visualisation
        en	colour palette for charts	colour palette charts
        en	colour-blind friendly colours	colour-blind accessible visualisation
        en	make an infographic	infographics visualisation
        en	tell a story with data	data storytelling
        en	misleading axis	misleading axis chart design
        en	small multiples	small multiples visualisation
        en	interactive chart	interactive visualisation
        en	d3 visualisation	d3.js web visualisation
        en	ggplot chart styling	ggplot2 r visualisation
        en	plot in python	python plotting visualisation
        en	heatmap chart	heatmap visualisation
        en	show uncertainty in a chart	uncertainty visualisation
        en	chart for the annual report	report graphics visualisation
        en	sankey diagram	sankey diagram visualisation
        en	too many lines on one chart	chart design decluttering
        en	label the chart properly	chart labelling annotation
        en	visual style guide	data visualisation style guide
        en	timeline graphic	timeline visualisation
        en	compare categories visually	chart types visualisation
        en	show flows between departments	sankey diagram visualisation
        en	keep stakeholders updated	stakeholder communication project management
        en	status update for sponsors	project status reporting
        en	milestones slipping	project milestones schedule
        en	raid log	raid log project management
        en	stakeholder map	stakeholder mapping analysis
        en	who needs to be informed	stakeholder communication raci
        en	raci matrix	raci matrix responsibilities
        en	agile or waterfall	agile waterfall project methodology
        en	scrum or kanban	scrum kanban agile
        en	sprint planning	sprint planning agile
        en	kanban board	kanban workflow
        en	prince2 project method	prince2 project management
        en	weekly highlight report	project status reporting
        en	manage dependencies between projects	programme management dependencies
        en	deadlines keep moving	project milestones schedule
        en	benefits tracking	benefits realisation
        en	lessons learned at close	project closure lessons learned
        en	portfolio prioritisation	portfolio management prioritisation
        en	accessible for blind users	accessibility screen readers
        en	screen reader friendly	screen reader accessibility
        en	colour contrast	colour contrast accessibility
        en	meet wcag guidelines	wcag accessibility guidelines
        en	captions on videos	captions subtitles accessibility
        en	subtitles for deaf colleagues	captions subtitles accessibility
        en	alt text for images	alt text accessibility
        en	easy read version	easy read plain language
        en	plain language	plain language accessibility
        en	dyslexia friendly	dyslexia accessibility
        en	accessibility audit	accessibility audit wcag
        en	accessibility statement	accessibility statement compliance
        en	font size too small	readability accessibility
        en	people with disabilities	disability inclusion accessibility
        en	transcripts for podcasts	transcripts accessibility
        en	inclusive design	inclusive design accessibility
        en	focus order	focus order accessibility
        en	aria labels	aria accessibility
        en	european accessibility act	european accessibility act compliance
        en	test with assistive technology	assistive technology testing
        en	low-code app	low-code app development
        en	no-code tool	no-code development
        en	build an app without coding	citizen development low-code
        en	citizen developers	citizen development low-code
        en	replace the spreadsheet with an app	low-code app spreadsheet replacement
        en	simple form app	digital forms low-code
        en	drag and drop builder	drag and drop low-code
        en	digitise a paper form	digital forms low-code
        en	approval workflow without code	low-code workflow approvals
        en	quick internal tool	low-code internal tools
        en	app for field staff	low-code mobile field app
        en	governance of low-code	low-code governance
        en	prototype without developers	low-code prototyping
        en	track requests in a simple app	low-code request tracking
        en	no developers available	citizen development low-code
        en	digital checklist	digital checklist low-code
        en	inspection app	low-code inspection app
        en	booking app for rooms	low-code booking app
        en	make my own app	citizen development low-code
        en	turn a spreadsheet into an app	low-code app spreadsheet replacement
        en	no-code database	no-code database
        en	low-code platform	low-code platform
        en	workflow builder	low-code workflow approvals
        en	shadow it apps	low-code governance shadow it
        en	apps built by the business	citizen development low-code
        en	cloud migration plan	cloud migration
        en	containers and orchestration	containers orchestration cloud
        en	cloud costs too high	cloud cost optimisation finops
        en	finops practice	cloud cost optimisation finops
        en	scale up automatically	autoscaling cloud architecture
        en	high availability design	high availability architecture
        en	multi-cloud strategy	multi-cloud strategy
        en	hybrid cloud	hybrid cloud architecture
        en	split into microservices	microservices architecture
        en	data residency in the cloud	cloud data residency sovereignty
        en	cloud native	cloud native architecture
        en	disaster recovery design	disaster recovery architecture
        en	well-architected review	cloud architecture review
        en	event-driven architecture	event-driven architecture
        en	object storage	cloud storage architecture
        en	saas vs self-hosted	cloud sourcing saas
        en	architecture diagram for cloud	cloud architecture design
        en	cloud reference architecture	cloud architecture design
        en	frontend development	web development frontend
        en	react or vue	frontend frameworks react vue
        en	responsive layout	responsive web design
        en	html and css	html css web development
        en	javascript developer	javascript web development
        en	build a web app	web application development
        en	api design	api design web development
        en	backend in python	backend development python
        en	single page app	spa web development
        en	page load speed	web performance page speed
        en	seo for our pages	search engine optimisation
        en	content management	cms web development
        en	design system components	design system frontend
        en	css styling	css layout web design
        en	typescript or javascript	typescript web development
        en	node backend	node.js backend development
        en	web forms validation	web forms frontend
        en	css grid layout	css layout web design
        en	mobile-first design	mobile-first responsive design
        en	web components	web components frontend
        en	graphql or rest	graphql api
        en	front end developer needed	web development frontend
        en	headless cms	headless cms web development
        de	zufall oder echter effekt	statistical significance random variation
        de	ist der rückgang signifikant	statistical significance hypothesis test
        de	ist das nur zufall	statistical significance random variation
        de	ist der unterschied signifikant	p-value statistical significance
        de	zwei gruppen fair vergleichen	hypothesis test group comparison
        de	zwei standorte fair vergleichen	hypothesis test group comparison
        de	hat die änderung etwas gebracht	before after comparison hypothesis test
        de	was bedeutet der p-wert	p-value statistical significance
        de	konfidenzintervall berechnen	confidence interval statistics
        de	welcher statistische test passt	statistical test selection
        de	korrelation oder kausalität	correlation causation statistics
        de	ausreißer verzerren den durchschnitt	outliers robust statistics
        de	nur rauschen oder trend	statistical significance signal noise
        de	statistisch belastbare aussage	statistical significance hypothesis test
        de	t-test oder chi-quadrat	chi-square t-test statistics
        de	a/b-test auswerten	a/b test statistical significance
        de	wie viele müssen wir befragen	sample size survey sampling
        de	reichen 200 antworten	statistical power sample size
        de	stichprobengröße berechnen	sample size calculation
        de	repräsentative stichprobe ziehen	representative sample sampling
        de	personen zufällig auswählen	random sampling selection
        de	rücklaufquote zu niedrig	survey response rate nonresponse
        de	nur die unzufriedenen antworten	nonresponse bias sampling
        de	geschichtete stichprobe	stratified sampling sample size
        de	antworten gewichten	survey weighting sampling
        de	wie viele interviews reichen	sample size qualitative saturation
        de	ist das repräsentativ	representative sample sampling
        de	stichprobe statt vollerhebung	census versus sampling
        de	fehlermarge bei 300 antworten	sample size margin of error
        de	teststärke berechnen	statistical power sample size
        de	zu wenige antworten pro abteilung	subgroup sample size
        de	stichprobenprüfung von rechnungen	audit sampling sample size
        de	wer spricht mit wem	social network analysis communication network
        de	zu wem gehen alle	informal influencers network analysis
        de	heimliche meinungsführer finden	informal influencers opinion leaders
        de	informelle netzwerke sichtbar machen	social network analysis informal structure
        de	brücken zwischen teams	network brokers boundary spanners
        de	abteilungen reden nicht miteinander	silos collaboration network
        de	silodenken aufbrechen	silos collaboration network
        de	wer arbeitet mit wem zusammen	collaboration network analysis
        de	netzwerkanalyse der zusammenarbeit	organisational network analysis
        de	schlüsselpersonen im netzwerk	network centrality key people
        de	multiplikatoren für den wandel finden	informal influencers change agents
        de	das inoffizielle organigramm	social network analysis informal structure
        de	wissensfluss zwischen standorten	knowledge network information flow
        de	beziehungsnetz visualisieren	network graph visualisation
        de	wo bleibt die zeit	process improvement lead time
        de	zeit zwischen bestellung und versand	process improvement lead time
        de	wo ist der engpass	bottleneck analysis process
        de	warten auf freigabe	approval process bottleneck
        de	prozess von anfang bis ende aufnehmen	process mapping end to end
        de	wertstromanalyse machen	value stream mapping lean
        de	doppelte arbeitsschritte vermeiden	duplicate work waste lean
        de	verschwendung im prozess	waste elimination lean
        de	ursachenanalyse für verzögerungen	root cause analysis
        de	fünf mal warum	root cause analysis five whys
        de	durchlaufzeit verkürzen	lead time reduction lean
        de	kontinuierliche verbesserung einführen	continuous improvement kaizen
        de	ist-prozess und soll-prozess	process mapping as-is to-be
        de	liegezeiten reduzieren	waiting time waste lean
        de	warum kommen nutzer nicht zurecht	ux research usability
        de	nutzer beim bedienen beobachten	usability testing observation
        de	usability-test mit nutzern	usability testing ux research
        de	nutzerinterviews führen	user interviews ux research
        de	personas erstellen	personas ux research
        de	customer journey aufnehmen	customer journey mapping
        de	wo brechen nutzer ab	usability drop-off ux research
        de	prototyp mit nutzern testen	prototype testing usability
        de	was brauchen die nutzer wirklich	user needs ux research
        de	niemand nutzt die neue funktion	feature adoption ux research
        de	schmerzpunkte der kunden	pain points user research
        de	card sorting für die navigation	card sorting information architecture
        de	sensordaten in echtzeit	iot sensor data real-time
        de	sensoren an den maschinen	iot sensors telemetry
        de	temperatur aus der ferne überwachen	iot remote tracking sensors
        de	paletten im lager orten	asset tracking iot
        de	gps-tracker für fahrzeuge	gps tracking telematics iot
        de	telemetriedaten auswerten	telemetry iot data
        de	füllstand der container messen	iot fill level sensors
        de	vorausschauende wartung mit sensoren	predictive maintenance iot sensors
        de	raumbelegung mit sensoren messen	occupancy sensing iot
        de	intelligente zähler auslesen	smart metering iot energy
        de	digitaler zwilling	digital twin iot
        de	wir tippen dieselben zahlen ab	automation manual data entry
        de	immer wieder dasselbe abtippen	automation manual data entry
        de	copy paste zwischen tabellen	spreadsheet automation scripting
        de	monatsbericht automatisieren	report automation scripting
        de	skript für wiederkehrende aufgaben	scripting automation
        de	dateien automatisch umbenennen	batch file processing scripting
        de	makro für die tabelle	spreadsheet macros vba automation
        de	händische arbeit automatisieren	automation manual work
        de	jede woche dieselben klicks	automation repetitive tasks
        de	nächtlicher automatischer job	scheduled jobs automation
        de	robotergestützte prozessautomatisierung	rpa robotic process automation
        de	zwei listen automatisch abgleichen	data reconciliation automation
        de	python-skript schreiben	python scripting automation
        de	serienbriefe erstellen	document generation mail merge
        de	stunden pro woche sparen	automation time saving productivity
        de	code öffentlich machen	open source publishing code
        de	welche lizenz nehmen wir	open source licensing
        de	dürfen wir diese bibliothek nutzen	open source licence compliance
        de	zum projekt beitragen	open source contribution
        de	open-source-lizenz wählen	open source licensing
        de	gpl oder mit	open source licences gpl mit
        de	pull request einreichen	open source contribution pull request
        de	quellcode veröffentlichen	open source publishing code
        de	öffentliches geld öffentlicher code	public code open source
        de	copyleft pflichten	copyleft obligations licensing
        de	kommerziell nutzbar trotz open source	open source licence commercial use
        de	open-source-alternative finden	open source software alternatives
        de	aus unseren daten lernen	data analytics insights
        de	was sagen uns die daten	data analytics insights
        de	daten bereinigen	data cleaning preparation
        de	kunden segmentieren	customer segmentation clustering
        de	daten aus mehreren quellen zusammenführen	data integration analytics
        de	explorative datenanalyse	exploratory data analysis
        de	datengetriebene entscheidungen	data-driven decision making
        de	umfrageergebnisse auswerten	survey data analysis
        de	datenanalyse mit python	data science python r
        de	datenqualität prüfen	data quality analytics
        de	daten aus dokumenten extrahieren	nlp information extraction
        de	freitext klassifizieren	text classification nlp
        de	stimmung der kommentare	sentiment analysis nlp
        de	worüber beschweren sich die leute	text mining topic modelling
        de	themen in freitexten erkennen	topic modelling text mining
        de	lange dokumente zusammenfassen	text summarisation nlp
        de	gescannte formulare auslesen	ocr document processing
        de	eingehende anfragen automatisch sortieren	text classification routing
        de	namen im text schwärzen	text anonymisation nlp
        de	ähnliche fälle finden	text similarity semantic search
        de	wie viel brauchen wir nächsten monat	forecasting demand planning
        de	nachfrage vorhersagen	demand forecasting
        de	absatzprognose erstellen	sales forecasting
        de	lagerbestand planen	inventory planning demand forecasting
        de	saisonale schwankungen bei bestellungen	seasonality time series forecasting
        de	zeitreihen prognostizieren	time series forecasting
        de	was wenn sich die nachfrage verdoppelt	scenario analysis forecasting
        de	prognosegenauigkeit verbessern	forecast accuracy evaluation
        de	anrufvolumen vorhersagen	volume forecasting capacity planning
        de	sicherheitsbestand berechnen	safety stock inventory planning
        de	kennzahlen auf einen blick	kpi dashboard reporting
        de	dashboard für die geschäftsführung	management reporting dashboard
        de	monatsbericht für den vorstand	board reporting kpi
        de	kpis definieren	kpi definition performance measurement
        de	ampelstatus für projekte	rag status kpi dashboard
        de	berichtswesen vereinfachen	reporting rationalisation
        de	soll-ist-vergleich darstellen	target versus actual reporting
        de	self-service reporting einführen	self-service bi reporting
        de	einheitliche zahlen für alle	reporting single source of truth
        de	drilldown nach region	dashboard drill-down bi
        de	kennzahlen live anzeigen	real-time dashboards kpi
        de	vorhersagen wer kündigt	machine learning churn prediction
        de	auffällige transaktionen erkennen	fraud detection machine learning
        de	anomalien automatisch erkennen	anomaly detection machine learning
        de	bilder klassifizieren	image classification machine learning
        de	maschinenausfälle vorhersagen	predictive maintenance machine learning
        de	trainingsdaten labeln	data labelling machine learning
        de	ki für unsere daten	artificial intelligence machine learning
        de	modellgenauigkeit prüfen	model evaluation accuracy
        de	entscheidungen des modells erklären	explainable ai machine learning
        de	maschinelles lernen einsetzen	machine learning predictive modelling
        de	zwei tabellen verknüpfen	sql joins databases
        de	datenmodell entwerfen	data modelling database design
        de	sql-abfrage schreiben	sql queries database
        de	abfragen beschleunigen	sql query optimisation
        de	von tabellen zur datenbank	spreadsheets to database migration
        de	doppelte datensätze bereinigen	database deduplication master data
        de	er-diagramm erstellen	er diagram data model
        de	primär- und fremdschlüssel	relational database keys
        de	datenbank normalisieren	database normalisation
        de	etl-strecke bauen	etl data integration
        de	schulungsvideo erstellen	e-learning training videos
        de	kurze erklärvideos	training videos microlearning
        de	online-kurs für neue mitarbeitende	e-learning onboarding course
        de	screencast aufnehmen	screencast training video
        de	quiz nach der schulung	e-learning assessment quiz
        de	interaktives lernmodul	e-learning interactive module
        de	scorm-paket erstellen	scorm e-learning standards
        de	pflichtschulung online	compliance e-learning mandatory training
        de	lernfortschritt nachverfolgen	training completion tracking lms
        de	didaktisches konzept für kurs	instructional design e-learning
        de	tutorial aufnehmen	screencast training video
        de	microlearning einheiten bauen	training videos microlearning
        de	privacy by design umsetzen	privacy by design
        de	bedrohungsmodell erstellen	threat modelling security
        de	rollen und berechtigungen	identity access management roles
        de	minimale rechtevergabe	least privilege access control
        de	sensible daten verschlüsseln	encryption data security
        de	sicherheitsarchitektur prüfen	security architecture review
        de	zero trust ansatz	zero trust security architecture
        de	penetrationstest beauftragen	penetration testing security
        de	security by design	security by design architecture
        de	datensparsamkeit umsetzen	data minimisation privacy by design
        de	zugangsdaten im quellcode	secrets management security
        de	auf einer karte darstellen	gis mapping
        de	standorte auf der karte	gis mapping locations
        de	adressen geokodieren	geocoding addresses gis
        de	einzugsgebiet berechnen	catchment analysis gis
        de	heatmap der vorfälle	spatial analysis heat map
        de	entfernung zur nächsten filiale	spatial analysis proximity
        de	wo sitzen unsere kunden	geospatial analysis customers
        de	geodaten auswerten	geospatial data gis
        de	erreichbarkeit in 15 minuten	isochrones travel time gis
        de	postleitzahlen auf karte	geocoding addresses gis
        de	satellitenbilder auswerten	remote sensing satellite imagery
        de	kartenebenen überlagern	gis map layers overlay
        de	aus vorfällen lernen	incident learning quality improvement
        de	beinahe-fehler melden	near miss reporting
        de	qualitätsindikatoren messen	quality indicators measurement
        de	pdca-zyklus anwenden	pdca quality improvement cycle
        de	gleiche fehler passieren immer wieder	incident learning recurring errors
        de	regelkarte erstellen	statistical process control chart
        de	fehlerquote senken	error reduction quality improvement
        de	beschwerden auswerten	complaints analysis quality
        de	lessons learned sammeln	lessons learned incident learning
        de	korrekturmaßnahmen nachverfolgen	corrective preventive actions capa
        de	qualitätsmanagement nach iso 9001	iso 9001 quality management
        de	kritische ereignisse analysieren	adverse events patient safety
        de	ist das dsgvo-konform	gdpr data protection compliance
        de	wie lange dürfen wir speichern	data retention gdpr
        de	personenbezogene daten verarbeiten	personal data gdpr
        de	brauchen wir eine dsfa	dpia data protection impact assessment
        de	auskunftsersuchen beantworten	subject access request gdpr
        de	recht auf löschung	right to erasure gdpr
        de	daten anonymisieren vor weitergabe	anonymisation data protection
        de	vertrag zur auftragsverarbeitung	data processing agreement gdpr
        de	einwilligung widerrufen	consent withdrawal gdpr
        de	fotos von mitarbeitenden veröffentlichen	image consent data protection
        de	rechtsgrundlage für verarbeitung	lawful basis gdpr
        de	design thinking workshop	design thinking innovation
        de	brainstorming organisieren	brainstorming ideation session
        de	ideen priorisieren	idea prioritisation innovation
        de	hackathon veranstalten	hackathon innovation
        de	innovationslabor aufbauen	innovation lab
        de	design sprint durchführen	design sprint innovation
        de	mit kunden gemeinsam entwickeln	co-creation design thinking
        de	kreativmethoden für workshops	creativity methods facilitation
        de	idee schnell testen	experimentation lean startup
        de	kürzeste route für lieferungen	shortest route optimisation
        de	tourenplanung optimieren	route optimisation delivery
        de	weniger kilometer fahren	route optimisation mileage
        de	lieferzeitfenster einhalten	vehicle routing time windows
        de	fahrzeugeinsatz planen	fleet management routing
        de	hausbesuche einplanen	field service route scheduling
        de	spritkosten senken	route optimisation fuel costs
        de	letzte meile optimieren	last mile delivery routing
        de	fahrerrouten ausgleichen	route balancing workload
        de	co2-fußabdruck berechnen	carbon footprint emissions
        de	emissionen messen	carbon accounting emissions
        de	scope 3 emissionen erfassen	scope 3 emissions
        de	nachhaltigkeitsbericht erstellen	sustainability reporting esg
        de	esg-daten sammeln	esg data reporting
        de	energieverbrauch der gebäude	energy consumption sustainability
        de	netto-null ziel	net zero carbon targets
        de	co2 pro lieferung	carbon emissions logistics
        de	emissionsfaktoren finden	emission factors carbon accounting
        de	csrd bericht vorbereiten	csrd sustainability reporting
        de	emissionen durch dienstreisen	business travel emissions
        de	ökobilanz erstellen	life cycle assessment
        de	ergebnisse reproduzieren	reproducibility research software
        de	analyse später wiederholen	reproducible analysis
        de	versionskontrolle für analysen	version control reproducibility
        de	forschungssoftware entwickeln	research software engineering
        de	daten und code teilen	open science data code sharing
        de	paketversionen festschreiben	dependency management reproducibility
        de	daten nach fair prinzipien	fair data principles
        de	datenmanagementplan schreiben	research data management plan
        de	software zitieren	software citation research
        de	doi für datensatz	persistent identifiers doi datasets
        de	tests für forschungscode	software testing research code
        de	container für die analyse	containers reproducible environment
        de	gute umfragefragen formulieren	question wording survey design
        de	suggestivfragen vermeiden	leading questions bias
        de	likert-skala verwenden	likert scale survey design
        de	fragebogen vorab testen	questionnaire pretesting
        de	offene oder geschlossene fragen	open closed questions survey
        de	mitarbeiterbefragung planen	employee survey design
        de	kundenzufriedenheit befragen	customer satisfaction survey
        de	neutrale mittelkategorie	rating scales survey design
        de	antwortskala von 1 bis 5	rating scales survey design
        de	anonyme befragung	anonymous survey design
        de	welches diagramm passt	chart selection data visualisation
        de	diagramm wirkt überladen	chart design decluttering
        de	grafik verständlicher machen	data visualisation chart design
        de	tortendiagramm oder balken	chart types visualisation
        de	farben für diagramme	colour palette charts
        de	farbenblind freundliche farben	colour-blind accessible visualisation
        de	infografik erstellen	infographics visualisation
        de	mit daten geschichten erzählen	data storytelling
        de	irreführende achse	misleading axis chart design
        de	interaktive grafik	interactive visualisation
        de	unsicherheit darstellen	uncertainty visualisation
        de	stakeholder auf dem laufenden halten	stakeholder communication project management
        de	statusbericht für den lenkungskreis	project status reporting
        de	projektplan erstellen	project planning schedule
        de	gantt diagramm erstellen	gantt chart project scheduling
        de	meilensteine verschieben sich	project milestones schedule
        de	risiken im projekt	project risk register
        de	stakeholder analyse	stakeholder mapping analysis
        de	raci matrix aufstellen	raci matrix responsibilities
        de	agil oder klassisch	agile waterfall project methodology
        de	wer muss informiert werden	stakeholder communication project management
        de	projektumfang wächst ständig	scope creep project management
        de	änderungsantrag im projekt	change request project control
        de	barrierefrei für blinde	accessibility screen readers
        de	mit screenreader nutzbar	screen reader accessibility
        de	farbkontrast prüfen	colour contrast accessibility
        de	alternativtexte für bilder	alt text accessibility
        de	barrierefreie pdf dokumente	pdf accessibility
        de	bitv test durchführen	accessibility audit wcag
        de	barrierefreiheit prüfen	accessibility audit wcag
        de	wcag konform umsetzen	wcag accessibility guidelines
        de	gebärdensprache anbieten	sign language accessibility
        de	erklärung zur barrierefreiheit	accessibility statement compliance
        de	app ohne programmieren bauen	citizen development low-code
        de	low-code plattform	low-code platform
        de	no-code lösung	no-code development
        de	papierformular digitalisieren	digital forms low-code
        de	tabelle durch app ersetzen	low-code app spreadsheet replacement
        de	genehmigungsworkflow ohne code	low-code workflow approvals
        de	citizen developer	citizen development low-code
        de	internes tool schnell bauen	low-code internal tools
        de	digitale checkliste	digital checklist low-code
        de	app für den außendienst	low-code mobile field app
        de	drag and drop baukasten	drag and drop low-code
        de	governance für low-code	low-code governance
        de	in die cloud migrieren	cloud migration
        de	cloud-kosten senken	cloud cost optimisation finops
        de	automatisch skalieren	autoscaling cloud architecture
        de	hochverfügbarkeit planen	high availability architecture
        de	hybride cloud	hybrid cloud architecture
        de	architektur mit microservices	microservices architecture
        de	datenhaltung in deutschland	cloud data residency sovereignty
        de	souveräne cloud	sovereign cloud
        de	cloud-architektur entwerfen	cloud architecture design
        de	container orchestrierung	containers orchestration cloud
        de	lift and shift	cloud migration rehosting
        de	frontend entwickeln	web development frontend
        de	responsives layout	responsive web design
        de	html und css	html css web development
        de	react oder vue	frontend frameworks react vue
        de	rest-schnittstelle bauen	rest api development
        de	api entwerfen	api design web development
        de	webanwendung entwickeln	web application development
        de	ladezeit optimieren	web performance page speed
        de	suchmaschinenoptimierung verbessern	search engine optimisation
        de	javascript entwickler gesucht	javascript web development
        de	css layout gestalten	css layout web design
        fr	vraie baisse ou hasard	statistical significance hypothesis test
        fr	c'est juste le hasard	statistical significance random variation
        fr	est-ce vraiment significatif	p-value statistical significance
        fr	la différence est-elle significative	p-value statistical significance
        fr	comparer deux groupes équitablement	hypothesis test group comparison
        fr	comparer deux dépôts équitablement	hypothesis test group comparison
        fr	avant et après le changement	before after comparison hypothesis test
        fr	que veut dire la p-valeur	p-value statistical significance
        fr	calculer un intervalle de confiance	confidence interval statistics
        fr	quel test statistique choisir	statistical test selection
        fr	valeurs aberrantes faussent la moyenne	outliers robust statistics
        fr	résultats du test a/b	a/b test statistical significance
        fr	bruit ou vraie tendance	statistical significance signal noise
        fr	test du khi-deux	chi-square t-test statistics
        fr	quelle marge d'erreur	confidence interval margin of error
        fr	calculer la taille d'échantillon	sample size calculation
        fr	200 réponses ça suffit	statistical power sample size
        fr	tirage aléatoire des répondants	random sampling selection
        fr	taux de réponse trop faible	survey response rate nonresponse
        fr	seuls les mécontents répondent	nonresponse bias sampling
        fr	échantillon stratifié par région	stratified sampling sample size
        fr	redresser les résultats	survey weighting sampling
        fr	combien d'entretiens suffisent	sample size qualitative saturation
        fr	sondage ou recensement complet	census versus sampling
        fr	calcul de puissance statistique	statistical power sample size
        fr	trop peu de répondants par service	subgroup sample size
        fr	contrôle par échantillonnage	audit sampling sample size
        fr	biais de sélection des volontaires	self-selection bias sampling
        fr	vers qui tous se tournent	informal influencers network analysis
        fr	les influenceurs informels	informal influencers network analysis
        fr	cartographier les relations informelles	social network analysis informal structure
        fr	ponts entre les équipes	network brokers boundary spanners
        fr	les services ne se parlent pas	silos collaboration network
        fr	casser les silos	silos collaboration network
        fr	analyse de réseau organisationnel	organisational network analysis
        fr	personnes clés du réseau	network centrality key people
        fr	qui demande conseil à qui	advice network analysis
        fr	trouver des relais du changement	informal influencers change agents
        fr	l'organigramme officieux	social network analysis informal structure
        fr	circulation de l'information entre sites	knowledge network information flow
        fr	graphe des relations	network graph visualisation
        fr	où passe le temps	process improvement lead time
        fr	délai entre commande et expédition	process improvement lead time
        fr	où est le goulot d'étranglement	bottleneck analysis process
        fr	trop de passages de relais	handovers process mapping lean
        fr	toujours en attente de validation	approval process bottleneck
        fr	cartographie de la chaîne de valeur	value stream mapping lean
        fr	éliminer les gaspillages	waste elimination lean
        fr	analyse des causes racines	root cause analysis
        fr	les cinq pourquoi	root cause analysis five whys
        fr	réduire les délais de traitement	lead time reduction lean
        fr	démarche d'amélioration continue	continuous improvement kaizen
        fr	démarche lean au bureau	lean process improvement
        fr	étapes faites en double	duplicate work waste lean
        fr	temps d'attente entre étapes	waiting time waste lean
        fr	pourquoi les utilisateurs galèrent	ux research usability
        fr	observer les utilisateurs	usability testing observation
        fr	faire des tests utilisateurs	usability testing ux research
        fr	mener des entretiens utilisateurs	user interviews ux research
        fr	créer des personas	personas ux research
        fr	cartographier le parcours utilisateur	customer journey mapping
        fr	où les gens abandonnent	usability drop-off ux research
        fr	tester la maquette avec des utilisateurs	prototype testing usability
        fr	besoins réels des utilisateurs	user needs ux research
        fr	personne n'utilise la nouvelle fonctionnalité	feature adoption ux research
        fr	points de douleur des clients	pain points user research
        fr	tri par cartes	card sorting information architecture
        fr	capteurs sur les machines	iot sensors telemetry
        fr	données des capteurs en temps réel	iot sensor data real-time
        fr	suivre les palettes	asset tracking iot
        fr	traceurs gps sur les véhicules	gps tracking telematics iot
        fr	surveiller la température à distance	iot remote tracking sensors
        fr	données de télémétrie	telemetry iot data
        fr	niveau de remplissage des bennes	iot fill level sensors
        fr	maintenance prédictive avec capteurs	predictive maintenance iot sensors
        fr	capteurs de présence en salle	occupancy sensing iot
        fr	mesurer la qualité de l'air	air quality sensors iot
        fr	compteurs intelligents	smart metering iot energy
        fr	jumeau numérique	digital twin iot
        fr	copier-coller entre tableurs	spreadsheet automation scripting
        fr	tâches répétitives chaque semaine	automation repetitive tasks
        fr	automatiser le rapport mensuel	report automation scripting
        fr	petit script pour automatiser	scripting automation
        fr	renommer des fichiers en masse	batch file processing scripting
        fr	macro vba pour gagner du temps	spreadsheet macros vba automation
        fr	arrêter de faire à la main	automation manual work
        fr	tâche planifiée chaque nuit	scheduled jobs automation
        fr	automatisation robotisée des processus	rpa robotic process automation
        fr	remplir les formulaires automatiquement	form filling automation rpa
        fr	rapprocher deux listes automatiquement	data reconciliation automation
        fr	script python pour ça	python scripting automation
        fr	faire un publipostage	document generation mail merge
        fr	gagner des heures chaque semaine	automation time saving productivity
        fr	quelle licence choisir	open source licensing
        fr	peut-on utiliser cette bibliothèque	open source licence compliance
        fr	contribuer au projet	open source contribution
        fr	gpl ou mit	open source licences gpl mit
        fr	proposer une pull request	open source contribution pull request
        fr	passer au logiciel libre	open source software adoption
        fr	argent public code public	public code open source
        fr	obligations du copyleft	copyleft obligations licensing
        fr	trouver une alternative libre	open source software alternatives
        fr	ouvrir le code source	open source publishing code
        fr	faire parler les données	data analytics insights
        fr	que disent les données	data analytics insights
        fr	nettoyer les données	data cleaning preparation
        fr	segmenter nos clients	customer segmentation clustering
        fr	croiser plusieurs sources de données	data integration analytics
        fr	analyse exploratoire des données	exploratory data analysis
        fr	décisions basées sur les données	data-driven decision making
        fr	analyser les résultats de l'enquête	survey data analysis
        fr	besoin d'un data scientist	data science analytics
        fr	problèmes de qualité des données	data quality analytics
        fr	extraire des infos des documents	nlp information extraction
        fr	classer du texte libre	text classification nlp
        fr	sentiment des commentaires	sentiment analysis nlp
        fr	de quoi se plaignent les gens	text mining topic modelling
        fr	analyser les réponses ouvertes	text analysis open-ended responses
        fr	thèmes dans les verbatims	topic modelling text mining
        fr	résumer de longs documents	text summarisation nlp
        fr	lire des documents scannés	ocr document processing
        fr	trier les demandes entrantes	text classification routing
        fr	anonymiser les noms dans les textes	text anonymisation nlp
        fr	recherche sémantique dans nos documents	semantic search nlp
        fr	combien en faudra-t-il le mois prochain	forecasting demand planning
        fr	planifier les stocks	inventory planning demand forecasting
        fr	saisonnalité des commandes	seasonality time series forecasting
        fr	modèle de séries temporelles	time series forecasting
        fr	prévoir les effectifs	workforce planning forecasting
        fr	et si la demande double	scenario analysis forecasting
        fr	fiabilité des prévisions	forecast accuracy evaluation
        fr	prévoir le volume d'appels	volume forecasting capacity planning
        fr	calculer le stock de sécurité	safety stock inventory planning
        fr	éviter les ruptures de stock	stock-outs demand planning
        fr	indicateurs en un coup d'œil	kpi dashboard reporting
        fr	tableau de bord pour la direction	management reporting dashboard
        fr	rapport mensuel pour le comité	board reporting kpi
        fr	définir les bons kpi	kpi definition performance measurement
        fr	automatiser le reporting	report automation dashboards
        fr	suivi des indicateurs clés	kpi tracking performance reporting
        fr	comparer prévu et réalisé	target versus actual reporting
        fr	tableau de bord en temps réel	real-time dashboards kpi
        fr	trop de rapports inutiles	reporting rationalisation
        fr	une seule version des chiffres	reporting single source of truth
        fr	feux tricolores sur les projets	rag status kpi dashboard
        fr	pilotage par indicateurs	kpi definition performance measurement
        fr	prédire qui va partir	machine learning churn prediction
        fr	détecter des anomalies	anomaly detection machine learning
        fr	repérer les transactions suspectes	fraud detection machine learning
        fr	classer des images	image classification machine learning
        fr	anticiper les défaillances des machines	predictive maintenance machine learning
        fr	étiqueter les données	data labelling machine learning
        fr	appliquer l'ia à nos données	artificial intelligence machine learning
        fr	précision du modèle	model evaluation accuracy
        fr	expliquer les décisions du modèle	explainable ai machine learning
        fr	projet d'apprentissage automatique	machine learning predictive modelling
        fr	joindre deux tables	sql joins databases
        fr	toutes les données au même endroit	data warehouse database
        fr	concevoir le modèle de données	data modelling database design
        fr	écrire une requête sql	sql queries database
        fr	accélérer les requêtes	sql query optimisation
        fr	passer du tableur à une base	spreadsheets to database migration
        fr	doublons dans la base	database deduplication master data
        fr	clés primaires et étrangères	relational database keys
        fr	schéma entité association	er diagram data model
        fr	construire un entrepôt de données	data warehouse database
        fr	mettre en place un flux etl	etl data integration
        fr	référentiel de données maîtres	master data management
        fr	faire une vidéo de formation	e-learning training videos
        fr	tutoriels vidéo courts	training videos microlearning
        fr	module e-learning pour nouveaux arrivants	e-learning onboarding course
        fr	quiz après la formation	e-learning assessment quiz
        fr	formation en ligne obligatoire	compliance e-learning mandatory training
        fr	capsules vidéo pédagogiques	training videos microlearning
        fr	ingénierie pédagogique	instructional design e-learning
        fr	suivre qui a fait la formation	training completion tracking lms
        fr	export au format scorm	scorm e-learning standards
        fr	enregistrer un tutoriel	screencast training video
        fr	formation à distance	distance learning e-learning
        fr	parcours de formation	learning path training
        fr	protection des données dès la conception	privacy by design
        fr	modélisation des menaces	threat modelling security
        fr	qui a accès à quoi	access control authorisation
        fr	gestion des droits d'accès	identity access management roles
        fr	principe du moindre privilège	least privilege access control
        fr	chiffrer les données sensibles	encryption data security
        fr	revue d'architecture sécurité	security architecture review
        fr	approche zero trust	zero trust security architecture
        fr	minimisation des données	data minimisation privacy by design
        fr	afficher ça sur une carte	gis mapping
        fr	cartographier nos sites	gis mapping locations
        fr	géocoder des adresses	geocoding addresses gis
        fr	carte de chaleur des incidents	spatial analysis heat map
        fr	distance au site le plus proche	spatial analysis proximity
        fr	où sont nos clients	geospatial analysis customers
        fr	exploiter les données géographiques	geospatial data gis
        fr	temps de trajet isochrones	isochrones travel time gis
        fr	images satellites	remote sensing satellite imagery
        fr	couches cartographiques	gis map layers overlay
        fr	carte interactive	interactive web mapping
        fr	événements indésirables	adverse events patient safety
        fr	déclarer les presque accidents	near miss reporting
        fr	indicateurs qualité	quality indicators measurement
        fr	roue de deming	pdca quality improvement cycle
        fr	toujours les mêmes erreurs	incident learning recurring errors
        fr	carte de contrôle	statistical process control chart
        fr	réduire les erreurs	error reduction quality improvement
        fr	analyse des réclamations	complaints analysis quality
        fr	faire un retour d'expérience	lessons learned incident learning
        fr	suivi des actions correctives	corrective preventive actions capa
        fr	certification iso 9001	iso 9001 quality management
        fr	est-ce conforme au rgpd	gdpr data protection compliance
        fr	durée de conservation des données	data retention gdpr
        fr	traiter des données personnelles	personal data gdpr
        fr	faire une analyse d'impact rgpd	dpia data protection impact assessment
        fr	demande de droit d'accès	subject access request gdpr
        fr	anonymiser avant de partager	anonymisation data protection
        fr	registre des traitements	records of processing gdpr
        fr	retirer son consentement	consent withdrawal gdpr
        fr	droit à l'image des salariés	image consent data protection
        fr	notifier une violation de données	data breach notification gdpr
        fr	base légale du traitement	lawful basis gdpr
        fr	trouver des idées en équipe	ideation brainstorming
        fr	séance de brainstorming	brainstorming ideation session
        fr	atelier design thinking	design thinking innovation
        fr	organiser un hackathon	hackathon innovation
        fr	laboratoire d'innovation	innovation lab
        fr	prioriser les idées	idea prioritisation innovation
        fr	sprint de conception	design sprint innovation
        fr	co-construire avec les usagers	co-creation design thinking
        fr	tester une idée rapidement	experimentation lean startup
        fr	méthodes d'idéation	ideation brainstorming
        fr	intelligence collective en atelier	creativity methods facilitation
        fr	planifier les tournées de livraison	route planning logistics
        fr	itinéraire le plus court	shortest route optimisation
        fr	faire moins de kilomètres	route optimisation mileage
        fr	ordre de passage des arrêts	route sequencing optimisation
        fr	planifier les visites à domicile	field service route scheduling
        fr	réduire la consommation de carburant	route optimisation fuel costs
        fr	gestion de flotte	fleet management routing
        fr	livraison du dernier kilomètre	last mile delivery routing
        fr	problème du voyageur de commerce	travelling salesman problem optimisation
        fr	faire notre bilan carbone	carbon footprint emissions
        fr	mesurer nos émissions	carbon accounting emissions
        fr	émissions scope 3	scope 3 emissions
        fr	co2 par livraison	carbon emissions logistics
        fr	consommation énergétique des bâtiments	energy consumption sustainability
        fr	préparer le rapport rse	sustainability reporting esg
        fr	données esg	esg data reporting
        fr	objectif zéro émission nette	net zero carbon targets
        fr	facteurs d'émission	emission factors carbon accounting
        fr	reporting csrd	csrd sustainability reporting
        fr	empreinte du numérique	green it sustainability
        fr	analyse du cycle de vie	life cycle assessment
        fr	reproduire les résultats	reproducibility research software
        fr	relancer l'analyse plus tard	reproducible analysis
        fr	gestion de versions pour l'analyse	version control reproducibility
        fr	partager données et code	open science data code sharing
        fr	figer les versions des paquets	dependency management reproducibility
        fr	principes fair pour les données	fair data principles
        fr	citer un logiciel	software citation research
        fr	doi pour le jeu de données	persistent identifiers doi datasets
        fr	démarche de science ouverte	open science reproducibility
        fr	tests pour le code de recherche	software testing research code
        fr	rédiger un questionnaire	questionnaire design survey
        fr	bien formuler les questions	question wording survey design
        fr	éviter les questions orientées	leading questions bias
        fr	tester le questionnaire	questionnaire pretesting
        fr	questions ouvertes ou fermées	open closed questions survey
        fr	baromètre social interne	employee survey design
        fr	échelle de 1 à 5	rating scales survey design
        fr	enquête anonyme	anonymous survey design
        fr	ordre des questions	question order effects
        fr	quel graphique choisir	chart selection data visualisation
        fr	graphique trop chargé	chart design decluttering
        fr	rendre le graphique lisible	data visualisation chart design
        fr	camembert ou histogramme	chart types visualisation
        fr	palette de couleurs pour graphiques	colour palette charts
        fr	couleurs pour daltoniens	colour-blind accessible visualisation
        fr	faire une infographie	infographics visualisation
        fr	raconter une histoire avec les données	data storytelling
        fr	axe tronqué trompeur	misleading axis chart design
        fr	dataviz interactive	interactive visualisation
        fr	diagramme de sankey	sankey diagram visualisation
        fr	tenir les parties prenantes informées	stakeholder communication project management
        fr	point d'avancement hebdomadaire	project status reporting
        fr	construire le planning du projet	project planning schedule
        fr	jalons qui glissent	project milestones schedule
        fr	registre des risques	project risk register
        fr	cartographie des parties prenantes	stakeholder mapping analysis
        fr	matrice raci	raci matrix responsibilities
        fr	dérive du périmètre	scope creep project management
        fr	agile ou cycle en v	agile waterfall project methodology
        fr	préparer le comité de pilotage	project steering committee governance
        fr	demande de changement	change request project control
        fr	accessible aux non-voyants	accessibility screen readers
        fr	compatible lecteur d'écran	screen reader accessibility
        fr	contraste des couleurs	colour contrast accessibility
        fr	sous-titres des vidéos	captions subtitles accessibility
        fr	texte alternatif des images	alt text accessibility
        fr	documents accessibles	accessible documents
        fr	audit rgaa	accessibility audit wcag
        fr	version falc du document	easy read plain language
        fr	facile à lire et à comprendre	easy read plain language
        fr	langue des signes	sign language accessibility
        fr	collègues malvoyants	low vision accessibility
        fr	déclaration d'accessibilité	accessibility statement compliance
        fr	créer une appli sans coder	citizen development low-code
        fr	plateforme low-code	low-code platform
        fr	outil no-code	no-code development
        fr	dématérialiser un formulaire papier	digital forms low-code
        fr	remplacer le tableur par une appli	low-code app spreadsheet replacement
        fr	circuit de validation sans code	low-code workflow approvals
        fr	développeur citoyen	citizen development low-code
        fr	checklist numérique	digital checklist low-code
        fr	appli pour les techniciens terrain	low-code mobile field app
        fr	outil en glisser-déposer	drag and drop low-code
        fr	gouvernance du low-code	low-code governance
        fr	petite appli interne	low-code internal tools
        fr	migrer vers le cloud	cloud migration
        fr	choisir un fournisseur cloud	cloud provider selection
        fr	coûts cloud trop élevés	cloud cost optimisation finops
        fr	faire de l'infrastructure as code	infrastructure as code
        fr	montée en charge automatique	autoscaling cloud architecture
        fr	haute disponibilité	high availability architecture
        fr	cloud hybride	hybrid cloud architecture
        fr	architecture microservices	microservices architecture
        fr	cloud souverain	sovereign cloud
        fr	hébergement des données en france	cloud data residency sovereignty
        fr	conteneurs et orchestration	containers orchestration cloud
        fr	architecture cloud native	cloud native architecture
        fr	développement front-end	web development frontend
        fr	mise en page responsive	responsive web design
        fr	html et css	html css web development
        fr	react ou vue	frontend frameworks react vue
        fr	créer une api rest	rest api development
        fr	concevoir une api	api design web development
        fr	développer une application web	web application development
        fr	temps de chargement des pages	web performance page speed
        fr	référencement naturel	search engine optimisation
        fr	développeur javascript	javascript web development
        fr	intégration css	css layout web design
        es	es real o casualidad	statistical significance hypothesis test
        es	la bajada es significativa	statistical significance hypothesis test
        es	puro azar o tendencia	statistical significance random variation
        es	diferencia estadísticamente significativa	p-value statistical significance
        es	comparar dos grupos de forma justa	hypothesis test group comparison
        es	comparar dos almacenes con rigor	hypothesis test group comparison
        es	antes y después del cambio	before after comparison hypothesis test
        es	qué significa el p-valor	p-value statistical significance
        es	calcular el intervalo de confianza	confidence interval statistics
        es	qué prueba estadística usar	statistical test selection
        es	correlación o causalidad	correlation causation statistics
        es	valores atípicos distorsionan la media	outliers robust statistics
        es	resultados de la prueba a/b	a/b test statistical significance
        es	es ruido o señal real	statistical significance signal noise
        es	chi cuadrado o t de student	chi-square t-test statistics
        es	a cuántos hay que encuestar	sample size survey sampling
        es	calcular el tamaño de la muestra	sample size calculation
        es	bastan 200 respuestas	statistical power sample size
        es	muestreo aleatorio	random sampling selection
        es	tasa de respuesta baja	survey response rate nonresponse
        es	solo contestan los descontentos	nonresponse bias sampling
        es	muestreo estratificado por región	stratified sampling sample size
        es	ponderar las respuestas	survey weighting sampling
        es	cuántas entrevistas bastan	sample size qualitative saturation
        es	margen de error con 300	sample size margin of error
        es	cálculo de potencia estadística	statistical power sample size
        es	pocas respuestas por departamento	subgroup sample size
        es	muestra o censo completo	census versus sampling
        es	sesgo de autoselección	self-selection bias sampling
        es	a quién acude todo el mundo	informal influencers network analysis
        es	identificar influyentes informales	informal influencers network analysis
        es	mapear relaciones informales	social network analysis informal structure
        es	puentes entre equipos	network brokers boundary spanners
        es	los departamentos no se hablan	silos collaboration network
        es	romper los silos	silos collaboration network
        es	quién colabora con quién	collaboration network analysis
        es	análisis de redes organizacionales	organisational network analysis
        es	personas clave de la red	network centrality key people
        es	quién pide consejo a quién	advice network analysis
        es	líderes de opinión internos	informal influencers opinion leaders
        es	organigrama real frente al oficial	social network analysis informal structure
        es	flujo de información entre sedes	knowledge network information flow
        es	grafo de relaciones	network graph visualisation
        es	dónde se va el tiempo	process improvement lead time
        es	tiempo entre pedido y envío	process improvement lead time
        es	dónde está el cuello de botella	bottleneck analysis process
        es	demasiados traspasos entre equipos	handovers process mapping lean
        es	siempre esperando aprobación	approval process bottleneck
        es	mapear el proceso completo	process mapping end to end
        es	mapa de flujo de valor	value stream mapping lean
        es	eliminar desperdicios	waste elimination lean
        es	análisis de causa raíz	root cause analysis
        es	los cinco porqués	root cause analysis five whys
        es	reducir tiempos de espera	waiting time waste lean
        es	cultura de mejora continua	continuous improvement kaizen
        es	aplicar metodología lean	lean process improvement
        es	pasos que se hacen dos veces	duplicate work waste lean
        es	por qué los usuarios se atascan	ux research usability
        es	observar a los usuarios	usability testing observation
        es	hacer pruebas de usabilidad	usability testing ux research
        es	crear arquetipos de usuario	personas ux research
        es	mapa del customer journey	customer journey mapping
        es	dónde abandonan los usuarios	usability drop-off ux research
        es	probar el prototipo con usuarios	prototype testing usability
        es	qué necesitan realmente los usuarios	user needs ux research
        es	nadie usa la nueva función	feature adoption ux research
        es	puntos de dolor del cliente	pain points user research
        es	investigación de usuarios	ux research usability
        es	sensores en las máquinas	iot sensors telemetry
        es	datos de sensores en tiempo real	iot sensor data real-time
        es	localizar los palés	asset tracking iot
        es	rastreadores gps en vehículos	gps tracking telematics iot
        es	monitorizar la temperatura a distancia	iot remote tracking sensors
        es	datos de telemetría	telemetry iot data
        es	nivel de llenado de contenedores	iot fill level sensors
        es	mantenimiento predictivo con sensores	predictive maintenance iot sensors
        es	sensores de ocupación en salas	occupancy sensing iot
        es	medir la calidad del aire	air quality sensors iot
        es	contadores inteligentes	smart metering iot energy
        es	gemelo digital	digital twin iot
        es	volver a teclear los mismos datos	automation manual data entry
        es	copiar y pegar entre hojas	spreadsheet automation scripting
        es	tareas repetitivas cada semana	automation repetitive tasks
        es	automatizar el informe mensual	report automation scripting
        es	hacer un script para esto	scripting automation
        es	renombrar archivos en lote	batch file processing scripting
        es	macro en la hoja de cálculo	spreadsheet macros vba automation
        es	dejar de hacerlo a mano	automation manual work
        es	mismos clics una y otra vez	automation repetitive tasks
        es	tarea programada nocturna	scheduled jobs automation
        es	automatización robótica de procesos	rpa robotic process automation
        es	cuadrar dos listas automáticamente	data reconciliation automation
        es	script en python	python scripting automation
        es	combinar correspondencia desde una lista	document generation mail merge
        es	ahorrar horas cada semana	automation time saving productivity
        es	qué licencia elegir	open source licensing
        es	podemos usar esta librería	open source licence compliance
        es	contribuir al proyecto	open source contribution
        es	gpl o mit	open source licences gpl mit
        es	pasarnos a software libre	open source software adoption
        es	liberar como código abierto	open source publishing code
        es	dinero público código público	public code open source
        es	obligaciones del copyleft	copyleft obligations licensing
        es	alternativa de código abierto	open source software alternatives
        es	enviar un pull request	open source contribution pull request
        es	sacar partido a los datos	data analytics insights
        es	encontrar patrones en los datos	data mining pattern analysis
        es	limpiar los datos	data cleaning preparation
        es	segmentar clientes	customer segmentation clustering
        es	cruzar varias fuentes de datos	data integration analytics
        es	análisis exploratorio de datos	exploratory data analysis
        es	decisiones basadas en datos	data-driven decision making
        es	analizar resultados de la encuesta	survey data analysis
        es	necesitamos un científico de datos	data science analytics
        es	problemas de calidad de datos	data quality analytics
        es	extraer datos de documentos	nlp information extraction
        es	clasificar texto libre	text classification nlp
        es	sentimiento de los comentarios	sentiment analysis nlp
        es	de qué se queja la gente	text mining topic modelling
        es	analizar respuestas abiertas	text analysis open-ended responses
        es	detectar temas en los comentarios	topic modelling text mining
        es	resumir documentos largos	text summarisation nlp
        es	leer documentos escaneados con ocr	ocr document processing
        es	clasificar solicitudes entrantes	text classification routing
        es	anonimizar nombres en textos	text anonymisation nlp
        es	búsqueda semántica en documentos	semantic search nlp
        es	cuánto necesitaremos el mes que viene	forecasting demand planning
        es	planificar el inventario	inventory planning demand forecasting
        es	estacionalidad de los pedidos	seasonality time series forecasting
        es	modelo de series temporales	time series forecasting
        es	prever la plantilla necesaria	workforce planning forecasting
        es	y si se duplica la demanda	scenario analysis forecasting
        es	precisión del pronóstico	forecast accuracy evaluation
        es	prever volumen de llamadas	volume forecasting capacity planning
        es	calcular el stock de seguridad	safety stock inventory planning
        es	evitar roturas de stock	stock-outs demand planning
        es	indicadores de un vistazo	kpi dashboard reporting
        es	cuadro de mando para dirección	management reporting dashboard
        es	informe mensual para el comité	board reporting kpi
        es	definir los kpi	kpi definition performance measurement
        es	automatizar los informes	report automation dashboards
        es	seguimiento de indicadores clave	kpi tracking performance reporting
        es	previsto frente a real	target versus actual reporting
        es	panel en tiempo real	real-time dashboards kpi
        es	demasiados informes que nadie lee	reporting rationalisation
        es	una sola versión de los datos	reporting single source of truth
        es	semáforo de proyectos	rag status kpi dashboard
        es	informes de autoservicio	self-service bi reporting
        es	predecir qué clientes se van	machine learning churn prediction
        es	detectar transacciones sospechosas	fraud detection machine learning
        es	anticipar fallos en maquinaria	predictive maintenance machine learning
        es	etiquetar datos de entrenamiento	data labelling machine learning
        es	inteligencia artificial con nuestros datos	artificial intelligence machine learning
        es	precisión del modelo	model evaluation accuracy
        es	explicar las decisiones del modelo	explainable ai machine learning
        es	proyecto de aprendizaje automático	machine learning predictive modelling
        es	unir dos tablas	sql joins databases
        es	diseñar el modelo de datos	data modelling database design
        es	escribir una consulta sql	sql queries database
        es	acelerar las consultas	sql query optimisation
        es	montar una base de datos relacional	spreadsheets to database migration
        es	limpiar registros duplicados	database deduplication master data
        es	claves primarias y foráneas	relational database keys
        es	diagrama entidad relación	er diagram data model
        es	crear un almacén de datos	data warehouse database
        es	montar un proceso etl	etl data integration
        es	gestión de datos maestros	master data management
        es	grabar un vídeo de formación	e-learning training videos
        es	vídeos cortos explicativos	training videos microlearning
        es	curso en línea para nuevos empleados	e-learning onboarding course
        es	cuestionario tras la formación	e-learning assessment quiz
        es	formación obligatoria en línea	compliance e-learning mandatory training
        es	cápsulas formativas	training videos microlearning
        es	diseño instruccional	instructional design e-learning
        es	quién ha completado el curso	training completion tracking lms
        es	paquete scorm	scorm e-learning standards
        es	grabar un tutorial	screencast training video
        es	formación a distancia	distance learning e-learning
        es	itinerario formativo	learning path training
        es	privacidad desde el diseño	privacy by design
        es	modelado de amenazas	threat modelling security
        es	gestión de permisos por roles	identity access management roles
        es	principio de mínimo privilegio	least privilege access control
        es	cifrar datos sensibles	encryption data security
        es	revisión de arquitectura de seguridad	security architecture review
        es	modelo de confianza cero	zero trust security architecture
        es	minimización de datos	data minimisation privacy by design
        es	ponerlo en un mapa	gis mapping
        es	mapa de nuestras sedes	gis mapping locations
        es	geocodificar direcciones	geocoding addresses gis
        es	mapa de calor de incidencias	spatial analysis heat map
        es	distancia a la sede más cercana	spatial analysis proximity
        es	dónde están nuestros clientes	geospatial analysis customers
        es	analizar datos geoespaciales	geospatial data gis
        es	mapa de isócronas	isochrones travel time gis
        es	imágenes de satélite	remote sensing satellite imagery
        es	superponer capas del mapa	gis map layers overlay
        es	mapa interactivo	interactive web mapping
        es	aprender de los incidentes	incident learning quality improvement
        es	notificar casi accidentes	near miss reporting
        es	indicadores de calidad	quality indicators measurement
        es	ciclo pdca de mejora	pdca quality improvement cycle
        es	siempre los mismos errores	incident learning recurring errors
        es	gráfico de control	statistical process control chart
        es	reducir la tasa de errores	error reduction quality improvement
        es	análisis de reclamaciones	complaints analysis quality
        es	recoger lecciones aprendidas	lessons learned incident learning
        es	seguimiento de acciones correctivas	corrective preventive actions capa
        es	norma iso 9001	iso 9001 quality management
        es	esto cumple con el rgpd	gdpr data protection compliance
        es	pedir consentimiento informado	consent gdpr
        es	plazo de conservación de datos	data retention gdpr
        es	tratar datos personales	personal data gdpr
        es	evaluación de impacto de privacidad	dpia data protection impact assessment
        es	solicitud de derecho de acceso	subject access request gdpr
        es	anonimizar antes de compartir	anonymisation data protection
        es	registro de actividades de tratamiento	records of processing gdpr
        es	retirar el consentimiento	consent withdrawal gdpr
        es	publicar fotos de empleados	image consent data protection
        es	notificar una brecha de datos	data breach notification gdpr
        es	base jurídica del tratamiento	lawful basis gdpr
        es	sesión de lluvia de ideas	brainstorming ideation session
        es	generar ideas en equipo	ideation brainstorming
        es	taller de design thinking	design thinking innovation
        es	organizar un hackathon	hackathon innovation
        es	laboratorio de innovación	innovation lab
        es	priorizar ideas	idea prioritisation innovation
        es	sprint de diseño	design sprint innovation
        es	cocrear con los usuarios	co-creation design thinking
        es	probar una idea rápido	experimentation lean startup
        es	técnicas de creatividad	creativity methods facilitation
        es	optimizar rutas de reparto	route optimisation delivery
        es	la ruta más corta	shortest route optimisation
        es	menos kilómetros recorridos	route optimisation mileage
        es	ventanas horarias de entrega	vehicle routing time windows
        es	organizar visitas a domicilio	field service route scheduling
        es	ahorrar combustible	route optimisation fuel costs
        es	gestión de flota	fleet management routing
        es	reparto de última milla	last mile delivery routing
        es	problema del viajante	travelling salesman problem optimisation
        es	calcular la huella de carbono	carbon footprint emissions
        es	medir nuestras emisiones	carbon accounting emissions
        es	emisiones de alcance 3	scope 3 emissions
        es	co2 por envío	carbon emissions logistics
        es	consumo energético de edificios	energy consumption sustainability
        es	recopilar datos esg	esg data reporting
        es	objetivo cero emisiones netas	net zero carbon targets
        es	factores de emisión	emission factors carbon accounting
        es	informe csrd	csrd sustainability reporting
        es	análisis de ciclo de vida	life cycle assessment
        es	emisiones de viajes de trabajo	business travel emissions
        es	reproducir los resultados	reproducibility research software
        es	repetir el análisis más adelante	reproducible analysis
        es	control de versiones del análisis	version control reproducibility
        es	compartir datos y código	open science data code sharing
        es	fijar versiones de paquetes	dependency management reproducibility
        es	datos según principios fair	fair data principles
        es	citar el software	software citation research
        es	doi para el conjunto de datos	persistent identifiers doi datasets
        es	prácticas de ciencia abierta	open science reproducibility
        es	pruebas para código científico	software testing research code
        es	redactar un cuestionario	questionnaire design survey
        es	formular bien las preguntas	question wording survey design
        es	evitar preguntas tendenciosas	leading questions bias
        es	encuesta demasiado larga	survey length respondent burden
        es	probar el cuestionario antes	questionnaire pretesting
        es	preguntas abiertas o cerradas	open closed questions survey
        es	encuesta de clima laboral	employee survey design
        es	encuesta anónima	anonymous survey design
        es	orden de las preguntas	question order effects
        es	qué gráfico usar	chart selection data visualisation
        es	gráfico demasiado cargado	chart design decluttering
        es	hacer el gráfico más claro	data visualisation chart design
        es	gráfico de tarta o barras	chart types visualisation
        es	paleta de colores para gráficos	colour palette charts
        es	colores aptos para daltónicos	colour-blind accessible visualisation
        es	hacer una infografía	infographics visualisation
        es	contar historias con datos	data storytelling
        es	eje que no empieza en cero	misleading axis chart design
        es	visualización interactiva	interactive visualisation
        es	diagrama de sankey	sankey diagram visualisation
        es	informar a las partes interesadas	stakeholder communication project management
        es	informe de estado del proyecto	project status reporting
        es	hacer el plan del proyecto	project planning schedule
        es	hitos que se retrasan	project milestones schedule
        es	registro de riesgos	project risk register
        es	mapa de partes interesadas	stakeholder mapping analysis
        es	matriz raci	raci matrix responsibilities
        es	el alcance no para de crecer	scope creep project management
        es	ágil o en cascada	agile waterfall project methodology
        es	preparar el comité de seguimiento	project steering committee governance
        es	solicitud de cambio	change request project control
        es	accesible para personas ciegas	accessibility screen readers
        es	compatible con lector de pantalla	screen reader accessibility
        es	contraste de colores	colour contrast accessibility
        es	subtítulos en los vídeos	captions subtitles accessibility
        es	texto alternativo en imágenes	alt text accessibility
        es	documentos accesibles	accessible documents
        es	versión en lectura fácil	easy read plain language
        es	intérprete de lengua de signos	sign language accessibility
        es	compañeros con discapacidad visual	low vision accessibility
        es	auditoría de accesibilidad	accessibility audit wcag
        es	cumplir pautas wcag	wcag accessibility guidelines
        es	declaración de accesibilidad	accessibility statement compliance
        es	crear una app sin programar	citizen development low-code
        es	plataforma low-code	low-code platform
        es	herramienta no-code	no-code development
        es	digitalizar un formulario en papel	digital forms low-code
        es	de hoja de cálculo a app	low-code app spreadsheet replacement
        es	flujo de aprobación sin código	low-code workflow approvals
        es	desarrollador ciudadano	citizen development low-code
        es	lista de control digital	digital checklist low-code
        es	app para técnicos de campo	low-code mobile field app
        es	crear apps arrastrando y soltando	drag and drop low-code
        es	gobierno del low-code	low-code governance
        es	pequeña herramienta interna	low-code internal tools
        es	elegir proveedor de nube	cloud provider selection
        es	reducir costes de la nube	cloud cost optimisation finops
        es	infraestructura como código	infrastructure as code
        es	escalado automático	autoscaling cloud architecture
        es	alta disponibilidad	high availability architecture
        es	nube híbrida	hybrid cloud architecture
        es	arquitectura de microservicios	microservices architecture
        es	nube soberana	sovereign cloud
        es	datos alojados en la ue	cloud data residency sovereignty
        es	contenedores y orquestación	containers orchestration cloud
        es	arquitectura nativa en la nube	cloud native architecture
        es	desarrollo front-end	web development frontend
        es	diseño responsive	responsive web design
        es	html y css	html css web development
        es	react o vue	frontend frameworks react vue
        es	crear una api rest	rest api development
        es	diseñar una api	api design web development
        es	desarrollar una aplicación web	web application development
        es	mejorar la velocidad de carga	web performance page speed
        es	posicionamiento seo	search engine optimisation
        es	desarrollador javascript	javascript web development
        es	aplicación web progresiva	progressive web app
        es	maquetación css	css layout web design
        nl	is dit echt of toeval	statistical significance hypothesis test
        nl	is de daling significant	statistical significance hypothesis test
        nl	puur toeval of trend	statistical significance random variation
        nl	is het verschil significant	p-value statistical significance
        nl	twee groepen eerlijk vergelijken	hypothesis test group comparison
        nl	twee vestigingen eerlijk vergelijken	hypothesis test group comparison
        nl	voor en na de verandering	before after comparison hypothesis test
        nl	wat betekent de p-waarde	p-value statistical significance
        nl	betrouwbaarheidsinterval berekenen	confidence interval statistics
        nl	welke statistische toets gebruiken	statistical test selection
        nl	correlatie of causaliteit	correlation causation statistics
        nl	uitschieters vertekenen het gemiddelde	outliers robust statistics
        nl	uitslag van de a/b-test	a/b test statistical significance
        nl	ruis of echt signaal	statistical significance signal noise
        nl	chikwadraat of t-toets	chi-square t-test statistics
        nl	hoeveel mensen moeten we ondervragen	sample size survey sampling
        nl	steekproefgrootte berekenen	sample size calculation
        nl	zijn 200 reacties genoeg	statistical power sample size
        nl	representatieve steekproef trekken	representative sample sampling
        nl	willekeurige steekproef van klanten	random sampling selection
        nl	responspercentage te laag	survey response rate nonresponse
        nl	alleen de ontevredenen reageren	nonresponse bias sampling
        nl	gestratificeerde steekproef	stratified sampling sample size
        nl	antwoorden herwegen	survey weighting sampling
        nl	hoeveel interviews zijn genoeg	sample size qualitative saturation
        nl	foutmarge bij 300 respondenten	sample size margin of error
        nl	onderscheidend vermogen berekenen	statistical power sample size
        nl	te weinig respondenten per afdeling	subgroup sample size
        nl	steekproef of iedereen vragen	census versus sampling
        nl	steekproefcontrole van facturen	audit sampling sample size
        nl	bij wie gaat iedereen langs	informal influencers network analysis
        nl	informele beïnvloeders vinden	informal influencers network analysis
        nl	informele netwerken in kaart brengen	social network analysis informal structure
        nl	bruggenbouwers tussen teams	network brokers boundary spanners
        nl	afdelingen praten niet met elkaar	silos collaboration network
        nl	eilandjescultuur doorbreken	silos collaboration network
        nl	netwerkanalyse van de organisatie	organisational network analysis
        nl	sleutelfiguren in het netwerk	network centrality key people
        nl	wie vraagt wie om advies	advice network analysis
        nl	ambassadeurs voor de verandering	informal influencers change agents
        nl	het informele organogram	social network analysis informal structure
        nl	kennisdeling tussen locaties	knowledge network information flow
        nl	relatienetwerk visualiseren	network graph visualisation
        nl	waar blijft de tijd	process improvement lead time
        nl	tijd tussen bestelling en verzending	process improvement lead time
        nl	waar zit de bottleneck	bottleneck analysis process
        nl	wachten op goedkeuring	approval process bottleneck
        nl	value stream map maken	value stream mapping lean
        nl	verspilling elimineren	waste elimination lean
        nl	oorzaakanalyse van vertragingen	root cause analysis
        nl	vijf keer waarom	root cause analysis five whys
        nl	doorlooptijd verkorten	lead time reduction lean
        nl	continu verbeteren	continuous improvement kaizen
        nl	lean werken op kantoor	lean process improvement
        nl	dubbele handelingen schrappen	duplicate work waste lean
        nl	wachttijden tussen stappen	waiting time waste lean
        nl	waarom lopen gebruikers vast	ux research usability
        nl	gebruikers observeren tijdens gebruik	usability testing observation
        nl	een gebruikerstest organiseren	usability testing ux research
        nl	persona's opstellen	personas ux research
        nl	waar haken gebruikers af	usability drop-off ux research
        nl	prototype testen met gebruikers	prototype testing usability
        nl	wat hebben gebruikers echt nodig	user needs ux research
        nl	niemand gebruikt de nieuwe functie	feature adoption ux research
        nl	knelpunten van klanten	pain points user research
        nl	gebruikersonderzoek doen	ux research usability
        nl	sensoren op de machines	iot sensors telemetry
        nl	sensordata in realtime	iot sensor data real-time
        nl	pallets volgen in het magazijn	asset tracking iot
        nl	gps-trackers in voertuigen	gps tracking telematics iot
        nl	temperatuur op afstand monitoren	iot remote tracking sensors
        nl	telemetriegegevens analyseren	telemetry iot data
        nl	vulgraad van containers meten	iot fill level sensors
        nl	voorspellend onderhoud met sensoren	predictive maintenance iot sensors
        nl	bezettingssensoren in vergaderruimtes	occupancy sensing iot
        nl	slimme meters uitlezen	smart metering iot energy
        nl	digitale tweeling	digital twin iot
        nl	steeds dezelfde cijfers overtypen	automation manual data entry
        nl	knippen en plakken tussen sheets	spreadsheet automation scripting
        nl	elke week hetzelfde handwerk	automation repetitive tasks
        nl	maandrapportage automatiseren	report automation scripting
        nl	scriptje voor terugkerend werk	scripting automation
        nl	bestanden massaal hernoemen	batch file processing scripting
        nl	macro in de spreadsheet	spreadsheet macros vba automation
        nl	dit niet meer handmatig doen	automation manual work
        nl	geplande taak elke nacht	scheduled jobs automation
        nl	robotic process automation	rpa robotic process automation
        nl	formulieren automatisch invullen	form filling automation rpa
        nl	twee lijsten automatisch vergelijken	data reconciliation automation
        nl	python-script voor dit werk	python scripting automation
        nl	uren per week besparen	automation time saving productivity
        nl	welke licentie kiezen	open source licensing
        nl	mogen we deze bibliotheek gebruiken	open source licence compliance
        nl	bijdragen aan het project	open source contribution
        nl	gpl of mit	open source licences gpl mit
        nl	open source software gebruiken	open source software adoption
        nl	publiek geld publieke code	public code open source
        nl	copyleft verplichtingen	copyleft obligations licensing
        nl	commercieel gebruik toegestaan	open source licence commercial use
        nl	open source alternatief	open source software alternatives
        nl	pull request indienen	open source contribution pull request
        nl	broncode publiceren	open source publishing code
        nl	meer halen uit onze data	data analytics insights
        nl	patronen in de data vinden	data mining pattern analysis
        nl	wat zegt de data	data analytics insights
        nl	klanten segmenteren	customer segmentation clustering
        nl	databronnen aan elkaar koppelen	data integration analytics
        nl	verkennende data-analyse	exploratory data analysis
        nl	datagedreven beslissen	data-driven decision making
        nl	enquêteresultaten analyseren	survey data analysis
        nl	data scientist nodig	data science analytics
        nl	datakwaliteit verbeteren	data quality analytics
        nl	gegevens uit documenten halen	nlp information extraction
        nl	vrije tekst classificeren	text classification nlp
        nl	sentiment van reacties	sentiment analysis nlp
        nl	waar klagen mensen over	text mining topic modelling
        nl	open antwoorden analyseren	text analysis open-ended responses
        nl	thema's in opmerkingen vinden	topic modelling text mining
        nl	lange documenten samenvatten	text summarisation nlp
        nl	gescande formulieren uitlezen	ocr document processing
        nl	binnenkomende vragen automatisch sorteren	text classification routing
        nl	namen in tekst anonimiseren	text anonymisation nlp
        nl	vergelijkbare dossiers vinden	text similarity semantic search
        nl	hoeveel hebben we volgende maand nodig	forecasting demand planning
        nl	de vraag voorspellen	demand forecasting
        nl	verkoopprognose maken	sales forecasting
        nl	voorraad plannen	inventory planning demand forecasting
        nl	seizoenspatroon in bestellingen	seasonality time series forecasting
        nl	tijdreeksen voorspellen	time series forecasting
        nl	personeelsbehoefte voorspellen	workforce planning forecasting
        nl	wat als de vraag verdubbelt	scenario analysis forecasting
        nl	nauwkeurigheid van de prognose	forecast accuracy evaluation
        nl	belvolume voorspellen	volume forecasting capacity planning
        nl	veiligheidsvoorraad berekenen	safety stock inventory planning
        nl	kpi's in één oogopslag	kpi dashboard reporting
        nl	dashboard voor het management	management reporting dashboard
        nl	maandrapportage voor de directie	board reporting kpi
        nl	juiste kpi's bepalen	kpi definition performance measurement
        nl	rapportages automatiseren	report automation dashboards
        nl	stuurinformatie verbeteren	management information reporting
        nl	begroting versus realisatie	target versus actual reporting
        nl	realtime dashboard	real-time dashboards kpi
        nl	te veel rapportages	reporting rationalisation
        nl	één versie van de cijfers	reporting single source of truth
        nl	stoplichtrapportage voor projecten	rag status kpi dashboard
        nl	self-service rapportage	self-service bi reporting
        nl	een model trainen	machine learning model training
        nl	voorspellen wie opzegt	machine learning churn prediction
        nl	verdachte transacties opsporen	fraud detection machine learning
        nl	afbeeldingen classificeren	image classification machine learning
        nl	uitval van machines voorspellen	predictive maintenance machine learning
        nl	trainingsdata labelen	data labelling machine learning
        nl	ai op onze data	artificial intelligence machine learning
        nl	nauwkeurigheid van het model	model evaluation accuracy
        nl	beslissingen van het model uitleggen	explainable ai machine learning
        nl	machine learning toepassen	machine learning predictive modelling
        nl	twee tabellen koppelen	sql joins databases
        nl	datamodel ontwerpen	data modelling database design
        nl	sql-query schrijven	sql queries database
        nl	queries sneller maken	sql query optimisation
        nl	van spreadsheets naar database	spreadsheets to database migration
        nl	dubbele records opschonen	database deduplication master data
        nl	primaire en vreemde sleutels	relational database keys
        nl	erd tekenen	er diagram data model
        nl	datawarehouse bouwen	data warehouse database
        nl	etl-proces opzetten	etl data integration
        nl	stamgegevens beheren	master data management
        nl	instructievideo maken	e-learning training videos
        nl	korte uitlegvideo's	training videos microlearning
        nl	online cursus voor nieuwe collega's	e-learning onboarding course
        nl	quiz na de training	e-learning assessment quiz
        nl	verplichte e-learning	compliance e-learning mandatory training
        nl	e-learningmodule bouwen	e-learning interactive module
        nl	didactisch ontwerp	instructional design e-learning
        nl	bijhouden wie de training volgde	training completion tracking lms
        nl	scorm-pakket maken	scorm e-learning standards
        nl	tutorial opnemen	screencast training video
        nl	leren op afstand	distance learning e-learning
        nl	leerpad voor nieuwe medewerkers	learning path training
        nl	privacy by design toepassen	privacy by design
        nl	security by design	security by design architecture
        nl	dreigingsmodel opstellen	threat modelling security
        nl	rollen en rechten	identity access management roles
        nl	principe van minimale rechten	least privilege access control
        nl	gevoelige gegevens versleutelen	encryption data security
        nl	beveiligingsarchitectuur beoordelen	security architecture review
        nl	pentest laten doen	penetration testing security
        nl	zero trust aanpak	zero trust security architecture
        nl	dataminimalisatie toepassen	data minimisation privacy by design
        nl	op een kaart zetten	gis mapping
        nl	onze locaties op de kaart	gis mapping locations
        nl	adressen geocoderen	geocoding addresses gis
        nl	verzorgingsgebied bepalen	catchment analysis gis
        nl	heatmap van incidenten	spatial analysis heat map
        nl	afstand tot dichtstbijzijnde vestiging	spatial analysis proximity
        nl	waar zitten onze klanten	geospatial analysis customers
        nl	geodata analyseren	geospatial data gis
        nl	bereikbaarheid binnen 15 minuten	isochrones travel time gis
        nl	satellietbeelden analyseren	remote sensing satellite imagery
        nl	kaartlagen combineren	gis map layers overlay
        nl	postcodes op de kaart	geocoding addresses gis
        nl	bijna-incidenten melden	near miss reporting
        nl	kwaliteitsindicatoren meten	quality indicators measurement
        nl	pdca-cyclus doorlopen	pdca quality improvement cycle
        nl	steeds dezelfde fouten	incident learning recurring errors
        nl	regelkaart maken	statistical process control chart
        nl	fouten terugdringen	error reduction quality improvement
        nl	klachten analyseren	complaints analysis quality
        nl	lessen trekken uit incidenten	lessons learned incident learning
        nl	verbeteracties opvolgen	corrective preventive actions capa
        nl	iso 9001 certificering	iso 9001 quality management
        nl	calamiteiten analyseren	adverse events patient safety
        nl	mag dit onder de avg	gdpr data protection compliance
        nl	hoe lang mogen we bewaren	data retention gdpr
        nl	persoonsgegevens verwerken	personal data gdpr
        nl	dpia uitvoeren	dpia data protection impact assessment
        nl	inzageverzoek afhandelen	subject access request gdpr
        nl	recht op vergetelheid	right to erasure gdpr
        nl	anonimiseren voor delen	anonymisation data protection
        nl	verwerkingsregister bijhouden	records of processing gdpr
        nl	toestemming intrekken	consent withdrawal gdpr
        nl	foto's van medewerkers plaatsen	image consent data protection
        nl	grondslag voor verwerking	lawful basis gdpr
        nl	workshop begeleiden	workshop facilitation
        nl	brainstormsessie organiseren	brainstorming ideation session
        nl	design thinking sessie	design thinking innovation
        nl	hackathon organiseren	hackathon innovation
        nl	innovatielab opzetten	innovation lab
        nl	ideeën prioriteren	idea prioritisation innovation
        nl	design sprint doen	design sprint innovation
        nl	samen met klanten ontwerpen	co-creation design thinking
        nl	idee snel testen	experimentation lean startup
        nl	creatieve werkvormen	creativity methods facilitation
        nl	routes optimaliseren	route optimisation delivery
        nl	bezorgroutes plannen	route planning logistics
        nl	kortste route langs alle adressen	shortest route optimisation
        nl	minder kilometers rijden	route optimisation mileage
        nl	tijdvensters voor levering	vehicle routing time windows
        nl	huisbezoeken inplannen	field service route scheduling
        nl	brandstof besparen	route optimisation fuel costs
        nl	wagenpark slim inzetten	fleet management routing
        nl	bezorging laatste kilometer	last mile delivery routing
        nl	probleem van de handelsreiziger	travelling salesman problem optimisation
        nl	co2-voetafdruk berekenen	carbon footprint emissions
        nl	onze uitstoot meten	carbon accounting emissions
        nl	scope 3 uitstoot	scope 3 emissions
        nl	co2 per levering	carbon emissions logistics
        nl	energieverbruik van gebouwen	energy consumption sustainability
        nl	duurzaamheidsverslag opstellen	sustainability reporting esg
        nl	esg-gegevens verzamelen	esg data reporting
        nl	netto nul doel	net zero carbon targets
        nl	emissiefactoren opzoeken	emission factors carbon accounting
        nl	csrd rapportage	csrd sustainability reporting
        nl	levenscyclusanalyse uitvoeren	life cycle assessment
        nl	uitstoot van zakenreizen	business travel emissions
        nl	resultaten reproduceren	reproducibility research software
        nl	analyse later opnieuw draaien	reproducible analysis
        nl	versiebeheer voor analyses	version control reproducibility
        nl	onderzoekssoftware ontwikkelen	research software engineering
        nl	data en code delen	open science data code sharing
        nl	pakketversies vastzetten	dependency management reproducibility
        nl	data fair maken	fair data principles
        nl	datamanagementplan schrijven	research data management plan
        nl	software citeren	software citation research
        nl	doi voor dataset	persistent identifiers doi datasets
        nl	open science werkwijze	open science reproducibility
        nl	tests voor onderzoekscode	software testing research code
        nl	goede enquêtevragen formuleren	question wording survey design
        nl	sturende vragen vermijden	leading questions bias
        nl	likertschaal gebruiken	likert scale survey design
        nl	enquête is veel te lang	survey length respondent burden
        nl	vragenlijst vooraf testen	questionnaire pretesting
        nl	open of gesloten vragen	open closed questions survey
        nl	medewerkersonderzoek opzetten	employee survey design
        nl	klanttevredenheid meten met enquête	customer satisfaction survey
        nl	schaal van 1 tot 5	rating scales survey design
        nl	anonieme enquête	anonymous survey design
        nl	volgorde van vragen	question order effects
        nl	welke grafiek kiezen	chart selection data visualisation
        nl	grafiek is te druk	chart design decluttering
        nl	grafiek duidelijker maken	data visualisation chart design
        nl	taartdiagram of staafdiagram	chart types visualisation
        nl	kleurenpalet voor grafieken	colour palette charts
        nl	kleurenblind-vriendelijke kleuren	colour-blind accessible visualisation
        nl	infographic maken	infographics visualisation
        nl	verhaal vertellen met data	data storytelling
        nl	misleidende as	misleading axis chart design
        nl	interactieve visualisatie	interactive visualisation
        nl	sankey diagram maken	sankey diagram visualisation
        nl	stakeholders op de hoogte houden	stakeholder communication project management
        nl	voortgangsrapportage voor de stuurgroep	project status reporting
        nl	gantt chart maken	gantt chart project scheduling
        nl	mijlpalen schuiven op	project milestones schedule
        nl	risicologboek bijhouden	project risk register
        nl	stakeholders in kaart brengen	stakeholder mapping analysis
        nl	raci matrix opstellen	raci matrix responsibilities
        nl	scope blijft groeien	scope creep project management
        nl	agile of waterval	agile waterfall project methodology
        nl	stuurgroep voorbereiden	project steering committee governance
        nl	wijzigingsverzoek indienen	change request project control
        nl	toegankelijk voor blinden	accessibility screen readers
        nl	geschikt voor schermlezers	screen reader accessibility
        nl	kleurcontrast controleren	colour contrast accessibility
        nl	alt-teksten bij afbeeldingen	alt text accessibility
        nl	toegankelijke documenten	accessible documents
        nl	toegankelijke pdf maken	pdf accessibility
        nl	in eenvoudige taal schrijven	plain language accessibility
        nl	schrijven op b1-niveau	plain language accessibility
        nl	gebarentolk regelen	sign language accessibility
        nl	slechtziende collega's	low vision accessibility
        nl	toegankelijkheidsverklaring opstellen	accessibility statement compliance
        nl	voldoen aan wcag richtlijnen	wcag accessibility guidelines
        nl	app bouwen zonder programmeren	citizen development low-code
        nl	low-code platform	low-code platform
        nl	no-code tool	no-code development
        nl	papieren formulier digitaliseren	digital forms low-code
        nl	spreadsheet vervangen door app	low-code app spreadsheet replacement
        nl	goedkeuringsflow zonder code	low-code workflow approvals
        nl	citizen developers inzetten	citizen development low-code
        nl	digitale checklist	digital checklist low-code
        nl	app voor buitendienst	low-code mobile field app
        nl	governance van low-code	low-code governance
        nl	klein intern tooltje	low-code internal tools
        nl	naar de cloud migreren	cloud migration
        nl	cloudleverancier kiezen	cloud provider selection
        nl	cloudkosten verlagen	cloud cost optimisation finops
        nl	automatisch opschalen	autoscaling cloud architecture
        nl	hoge beschikbaarheid	high availability architecture
        nl	hybride cloud	hybrid cloud architecture
        nl	microservices architectuur	microservices architecture
        nl	soevereine cloud	sovereign cloud
        nl	data binnen europa houden	cloud data residency sovereignty
        nl	containers en orkestratie	containers orchestration cloud
        nl	cloudarchitectuur ontwerpen	cloud architecture design
        nl	frontend ontwikkelen	web development frontend
        nl	responsive ontwerp	responsive web design
        nl	html en css	html css web development
        nl	react of vue	frontend frameworks react vue
        nl	rest api bouwen	rest api development
        nl	api ontwerpen	api design web development
        nl	webapplicatie bouwen	web application development
        nl	laadtijd verbeteren	web performance page speed
        nl	vindbaarheid in zoekmachines	search engine optimisation
        nl	javascript ontwikkelaar	javascript web development
        nl	css lay-out	css layout web design
        it	calo reale o solo fortuna	statistical significance hypothesis test
        it	è statisticamente significativo	statistical significance hypothesis test
        it	la differenza è significativa	p-value statistical significance
        it	confrontare due gruppi correttamente	hypothesis test group comparison
        it	confrontare due magazzini in modo equo	hypothesis test group comparison
        it	prima e dopo il cambiamento	before after comparison hypothesis test
        it	cosa significa il p-value	p-value statistical significance
        it	quale test statistico usare	statistical test selection
        it	correlazione o causalità	correlation causation statistics
        it	valori anomali falsano la media	outliers robust statistics
        it	risultati del test a/b	a/b test statistical significance
        it	rumore o segnale vero	statistical significance signal noise
        it	test del chi quadrato	chi-square t-test statistics
        it	calcolare la dimensione del campione	sample size calculation
        it	bastano 200 risposte	statistical power sample size
        it	campionamento casuale	random sampling selection
        it	tasso di risposta basso	survey response rate nonresponse
        it	rispondono solo gli scontenti	nonresponse bias sampling
        it	campionamento stratificato	stratified sampling sample size
        it	ponderare le risposte	survey weighting sampling
        it	quante interviste bastano	sample size qualitative saturation
        it	margine di errore con 300 risposte	sample size margin of error
        it	calcolo della potenza statistica	statistical power sample size
        it	poche risposte per reparto	subgroup sample size
        it	campione o censimento	census versus sampling
        it	distorsione da autoselezione	self-selection bias sampling
        it	da chi vanno tutti	informal influencers network analysis
        it	influencer informali in azienda	informal influencers network analysis
        it	mappare le relazioni informali	social network analysis informal structure
        it	ponti tra i team	network brokers boundary spanners
        it	i reparti non si parlano	silos collaboration network
        it	abbattere i silos	silos collaboration network
        it	chi collabora con chi	collaboration network analysis
        it	analisi delle reti organizzative	organisational network analysis
        it	persone chiave nella rete	network centrality key people
        it	chi chiede consiglio a chi	advice network analysis
        it	ambasciatori del cambiamento	informal influencers change agents
        it	il vero organigramma informale	social network analysis informal structure
        it	flusso di informazioni tra sedi	knowledge network information flow
        it	grafo delle relazioni	network graph visualisation
        it	dove si perde il tempo	process improvement lead time
        it	tempo tra ordine e spedizione	process improvement lead time
        it	dov'è il collo di bottiglia	bottleneck analysis process
        it	troppi passaggi di consegne	handovers process mapping lean
        it	in attesa di approvazione	approval process bottleneck
        it	mappare il processo end-to-end	process mapping end to end
        it	fare una value stream map	value stream mapping lean
        it	eliminare gli sprechi	waste elimination lean
        it	analisi delle cause radice	root cause analysis
        it	i cinque perché	root cause analysis five whys
        it	ridurre i tempi di attraversamento	lead time reduction lean
        it	approccio lean in ufficio	lean process improvement
        it	eliminare attività duplicate	duplicate work waste lean
        it	tempi morti tra le fasi	waiting time waste lean
        it	perché gli utenti si bloccano	ux research usability
        it	osservare gli utenti	usability testing observation
        it	creare le personas	personas ux research
        it	mappare il customer journey	customer journey mapping
        it	dove abbandonano gli utenti	usability drop-off ux research
        it	testare il prototipo con utenti	prototype testing usability
        it	cosa serve davvero agli utenti	user needs ux research
        it	nessuno usa la nuova funzione	feature adoption ux research
        it	punti critici dei clienti	pain points user research
        it	ricerca con gli utenti	ux research usability
        it	sensori sulle macchine	iot sensors telemetry
        it	dati dei sensori in tempo reale	iot sensor data real-time
        it	tracciare i pallet	asset tracking iot
        it	localizzatori gps sui mezzi	gps tracking telematics iot
        it	monitorare la temperatura da remoto	iot remote tracking sensors
        it	dati di telemetria	telemetry iot data
        it	livello di riempimento dei cassonetti	iot fill level sensors
        it	manutenzione predittiva con sensori	predictive maintenance iot sensors
        it	sensori di presenza nelle sale	occupancy sensing iot
        it	misurare la qualità dell'aria	air quality sensors iot
        it	contatori intelligenti	smart metering iot energy
        it	gemello digitale	digital twin iot
        it	ridigitare sempre gli stessi numeri	automation manual data entry
        it	copia e incolla tra fogli	spreadsheet automation scripting
        it	stesse operazioni ogni settimana	automation repetitive tasks
        it	automatizzare il report mensile	report automation scripting
        it	scrivere uno script per questo	scripting automation
        it	rinominare file in blocco	batch file processing scripting
        it	macro nel foglio di calcolo	spreadsheet macros vba automation
        it	smettere di farlo a mano	automation manual work
        it	attività pianificata notturna	scheduled jobs automation
        it	automazione robotica dei processi	rpa robotic process automation
        it	compilare moduli automaticamente	form filling automation rpa
        it	riconciliare due elenchi in automatico	data reconciliation automation
        it	uno script python per questo	python scripting automation
        it	risparmiare ore ogni settimana	automation time saving productivity
        it	quale licenza scegliere	open source licensing
        it	possiamo usare questa libreria	open source licence compliance
        it	contribuire al progetto	open source contribution
        it	gpl o mit	open source licences gpl mit
        it	passare al software libero	open source software adoption
        it	rilasciare a codice aperto	open source publishing code
        it	riuso del software pubblico	public code open source
        it	obblighi del copyleft	copyleft obligations licensing
        it	alternativa open source	open source software alternatives
        it	aprire una pull request	open source contribution pull request
        it	far parlare i dati	data analytics insights
        it	trovare pattern nei dati	data mining pattern analysis
        it	cosa ci dicono i dati	data analytics insights
        it	pulire i dati	data cleaning preparation
        it	segmentare i clienti	customer segmentation clustering
        it	incrociare più fonti di dati	data integration analytics
        it	analisi esplorativa dei dati	exploratory data analysis
        it	decisioni basate sui dati	data-driven decision making
        it	analizzare i risultati del sondaggio	survey data analysis
        it	serve un data scientist	data science analytics
        it	problemi di qualità dei dati	data quality analytics
        it	estrarre dati dai documenti	nlp information extraction
        it	classificare testo libero	text classification nlp
        it	sentiment dei commenti	sentiment analysis nlp
        it	di cosa si lamentano i clienti	text mining topic modelling
        it	analizzare risposte aperte	text analysis open-ended responses
        it	temi nei commenti liberi	topic modelling text mining
        it	riassumere documenti lunghi	text summarisation nlp
        it	documenti scansionati con ocr	ocr document processing
        it	smistare le richieste in arrivo	text classification routing
        it	anonimizzare i nomi nei testi	text anonymisation nlp
        it	ricerca semantica nei documenti	semantic search nlp
        it	quanto servirà il mese prossimo	forecasting demand planning
        it	pianificare le scorte	inventory planning demand forecasting
        it	stagionalità degli ordini	seasonality time series forecasting
        it	modelli su serie storiche	time series forecasting
        it	prevedere il fabbisogno di personale	workforce planning forecasting
        it	se la domanda raddoppia	scenario analysis forecasting
        it	accuratezza delle previsioni	forecast accuracy evaluation
        it	prevedere il volume di chiamate	volume forecasting capacity planning
        it	calcolare la scorta di sicurezza	safety stock inventory planning
        it	evitare rotture di stock	stock-outs demand planning
        it	indicatori a colpo d'occhio	kpi dashboard reporting
        it	cruscotto per la direzione	management reporting dashboard
        it	report mensile per il consiglio	board reporting kpi
        it	definire i kpi giusti	kpi definition performance measurement
        it	automatizzare la reportistica	report automation dashboards
        it	monitorare gli indicatori chiave	kpi tracking performance reporting
        it	budget contro consuntivo	target versus actual reporting
        it	cruscotto in tempo reale	real-time dashboards kpi
        it	troppi report inutili	reporting rationalisation
        it	un'unica versione dei numeri	reporting single source of truth
        it	semaforo sui progetti	rag status kpi dashboard
        it	reportistica self-service	self-service bi reporting
        it	prevedere chi abbandona	machine learning churn prediction
        it	individuare transazioni sospette	fraud detection machine learning
        it	classificare immagini	image classification machine learning
        it	anticipare i fermi macchina	predictive maintenance machine learning
        it	etichettare i dati	data labelling machine learning
        it	intelligenza artificiale sui nostri dati	artificial intelligence machine learning
        it	accuratezza del modello	model evaluation accuracy
        it	spiegare le decisioni del modello	explainable ai machine learning
        it	progetto di apprendimento automatico	machine learning predictive modelling
        it	unire due tabelle	sql joins databases
        it	tutti i dati in un posto	data warehouse database
        it	progettare il modello dati	data modelling database design
        it	scrivere una query sql	sql queries database
        it	velocizzare le query	sql query optimisation
        it	dal foglio di calcolo al database	spreadsheets to database migration
        it	pulire i record duplicati	database deduplication master data
        it	chiavi primarie ed esterne	relational database keys
        it	diagramma entità relazione	er diagram data model
        it	costruire un data warehouse	data warehouse database
        it	processo etl	etl data integration
        it	gestione delle anagrafiche	master data management
        it	realizzare un video formativo	e-learning training videos
        it	brevi video tutorial	training videos microlearning
        it	corso online per neoassunti	e-learning onboarding course
        it	quiz dopo la formazione	e-learning assessment quiz
        it	formazione obbligatoria online	compliance e-learning mandatory training
        it	pillole formative	training videos microlearning
        it	progettazione didattica	instructional design e-learning
        it	chi ha completato il corso	training completion tracking lms
        it	pacchetto scorm	scorm e-learning standards
        it	registrare un tutorial	screencast training video
        it	formazione a distanza	distance learning e-learning
        it	percorso formativo	learning path training
        it	applicare la privacy by design	privacy by design
        it	modellazione delle minacce	threat modelling security
        it	principio del privilegio minimo	least privilege access control
        it	cifrare i dati sensibili	encryption data security
        it	revisione dell'architettura di sicurezza	security architecture review
        it	fare un penetration test	penetration testing security
        it	architettura zero trust	zero trust security architecture
        it	minimizzazione dei dati	data minimisation privacy by design
        it	metterlo su una mappa	gis mapping
        it	mappare le nostre sedi	gis mapping locations
        it	geocodificare gli indirizzi	geocoding addresses gis
        it	mappa di calore degli incidenti	spatial analysis heat map
        it	distanza dalla sede più vicina	spatial analysis proximity
        it	dove sono i nostri clienti	geospatial analysis customers
        it	analizzare dati geografici	geospatial data gis
        it	tempi di percorrenza isocrone	isochrones travel time gis
        it	immagini satellitari	remote sensing satellite imagery
        it	livelli della mappa	gis map layers overlay
        it	mappa interattiva	interactive web mapping
        it	imparare dagli incidenti	incident learning quality improvement
        it	segnalare i quasi incidenti	near miss reporting
        it	indicatori di qualità	quality indicators measurement
        it	ciclo pdca	pdca quality improvement cycle
        it	sempre gli stessi errori	incident learning recurring errors
        it	carta di controllo	statistical process control chart
        it	ridurre gli errori	error reduction quality improvement
        it	analisi dei reclami	complaints analysis quality
        it	lezioni apprese	lessons learned incident learning
        it	seguire le azioni correttive	corrective preventive actions capa
        it	certificazione iso 9001	iso 9001 quality management
        it	è conforme al gdpr	gdpr data protection compliance
        it	raccogliere il consenso	consent gdpr
        it	per quanto conservare i dati	data retention gdpr
        it	trattamento dei dati personali	personal data gdpr
        it	valutazione d'impatto dpia	dpia data protection impact assessment
        it	diritto all'oblio	right to erasure gdpr
        it	anonimizzare prima di condividere	anonymisation data protection
        it	registro dei trattamenti	records of processing gdpr
        it	revocare il consenso	consent withdrawal gdpr
        it	pubblicare foto dei dipendenti	image consent data protection
        it	notificare una violazione dei dati	data breach notification gdpr
        it	base giuridica del trattamento	lawful basis gdpr
        it	generare idee in gruppo	ideation brainstorming
        it	sessione di brainstorming	brainstorming ideation session
        it	workshop di design thinking	design thinking innovation
        it	organizzare un hackathon	hackathon innovation
        it	laboratorio di innovazione	innovation lab
        it	dare priorità alle idee	idea prioritisation innovation
        it	fare un design sprint	design sprint innovation
        it	co-progettare con gli utenti	co-creation design thinking
        it	testare un'idea velocemente	experimentation lean startup
        it	tecniche di creatività	creativity methods facilitation
        it	ottimizzare i percorsi di consegna	route optimisation delivery
        it	pianificare i giri dei mezzi	route planning logistics
        it	percorso più breve	shortest route optimisation
        it	meno chilometri percorsi	route optimisation mileage
        it	fasce orarie di consegna	vehicle routing time windows
        it	programmare le visite domiciliari	field service route scheduling
        it	gestione della flotta	fleet management routing
        it	consegne dell'ultimo miglio	last mile delivery routing
        it	problema del commesso viaggiatore	travelling salesman problem optimisation
        it	calcolare l'impronta di carbonio	carbon footprint emissions
        it	misurare le nostre emissioni	carbon accounting emissions
        it	emissioni scope 3	scope 3 emissions
        it	co2 per consegna	carbon emissions logistics
        it	consumi energetici degli edifici	energy consumption sustainability
        it	raccogliere i dati esg	esg data reporting
        it	obiettivo zero emissioni nette	net zero carbon targets
        it	fattori di emissione	emission factors carbon accounting
        it	rendicontazione csrd	csrd sustainability reporting
        it	analisi del ciclo di vita	life cycle assessment
        it	emissioni dei viaggi di lavoro	business travel emissions
        it	riprodurre i risultati	reproducibility research software
        it	rifare l'analisi più avanti	reproducible analysis
        it	controllo di versione per l'analisi	version control reproducibility
        it	software per la ricerca	research software engineering
        it	condividere dati e codice	open science data code sharing
        it	fissare le versioni dei pacchetti	dependency management reproducibility
        it	dati secondo i principi fair	fair data principles
        it	citare il software	software citation research
        it	doi per il dataset	persistent identifiers doi datasets
        it	pratiche di scienza aperta	open science reproducibility
        it	test per il codice di ricerca	software testing research code
        it	scrivere un questionario	questionnaire design survey
        it	formulare bene le domande	question wording survey design
        it	evitare domande suggestive	leading questions bias
        it	testare il questionario	questionnaire pretesting
        it	domande aperte o chiuse	open closed questions survey
        it	indagine di clima aziendale	employee survey design
        it	sondaggio anonimo	anonymous survey design
        it	ordine delle domande	question order effects
        it	quale grafico usare	chart selection data visualisation
        it	grafico troppo affollato	chart design decluttering
        it	rendere il grafico più chiaro	data visualisation chart design
        it	grafico a torta o a barre	chart types visualisation
        it	palette di colori per grafici	colour palette charts
        it	colori adatti ai daltonici	colour-blind accessible visualisation
        it	fare un'infografica	infographics visualisation
        it	raccontare con i dati	data storytelling
        it	asse fuorviante	misleading axis chart design
        it	grafico interattivo	interactive visualisation
        it	diagramma di sankey	sankey diagram visualisation
        it	aggiornare gli stakeholder	stakeholder communication project management
        it	report sullo stato di avanzamento	project status reporting
        it	milestone in ritardo	project milestones schedule
        it	registro dei rischi	project risk register
        it	mappa degli stakeholder	stakeholder mapping analysis
        it	matrice raci	raci matrix responsibilities
        it	il perimetro continua a crescere	scope creep project management
        it	agile o a cascata	agile waterfall project methodology
        it	preparare il comitato guida	project steering committee governance
        it	richiesta di modifica	change request project control
        it	accessibile ai non vedenti	accessibility screen readers
        it	compatibile con lettori di schermo	screen reader accessibility
        it	contrasto dei colori	colour contrast accessibility
        it	testo alternativo per immagini	alt text accessibility
        it	documenti accessibili	accessible documents
        it	scrivere in linguaggio semplice	plain language accessibility
        it	lingua dei segni	sign language accessibility
        it	colleghi ipovedenti	low vision accessibility
        it	verifica di accessibilità	accessibility audit wcag
        it	linee guida wcag	wcag accessibility guidelines
        it	dichiarazione di accessibilità	accessibility statement compliance
        it	creare un'app senza programmare	citizen development low-code
        it	piattaforma low-code	low-code platform
        it	strumento no-code	no-code development
        it	digitalizzare un modulo cartaceo	digital forms low-code
        it	sostituire il foglio con un'app	low-code app spreadsheet replacement
        it	flusso di approvazione senza codice	low-code workflow approvals
        it	diventare citizen developer	citizen development low-code
        it	checklist digitale	digital checklist low-code
        it	app per i tecnici sul campo	low-code mobile field app
        it	governance del low-code	low-code governance
        it	piccolo strumento interno	low-code internal tools
        it	migrare al cloud	cloud migration
        it	scegliere il fornitore cloud	cloud provider selection
        it	ridurre i costi del cloud	cloud cost optimisation finops
        it	infrastruttura come codice	infrastructure as code
        it	scalabilità automatica	autoscaling cloud architecture
        it	alta disponibilità	high availability architecture
        it	cloud ibrido	hybrid cloud architecture
        it	architettura a microservizi	microservices architecture
        it	cloud sovrano	sovereign cloud
        it	dati ospitati in italia	cloud data residency sovereignty
        it	container e orchestrazione	containers orchestration cloud
        it	architettura cloud native	cloud native architecture
        it	sviluppo front-end	web development frontend
        it	layout responsive	responsive web design
        it	html e css	html css web development
        it	react o vue	frontend frameworks react vue
        it	creare api rest	rest api development
        it	progettare un'api	api design web development
        it	sviluppare un'applicazione web	web application development
        it	ridurre i tempi di caricamento	web performance page speed
        it	posizionamento sui motori di ricerca	search engine optimisation
        it	sviluppatore javascript	javascript web development
        it	fogli di stile css	css layout web design
        sv	verklig minskning eller slump	statistical significance hypothesis test
        sv	är det bara slumpen	statistical significance random variation
        sv	är skillnaden signifikant	p-value statistical significance
        sv	statistiskt säkerställd skillnad	statistical significance hypothesis test
        sv	jämföra två grupper rättvist	hypothesis test group comparison
        sv	jämföra två lager rättvist	hypothesis test group comparison
        sv	före och efter förändringen	before after comparison hypothesis test
        sv	vad betyder p-värdet	p-value statistical significance
        sv	räkna ut konfidensintervall	confidence interval statistics
        sv	vilket statistiskt test passar	statistical test selection
        sv	korrelation eller kausalitet	correlation causation statistics
        sv	extremvärden snedvrider medelvärdet	outliers robust statistics
        sv	resultatet av a/b-testet	a/b test statistical significance
        sv	brus eller verklig trend	statistical significance signal noise
        sv	chi-två-test eller t-test	chi-square t-test statistics
        sv	hur många behöver vi fråga	sample size survey sampling
        sv	beräkna stickprovsstorlek	sample size calculation
        sv	räcker 200 svar	statistical power sample size
        sv	representativt urval	representative sample sampling
        sv	bara de missnöjda svarar	nonresponse bias sampling
        sv	stratifierat urval	stratified sampling sample size
        sv	vikta svaren	survey weighting sampling
        sv	hur många intervjuer räcker	sample size qualitative saturation
        sv	felmarginal med 300 svar	sample size margin of error
        sv	beräkna statistisk styrka	statistical power sample size
        sv	för få svar per avdelning	subgroup sample size
        sv	urval eller totalundersökning	census versus sampling
        sv	självselektion i urvalet	self-selection bias sampling
        sv	vem går alla till	informal influencers network analysis
        sv	hitta informella påverkare	informal influencers network analysis
        sv	kartlägga informella nätverk	social network analysis informal structure
        sv	broar mellan team	network brokers boundary spanners
        sv	avdelningarna pratar inte med varandra	silos collaboration network
        sv	bryta stuprörstänket	silos collaboration network
        sv	vem samarbetar med vem	collaboration network analysis
        sv	organisatorisk nätverksanalys	organisational network analysis
        sv	nyckelpersoner i nätverket	network centrality key people
        sv	vem frågar vem om råd	advice network analysis
        sv	hitta ambassadörer för förändringen	informal influencers change agents
        sv	den informella organisationen	social network analysis informal structure
        sv	kunskapsflöde mellan orter	knowledge network information flow
        sv	visualisera relationsnätverket	network graph visualisation
        sv	vart tar tiden vägen	process improvement lead time
        sv	tid mellan order och leverans	process improvement lead time
        sv	varför tar det så lång tid	process improvement lead time
        sv	var är flaskhalsen	bottleneck analysis process
        sv	väntar på godkännande	approval process bottleneck
        sv	kartlägga processen från början	process mapping end to end
        sv	göra en värdeflödesanalys	value stream mapping lean
        sv	eliminera slöseri	waste elimination lean
        sv	grundorsaksanalys av förseningar	root cause analysis
        sv	fråga fem varför	root cause analysis five whys
        sv	korta ledtiderna	lead time reduction lean
        sv	ständiga förbättringar	continuous improvement kaizen
        sv	lean i administrationen	lean process improvement
        sv	undvika dubbelarbete	duplicate work waste lean
        sv	väntetid mellan stegen	waiting time waste lean
        sv	varför fastnar användarna	ux research usability
        sv	observera användarna	usability testing observation
        sv	göra användartester	usability testing ux research
        sv	ta fram personas	personas ux research
        sv	kartlägga kundresan	customer journey mapping
        sv	var hoppar användarna av	usability drop-off ux research
        sv	testa prototypen med användare	prototype testing usability
        sv	vad behöver användarna egentligen	user needs ux research
        sv	ingen använder nya funktionen	feature adoption ux research
        sv	kundernas smärtpunkter	pain points user research
        sv	genomföra användarundersökning	ux research usability
        sv	sensorer på maskinerna	iot sensors telemetry
        sv	sensordata i realtid	iot sensor data real-time
        sv	spåra pallarna	asset tracking iot
        sv	gps-spårning av fordon	gps tracking telematics iot
        sv	övervaka temperaturen på distans	iot remote tracking sensors
        sv	analysera telemetridata	telemetry iot data
        sv	fyllnadsgrad i kärlen	iot fill level sensors
        sv	prediktivt underhåll med sensorer	predictive maintenance iot sensors
        sv	närvarosensorer i mötesrum	occupancy sensing iot
        sv	smarta elmätare	smart metering iot energy
        sv	digital tvilling	digital twin iot
        sv	skriver in samma siffror igen	automation manual data entry
        sv	kopiera och klistra mellan kalkylark	spreadsheet automation scripting
        sv	samma manuella moment varje vecka	automation repetitive tasks
        sv	automatisera månadsrapporten	report automation scripting
        sv	skriva ett skript	scripting automation
        sv	byta namn på många filer	batch file processing scripting
        sv	makro i kalkylarket	spreadsheet macros vba automation
        sv	sluta göra det för hand	automation manual work
        sv	samma klick om och om	automation repetitive tasks
        sv	schemalagt jobb varje natt	scheduled jobs automation
        sv	robotiserad processautomation	rpa robotic process automation
        sv	fylla i formulär automatiskt	form filling automation rpa
        sv	stämma av två listor automatiskt	data reconciliation automation
        sv	ett pythonskript för detta	python scripting automation
        sv	spara timmar varje vecka	automation time saving productivity
        sv	vilken licens ska vi välja	open source licensing
        sv	får vi använda biblioteket	open source licence compliance
        sv	bidra till projektet	open source contribution
        sv	gpl eller mit	open source licences gpl mit
        sv	släppa som öppen källkod	open source publishing code
        sv	offentliga pengar öppen kod	public code open source
        sv	krav enligt copyleft	copyleft obligations licensing
        sv	kommersiell användning tillåten	open source licence commercial use
        sv	alternativ med öppen källkod	open source software alternatives
        sv	skicka en pull request	open source contribution pull request
        sv	få ut mer av datan	data analytics insights
        sv	hitta mönster i datan	data mining pattern analysis
        sv	vad säger datan	data analytics insights
        sv	tvätta datan	data cleaning preparation
        sv	segmentera kunderna	customer segmentation clustering
        sv	slå ihop flera datakällor	data integration analytics
        sv	explorativ dataanalys	exploratory data analysis
        sv	datadrivna beslut	data-driven decision making
        sv	analysera enkätresultaten	survey data analysis
        sv	behöver en data scientist	data science analytics
        sv	dålig datakvalitet	data quality analytics
        sv	extrahera uppgifter ur dokument	nlp information extraction
        sv	klassificera fritext	text classification nlp
        sv	sentiment i kommentarerna	sentiment analysis nlp
        sv	vad klagar folk på	text mining topic modelling
        sv	analysera öppna svar	text analysis open-ended responses
        sv	teman i fritextsvar	topic modelling text mining
        sv	sammanfatta långa dokument	text summarisation nlp
        sv	läsa av skannade blanketter	ocr document processing
        sv	sortera inkommande ärenden automatiskt	text classification routing
        sv	avidentifiera namn i text	text anonymisation nlp
        sv	hitta liknande ärenden	text similarity semantic search
        sv	hur mycket behövs nästa månad	forecasting demand planning
        sv	prognostisera efterfrågan	demand forecasting
        sv	göra försäljningsprognos	sales forecasting
        sv	planera lagernivåer	inventory planning demand forecasting
        sv	säsongsmönster i beställningar	seasonality time series forecasting
        sv	prognos med tidsserier	time series forecasting
        sv	planera bemanningsbehovet framåt	workforce planning forecasting
        sv	om efterfrågan fördubblas	scenario analysis forecasting
        sv	träffsäkerhet i prognosen	forecast accuracy evaluation
        sv	förutse samtalsvolymer	volume forecasting capacity planning
        sv	räkna ut säkerhetslager	safety stock inventory planning
        sv	nyckeltal på en blick	kpi dashboard reporting
        sv	dashboard för ledningen	management reporting dashboard
        sv	månadsrapport till styrelsen	board reporting kpi
        sv	ta fram rätt nyckeltal	kpi definition performance measurement
        sv	automatisera rapporteringen	report automation dashboards
        sv	följa upp nyckeltal	kpi tracking performance reporting
        sv	budget mot utfall	target versus actual reporting
        sv	dashboard i realtid	real-time dashboards kpi
        sv	för många rapporter	reporting rationalisation
        sv	en version av sanningen	reporting single source of truth
        sv	trafikljus för projekt	rag status kpi dashboard
        sv	självservice för rapporter	self-service bi reporting
        sv	förutse vilka kunder som slutar	machine learning churn prediction
        sv	hitta misstänkta transaktioner	fraud detection machine learning
        sv	klassificera bilder	image classification machine learning
        sv	förutse stopp i maskinerna	predictive maintenance machine learning
        sv	märka träningsdata	data labelling machine learning
        sv	ai på vår data	artificial intelligence machine learning
        sv	modellens träffsäkerhet	model evaluation accuracy
        sv	förklara modellens beslut	explainable ai machine learning
        sv	använda maskininlärning	machine learning predictive modelling
        sv	koppla ihop två tabeller	sql joins databases
        sv	designa datamodellen	data modelling database design
        sv	snabba upp frågorna	sql query optimisation
        sv	från kalkylark till databas	spreadsheets to database migration
        sv	dubbletter i registret	database deduplication master data
        sv	primär- och främmande nycklar	relational database keys
        sv	rita ett er-diagram	er diagram data model
        sv	bygga ett datalager	data warehouse database
        sv	sätta upp etl-flöde	etl data integration
        sv	hantera masterdata	master data management
        sv	spela in utbildningsvideo	e-learning training videos
        sv	korta instruktionsfilmer	training videos microlearning
        sv	onlinekurs för nyanställda	e-learning onboarding course
        sv	quiz efter utbildningen	e-learning assessment quiz
        sv	obligatorisk webbutbildning	compliance e-learning mandatory training
        sv	bygga en e-learningmodul	e-learning interactive module
        sv	pedagogiskt upplägg för kursen	instructional design e-learning
        sv	vem har gått utbildningen	training completion tracking lms
        sv	exportera som scorm	scorm e-learning standards
        sv	spela in en guide	screencast training video
        sv	utbildning på distans	distance learning e-learning
        sv	lärstig för nyanställda	learning path training
        sv	inbyggt integritetsskydd	privacy by design
        sv	säkerhet redan från början	security by design architecture
        sv	göra en hotmodellering	threat modelling security
        sv	rollbaserad behörighetsstyrning	identity access management roles
        sv	minsta möjliga behörighet	least privilege access control
        sv	kryptera känsliga uppgifter	encryption data security
        sv	granska säkerhetsarkitekturen	security architecture review
        sv	beställa penetrationstest	penetration testing security
        sv	zero trust modell	zero trust security architecture
        sv	tillämpa dataminimering	data minimisation privacy by design
        sv	visa på en karta	gis mapping
        sv	våra platser på kartan	gis mapping locations
        sv	geokoda adresser	geocoding addresses gis
        sv	räkna ut upptagningsområde	catchment analysis gis
        sv	värmekarta över incidenter	spatial analysis heat map
        sv	avstånd till närmaste kontor	spatial analysis proximity
        sv	var finns våra kunder	geospatial analysis customers
        sv	analysera geodata	geospatial data gis
        sv	restid inom 15 minuter	isochrones travel time gis
        sv	analysera satellitbilder	remote sensing satellite imagery
        sv	lägga kartlager på varandra	gis map layers overlay
        sv	interaktiv karta	interactive web mapping
        sv	analysera avvikelserapporter	incident learning quality improvement
        sv	rapportera tillbud	near miss reporting
        sv	mäta kvalitetsindikatorer	quality indicators measurement
        sv	arbeta med pdsa-cykeln	pdca quality improvement cycle
        sv	samma fel upprepas	incident learning recurring errors
        sv	ta fram styrdiagram	statistical process control chart
        sv	minska antalet fel	error reduction quality improvement
        sv	analysera klagomål	complaints analysis quality
        sv	samla lärdomar efteråt	lessons learned incident learning
        sv	certifiering enligt iso 9001	iso 9001 quality management
        sv	förebygga vårdskador	adverse events patient safety
        sv	är det ok enligt gdpr	gdpr data protection compliance
        sv	inhämta samtycke	consent gdpr
        sv	behandla personuppgifter	personal data gdpr
        sv	konsekvensbedömning dpia	dpia data protection impact assessment
        sv	begäran om registerutdrag	subject access request gdpr
        sv	rätten att bli glömd	right to erasure gdpr
        sv	anonymisera innan delning	anonymisation data protection
        sv	förteckning över behandlingar	records of processing gdpr
        sv	återkalla samtycke	consent withdrawal gdpr
        sv	publicera bilder på anställda	image consent data protection
        sv	anmäla personuppgiftsincident	data breach notification gdpr
        sv	rättslig grund för behandlingen	lawful basis gdpr
        sv	ta fram idéer tillsammans	ideation brainstorming
        sv	köra en brainstorming	brainstorming ideation session
        sv	workshop i design thinking	design thinking innovation
        sv	ordna ett hackathon	hackathon innovation
        sv	starta ett innovationslabb	innovation lab
        sv	prioritera idéerna	idea prioritisation innovation
        sv	köra en designsprint	design sprint innovation
        sv	samskapa med användare	co-creation design thinking
        sv	testa en idé snabbt	experimentation lean startup
        sv	kreativa metoder	creativity methods facilitation
        sv	optimera leveransrutter	route optimisation delivery
        sv	planera körrutter	route planning logistics
        sv	kortaste vägen mellan stoppen	shortest route optimisation
        sv	köra färre mil	route optimisation mileage
        sv	hålla leveransfönster	vehicle routing time windows
        sv	planera hembesöken	field service route scheduling
        sv	spara bränsle	route optimisation fuel costs
        sv	planera fordonsflottan	fleet management routing
        sv	leveranser sista milen	last mile delivery routing
        sv	lösa handelsresandeproblemet	travelling salesman problem optimisation
        sv	beräkna vårt koldioxidavtryck	carbon footprint emissions
        sv	mäta våra utsläpp	carbon accounting emissions
        sv	scope 3 utsläpp	scope 3 emissions
        sv	co2 per leverans	carbon emissions logistics
        sv	energianvändning i fastigheter	energy consumption sustainability
        sv	skriva hållbarhetsrapporten	sustainability reporting esg
        sv	samla in esg-data	esg data reporting
        sv	mål om netto noll	net zero carbon targets
        sv	hitta emissionsfaktorer	emission factors carbon accounting
        sv	förbereda csrd rapportering	csrd sustainability reporting
        sv	göra en livscykelanalys	life cycle assessment
        sv	återskapa resultaten	reproducibility research software
        sv	köra om analysen senare	reproducible analysis
        sv	versionshantering för analyser	version control reproducibility
        sv	utveckla forskningsmjukvara	research software engineering
        sv	dela data och kod	open science data code sharing
        sv	låsa paketversioner	dependency management reproducibility
        sv	data enligt fair-principerna	fair data principles
        sv	skriva datahanteringsplan	research data management plan
        sv	citera mjukvara	software citation research
        sv	doi för datasetet	persistent identifiers doi datasets
        sv	tester för forskningskod	software testing research code
        sv	formulera bra enkätfrågor	question wording survey design
        sv	ta fram en enkät	questionnaire design survey
        sv	undvika ledande frågor	leading questions bias
        sv	använda likertskala	likert scale survey design
        sv	enkäten är för lång	survey length respondent burden
        sv	pilottesta enkäten	questionnaire pretesting
        sv	öppna eller slutna frågor	open closed questions survey
        sv	ta fram medarbetarenkät	employee survey design
        sv	mäta kundnöjdhet med enkät	customer satisfaction survey
        sv	skala 1 till 5	rating scales survey design
        sv	anonym enkät	anonymous survey design
        sv	frågornas ordning	question order effects
        sv	vilket diagram passar	chart selection data visualisation
        sv	diagrammet ser rörigt ut	chart design decluttering
        sv	göra grafen tydligare	data visualisation chart design
        sv	tårtdiagram eller stapeldiagram	chart types visualisation
        sv	färgpalett för diagram	colour palette charts
        sv	färgblindvänliga färger	colour-blind accessible visualisation
        sv	göra en infografik	infographics visualisation
        sv	berätta med data	data storytelling
        sv	visualisera datan	data visualisation
        sv	missvisande axel	misleading axis chart design
        sv	interaktiv visualisering	interactive visualisation
        sv	rita ett sankeydiagram	sankey diagram visualisation
        sv	hålla intressenter informerade	stakeholder communication project management
        sv	statusrapport till styrgruppen	project status reporting
        sv	ta fram projektplan	project planning schedule
        sv	gantt schema för projektet	gantt chart project scheduling
        sv	milstolpar glider	project milestones schedule
        sv	föra riskregister	project risk register
        sv	göra en intressentanalys	stakeholder mapping analysis
        sv	raci matris för rollerna	raci matrix responsibilities
        sv	omfånget växer hela tiden	scope creep project management
        sv	agilt eller vattenfall	agile waterfall project methodology
        sv	förbereda styrgruppsmöte	project steering committee governance
        sv	hantera ändringsbegäran	change request project control
        sv	tillgängligt för blinda	accessibility screen readers
        sv	anpassat för skärmläsare	screen reader accessibility
        sv	kontrollera färgkontrast	colour contrast accessibility
        sv	textning av videor	captions subtitles accessibility
        sv	alternativtext till bilder	alt text accessibility
        sv	tillgängliga dokument	accessible documents
        sv	lättläst svenska	easy read plain language
        sv	tolkning till teckenspråk	sign language accessibility
        sv	kollegor med synnedsättning	low vision accessibility
        sv	göra tillgänglighetsgranskning	accessibility audit wcag
        sv	uppfylla wcag kraven	wcag accessibility guidelines
        sv	skriva tillgänglighetsredogörelse	accessibility statement compliance
        sv	bygga app utan kod	citizen development low-code
        sv	low-code plattform	low-code platform
        sv	no-code verktyg	no-code development
        sv	digitalisera pappersblankett	digital forms low-code
        sv	ersätta kalkylarket med app	low-code app spreadsheet replacement
        sv	godkännandeflöde utan kod	low-code workflow approvals
        sv	citizen developers i verksamheten	citizen development low-code
        sv	digital checklista	digital checklist low-code
        sv	app för fältpersonal	low-code mobile field app
        sv	bygga med dra och släpp	drag and drop low-code
        sv	styrning av low-code	low-code governance
        sv	litet internt verktyg	low-code internal tools
        sv	välja molnleverantör	cloud provider selection
        sv	sänka molnkostnaderna	cloud cost optimisation finops
        sv	infrastruktur som kod	infrastructure as code
        sv	skala automatiskt	autoscaling cloud architecture
        sv	hög tillgänglighet	high availability architecture
        sv	hybridmoln arkitektur	hybrid cloud architecture
        sv	arkitektur med mikrotjänster	microservices architecture
        sv	suveränt moln	sovereign cloud
        sv	data ska stanna inom eu	cloud data residency sovereignty
        sv	containrar och orkestrering	containers orchestration cloud
        sv	designa molnarkitekturen	cloud architecture design
        sv	utveckla frontend	web development frontend
        sv	responsiv design	responsive web design
        sv	html och css	html css web development
        sv	react eller vue	frontend frameworks react vue
        sv	bygga rest-api	rest api development
        sv	designa ett api	api design web development
        sv	bygga en webbapplikation	web application development
        sv	förbättra laddningstiden	web performance page speed
        sv	bättre sökmotoroptimering	search engine optimisation
        sv	javascript utvecklare behövs	javascript web development
        sv	progressiv webbapp	progressive web app
        sv	css layout med grid	css layout web design
        pt	foi queda real ou sorte	statistical significance hypothesis test
        pt	isso é só acaso	statistical significance random variation
        pt	a diferença é significativa	p-value statistical significance
        pt	isso é estatisticamente significativo	statistical significance hypothesis test
        pt	comparar dois grupos de forma justa	hypothesis test group comparison
        pt	comparar dois armazéns com rigor	hypothesis test group comparison
        pt	antes e depois da mudança	before after comparison hypothesis test
        pt	o que significa o p-valor	p-value statistical significance
        pt	qual teste estatístico usar	statistical test selection
        pt	correlação ou causalidade	correlation causation statistics
        pt	outliers distorcem a média	outliers robust statistics
        pt	resultado do teste a/b	a/b test statistical significance
        pt	ruído ou tendência real	statistical significance signal noise
        pt	teste qui-quadrado	chi-square t-test statistics
        pt	quantas pessoas precisamos entrevistar	sample size survey sampling
        pt	calcular o tamanho da amostra	sample size calculation
        pt	200 respostas são suficientes	statistical power sample size
        pt	taxa de resposta baixa	survey response rate nonresponse
        pt	só os insatisfeitos respondem	nonresponse bias sampling
        pt	amostragem estratificada	stratified sampling sample size
        pt	ponderar as respostas	survey weighting sampling
        pt	quantas entrevistas bastam	sample size qualitative saturation
        pt	margem de erro com 300 respostas	sample size margin of error
        pt	cálculo do poder estatístico	statistical power sample size
        pt	poucas respostas por departamento	subgroup sample size
        pt	amostra ou censo	census versus sampling
        pt	viés de autosseleção	self-selection bias sampling
        pt	a quem todos recorrem	informal influencers network analysis
        pt	mapear influenciadores informais	informal influencers network analysis
        pt	mapear relações informais	social network analysis informal structure
        pt	pontes entre equipes	network brokers boundary spanners
        pt	os departamentos não conversam	silos collaboration network
        pt	quebrar os silos	silos collaboration network
        pt	quem colabora com quem	collaboration network analysis
        pt	análise de redes organizacionais	organisational network analysis
        pt	pessoas-chave da rede	network centrality key people
        pt	quem pede conselho a quem	advice network analysis
        pt	encontrar agentes de mudança	informal influencers change agents
        pt	o organograma informal real	social network analysis informal structure
        pt	fluxo de informação entre unidades	knowledge network information flow
        pt	grafo de relacionamentos	network graph visualisation
        pt	onde se perde o tempo	process improvement lead time
        pt	tempo entre pedido e expedição	process improvement lead time
        pt	por que demora tanto	process improvement lead time
        pt	onde está o gargalo	bottleneck analysis process
        pt	muitas transferências entre equipes	handovers process mapping lean
        pt	sempre esperando aprovação	approval process bottleneck
        pt	mapear o processo ponta a ponta	process mapping end to end
        pt	mapeamento do fluxo de valor	value stream mapping lean
        pt	eliminar desperdícios	waste elimination lean
        pt	análise de causa raiz	root cause analysis
        pt	os cinco porquês	root cause analysis five whys
        pt	reduzir o lead time	lead time reduction lean
        pt	aplicar metodologia lean	lean process improvement
        pt	retrabalho em todas as etapas	rework waste process improvement
        pt	tempo parado entre etapas	waiting time waste lean
        pt	por que os usuários se perdem	ux research usability
        pt	observar os usuários	usability testing observation
        pt	criar personas	personas ux research
        pt	mapear a jornada do cliente	customer journey mapping
        pt	onde os usuários desistem	usability drop-off ux research
        pt	testar o protótipo com usuários	prototype testing usability
        pt	o que os usuários realmente precisam	user needs ux research
        pt	ninguém usa a nova funcionalidade	feature adoption ux research
        pt	dores dos clientes	pain points user research
        pt	pesquisa com usuários	ux research usability
        pt	sensores nas máquinas	iot sensors telemetry
        pt	dados de sensores em tempo real	iot sensor data real-time
        pt	rastrear os paletes	asset tracking iot
        pt	rastreadores gps nos veículos	gps tracking telematics iot
        pt	monitorar a temperatura remotamente	iot remote tracking sensors
        pt	dados de telemetria	telemetry iot data
        pt	nível de enchimento dos contentores	iot fill level sensors
        pt	manutenção preditiva com sensores	predictive maintenance iot sensors
        pt	sensores de ocupação nas salas	occupancy sensing iot
        pt	medir a qualidade do ar	air quality sensors iot
        pt	medidores inteligentes	smart metering iot energy
        pt	gêmeo digital	digital twin iot
        pt	redigitar os mesmos números	automation manual data entry
        pt	copiar e colar entre planilhas	spreadsheet automation scripting
        pt	as mesmas tarefas toda semana	automation repetitive tasks
        pt	automatizar o relatório mensal	report automation scripting
        pt	escrever um script	scripting automation
        pt	renomear arquivos em lote	batch file processing scripting
        pt	macro na planilha	spreadsheet macros vba automation
        pt	parar de fazer à mão	automation manual work
        pt	os mesmos cliques toda vez	automation repetitive tasks
        pt	tarefa agendada todas as noites	scheduled jobs automation
        pt	automação robótica de processos	rpa robotic process automation
        pt	preencher formulários automaticamente	form filling automation rpa
        pt	conciliar duas listas automaticamente	data reconciliation automation
        pt	economizar horas por semana	automation time saving productivity
        pt	publicar nosso código	open source publishing code
        pt	qual licença escolher	open source licensing
        pt	podemos usar esta biblioteca	open source licence compliance
        pt	contribuir com o projeto	open source contribution
        pt	gpl ou mit	open source licences gpl mit
        pt	migrar para software livre	open source software adoption
        pt	liberar como código aberto	open source publishing code
        pt	dinheiro público código público	public code open source
        pt	obrigações do copyleft	copyleft obligations licensing
        pt	alternativa open source	open source software alternatives
        pt	abrir um pull request	open source contribution pull request
        pt	tirar proveito dos dados	data analytics insights
        pt	encontrar padrões nos dados	data mining pattern analysis
        pt	o que os dados dizem	data analytics insights
        pt	limpar os dados	data cleaning preparation
        pt	segmentar clientes	customer segmentation clustering
        pt	cruzar várias fontes de dados	data integration analytics
        pt	análise exploratória de dados	exploratory data analysis
        pt	decisões baseadas em dados	data-driven decision making
        pt	analisar resultados da pesquisa	survey data analysis
        pt	precisamos de um cientista de dados	data science analytics
        pt	problemas de qualidade dos dados	data quality analytics
        pt	extrair dados de documentos	nlp information extraction
        pt	classificar texto livre	text classification nlp
        pt	sentimento dos comentários	sentiment analysis nlp
        pt	do que as pessoas reclamam	text mining topic modelling
        pt	analisar respostas abertas	text analysis open-ended responses
        pt	identificar temas nos comentários	topic modelling text mining
        pt	resumir documentos longos	text summarisation nlp
        pt	ler documentos digitalizados	ocr document processing
        pt	triar automaticamente os pedidos	text classification routing
        pt	anonimizar nomes em textos	text anonymisation nlp
        pt	busca semântica nos documentos	semantic search nlp
        pt	quanto vamos precisar no próximo mês	forecasting demand planning
        pt	planejar o estoque	inventory planning demand forecasting
        pt	sazonalidade dos pedidos	seasonality time series forecasting
        pt	modelo de séries temporais	time series forecasting
        pt	prever a necessidade de pessoal	workforce planning forecasting
        pt	e se a demanda dobrar	scenario analysis forecasting
        pt	precisão da previsão	forecast accuracy evaluation
        pt	prever volume de chamadas	volume forecasting capacity planning
        pt	calcular o estoque de segurança	safety stock inventory planning
        pt	evitar ruptura de estoque	stock-outs demand planning
        pt	indicadores-chave num relance	kpi dashboard reporting
        pt	painel para a diretoria	management reporting dashboard
        pt	relatório mensal para a diretoria	board reporting kpi
        pt	definir os kpis certos	kpi definition performance measurement
        pt	automatizar os relatórios	report automation dashboards
        pt	acompanhar indicadores-chave	kpi tracking performance reporting
        pt	previsto versus realizado	target versus actual reporting
        pt	painel em tempo real	real-time dashboards kpi
        pt	relatórios que ninguém lê	reporting rationalisation
        pt	uma única versão dos números	reporting single source of truth
        pt	farol verde amarelo vermelho	rag status kpi dashboard
        pt	relatórios self-service	self-service bi reporting
        pt	prever quem vai cancelar	machine learning churn prediction
        pt	identificar transações suspeitas	fraud detection machine learning
        pt	prever paradas de máquinas	predictive maintenance machine learning
        pt	rotular dados de treino	data labelling machine learning
        pt	inteligência artificial nos nossos dados	artificial intelligence machine learning
        pt	acurácia do modelo	model evaluation accuracy
        pt	explicar as decisões do modelo	explainable ai machine learning
        pt	projeto de aprendizado de máquina	machine learning predictive modelling
        pt	juntar duas tabelas	sql joins databases
        pt	todos os dados num só lugar	data warehouse database
        pt	desenhar o modelo de dados	data modelling database design
        pt	escrever uma consulta sql	sql queries database
        pt	acelerar as consultas	sql query optimisation
        pt	trocar planilhas por banco de dados	spreadsheets to database migration
        pt	limpar registros duplicados	database deduplication master data
        pt	chaves primárias e estrangeiras	relational database keys
        pt	diagrama entidade relacionamento	er diagram data model
        pt	montar um data warehouse	data warehouse database
        pt	processo de etl	etl data integration
        pt	gestão de dados mestres	master data management
        pt	gravar vídeo de treinamento	e-learning training videos
        pt	vídeos curtos explicativos	training videos microlearning
        pt	curso online para novos colaboradores	e-learning onboarding course
        pt	quiz depois do treinamento	e-learning assessment quiz
        pt	treinamento obrigatório online	compliance e-learning mandatory training
        pt	pílulas de conhecimento	training videos microlearning
        pt	design instrucional	instructional design e-learning
        pt	quem concluiu o curso	training completion tracking lms
        pt	pacote scorm	scorm e-learning standards
        pt	gravar um tutorial	screencast training video
        pt	ensino a distância	distance learning e-learning
        pt	trilha de aprendizagem	learning path training
        pt	privacidade desde a concepção	privacy by design
        pt	segurança desde o design	security by design architecture
        pt	modelagem de ameaças	threat modelling security
        pt	gestão de acessos por perfil	identity access management roles
        pt	princípio do menor privilégio	least privilege access control
        pt	criptografar dados sensíveis	encryption data security
        pt	revisão da arquitetura de segurança	security architecture review
        pt	modelo de confiança zero	zero trust security architecture
        pt	senhas no código	secrets management security
        pt	minimização de dados	data minimisation privacy by design
        pt	colocar num mapa	gis mapping
        pt	mapear nossas unidades	gis mapping locations
        pt	geocodificar endereços	geocoding addresses gis
        pt	mapa de calor de ocorrências	spatial analysis heat map
        pt	distância até a unidade mais próxima	spatial analysis proximity
        pt	onde estão nossos clientes	geospatial analysis customers
        pt	analisar dados geoespaciais	geospatial data gis
        pt	isócronas de tempo de viagem	isochrones travel time gis
        pt	imagens de satélite	remote sensing satellite imagery
        pt	camadas do mapa	gis map layers overlay
        pt	mapa interativo	interactive web mapping
        pt	aprender com os incidentes	incident learning quality improvement
        pt	notificar quase acidentes	near miss reporting
        pt	indicadores de qualidade	quality indicators measurement
        pt	ciclo pdca	pdca quality improvement cycle
        pt	sempre os mesmos erros	incident learning recurring errors
        pt	carta de controle	statistical process control chart
        pt	reduzir a taxa de erros	error reduction quality improvement
        pt	análise de reclamações	complaints analysis quality
        pt	lições aprendidas	lessons learned incident learning
        pt	acompanhar ações corretivas	corrective preventive actions capa
        pt	certificação iso 9001	iso 9001 quality management
        pt	isto está conforme o rgpd	gdpr data protection compliance
        pt	isso está conforme a lgpd	gdpr data protection compliance
        pt	por quanto tempo guardar dados	data retention gdpr
        pt	tratamento de dados pessoais	personal data gdpr
        pt	avaliação de impacto de privacidade	dpia data protection impact assessment
        pt	direito de acesso aos dados	subject access request gdpr
        pt	direito ao esquecimento	right to erasure gdpr
        pt	anonimizar antes de partilhar	anonymisation data protection
        pt	registo das atividades de tratamento	records of processing gdpr
        pt	revogar o consentimento	consent withdrawal gdpr
        pt	publicar fotos dos funcionários	image consent data protection
        pt	comunicar vazamento de dados	data breach notification gdpr
        pt	base legal do tratamento	lawful basis gdpr
        pt	facilitar um workshop	workshop facilitation
        pt	gerar ideias em equipe	ideation brainstorming
        pt	sessão de brainstorming	brainstorming ideation session
        pt	workshop de design thinking	design thinking innovation
        pt	organizar um hackathon	hackathon innovation
        pt	laboratório de inovação	innovation lab
        pt	priorizar as ideias	idea prioritisation innovation
        pt	rodar um design sprint	design sprint innovation
        pt	cocriar com os clientes	co-creation design thinking
        pt	testar uma ideia rapidamente	experimentation lean startup
        pt	técnicas de criatividade	creativity methods facilitation
        pt	otimizar rotas de entrega	route optimisation delivery
        pt	planejar as rotas	route planning logistics
        pt	a rota mais curta entre paradas	shortest route optimisation
        pt	rodar menos quilômetros	route optimisation mileage
        pt	ordem das paradas	route sequencing optimisation
        pt	agendar visitas domiciliares	field service route scheduling
        pt	economizar combustível	route optimisation fuel costs
        pt	gestão de frota	fleet management routing
        pt	entregas de última milha	last mile delivery routing
        pt	problema do caixeiro viajante	travelling salesman problem optimisation
        pt	calcular a pegada de carbono	carbon footprint emissions
        pt	medir nossas emissões	carbon accounting emissions
        pt	emissões de escopo 3	scope 3 emissions
        pt	co2 por entrega	carbon emissions logistics
        pt	consumo de energia dos prédios	energy consumption sustainability
        pt	coletar dados esg	esg data reporting
        pt	meta de emissões líquidas zero	net zero carbon targets
        pt	fatores de emissão	emission factors carbon accounting
        pt	preparar relato csrd	csrd sustainability reporting
        pt	análise de ciclo de vida	life cycle assessment
        pt	emissões de viagens a trabalho	business travel emissions
        pt	reproduzir os resultados	reproducibility research software
        pt	refazer a análise depois	reproducible analysis
        pt	controle de versão da análise	version control reproducibility
        pt	compartilhar dados e código	open science data code sharing
        pt	fixar versões dos pacotes	dependency management reproducibility
        pt	dados segundo princípios fair	fair data principles
        pt	citar o software	software citation research
        pt	doi para o conjunto de dados	persistent identifiers doi datasets
        pt	práticas de ciência aberta	open science reproducibility
        pt	testes para código científico	software testing research code
        pt	elaborar um questionário	questionnaire design survey
        pt	formular bem as perguntas	question wording survey design
        pt	evitar perguntas tendenciosas	leading questions bias
        pt	testar o questionário antes	questionnaire pretesting
        pt	perguntas abertas ou fechadas	open closed questions survey
        pt	pesquisa de clima organizacional	employee survey design
        pt	pesquisa anônima	anonymous survey design
        pt	ordem das perguntas	question order effects
        pt	qual gráfico usar	chart selection data visualisation
        pt	gráfico muito poluído	chart design decluttering
        pt	deixar o gráfico mais claro	data visualisation chart design
        pt	gráfico de pizza ou barras	chart types visualisation
        pt	paleta de cores para gráficos	colour palette charts
        pt	cores para daltônicos	colour-blind accessible visualisation
        pt	fazer um infográfico	infographics visualisation
        pt	contar histórias com dados	data storytelling
        pt	eixo enganoso	misleading axis chart design
        pt	visualização interativa	interactive visualisation
        pt	diagrama de sankey	sankey diagram visualisation
        pt	manter as partes interessadas informadas	stakeholder communication project management
        pt	relatório de status do projeto	project status reporting
        pt	montar o plano do projeto	project planning schedule
        pt	gráfico de gantt	gantt chart project scheduling
        pt	marcos atrasando	project milestones schedule
        pt	registro de riscos	project risk register
        pt	mapa de stakeholders	stakeholder mapping analysis
        pt	matriz raci	raci matrix responsibilities
        pt	o escopo não para de crescer	scope creep project management
        pt	ágil ou cascata	agile waterfall project methodology
        pt	reunião do comitê de direção	project steering committee governance
        pt	pedido de mudança	change request project control
        pt	acessível para cegos	accessibility screen readers
        pt	compatível com leitor de tela	screen reader accessibility
        pt	contraste de cores	colour contrast accessibility
        pt	texto alternativo nas imagens	alt text accessibility
        pt	documentos acessíveis	accessible documents
        pt	intérprete de língua de sinais	sign language accessibility
        pt	colegas com baixa visão	low vision accessibility
        pt	auditoria de acessibilidade	accessibility audit wcag
        pt	diretrizes wcag	wcag accessibility guidelines
        pt	declaração de acessibilidade	accessibility statement compliance
        pt	criar um app sem programar	citizen development low-code
        pt	plataforma low-code	low-code platform
        pt	ferramenta no-code	no-code development
        pt	digitalizar um formulário em papel	digital forms low-code
        pt	trocar a planilha por um app	low-code app spreadsheet replacement
        pt	fluxo de aprovação sem código	low-code workflow approvals
        pt	desenvolvedor cidadão	citizen development low-code
        pt	checklist digital	digital checklist low-code
        pt	app para equipes de campo	low-code mobile field app
        pt	arrastar e soltar	drag and drop low-code
        pt	governança do low-code	low-code governance
        pt	pequena ferramenta interna	low-code internal tools
        pt	escolher o provedor de nuvem	cloud provider selection
        pt	reduzir custos de nuvem	cloud cost optimisation finops
        pt	infraestrutura como código	infrastructure as code
        pt	escalonamento automático	autoscaling cloud architecture
        pt	alta disponibilidade	high availability architecture
        pt	nuvem híbrida	hybrid cloud architecture
        pt	arquitetura de microsserviços	microservices architecture
        pt	nuvem soberana	sovereign cloud
        pt	dados hospedados no brasil	cloud data residency sovereignty
        pt	contêineres e orquestração	containers orchestration cloud
        pt	arquitetura nativa de nuvem	cloud native architecture
        pt	desenvolvimento front-end	web development frontend
        pt	layout responsivo	responsive web design
        pt	html e css	html css web development
        pt	react ou vue	frontend frameworks react vue
        pt	criar uma api rest	rest api development
        pt	projetar uma api	api design web development
        pt	desenvolver uma aplicação web	web application development
        pt	melhorar o tempo de carregamento	web performance page speed
        pt	otimização para buscadores	search engine optimisation
        pt	desenvolvedor javascript	javascript web development
        pt	estilização com css	css layout web design
        pl	prawdziwy spadek czy przypadek	statistical significance hypothesis test
        pl	czy to tylko przypadek	statistical significance random variation
        pl	czy różnica jest istotna	p-value statistical significance
        pl	sprawdzić istotność statystyczną	statistical significance hypothesis test
        pl	uczciwie porównać dwie grupy	hypothesis test group comparison
        pl	rzetelnie porównać dwa magazyny	hypothesis test group comparison
        pl	przed i po zmianie	before after comparison hypothesis test
        pl	co oznacza wartość p	p-value statistical significance
        pl	policzyć przedział ufności	confidence interval statistics
        pl	jaki test statystyczny wybrać	statistical test selection
        pl	korelacja czy przyczynowość	correlation causation statistics
        pl	wartości odstające zawyżają średnią	outliers robust statistics
        pl	wyniki testu a/b	a/b test statistical significance
        pl	szum czy prawdziwy trend	statistical significance signal noise
        pl	test chi kwadrat	chi-square t-test statistics
        pl	ile osób trzeba zapytać	sample size survey sampling
        pl	obliczyć wielkość próby	sample size calculation
        pl	czy 200 odpowiedzi wystarczy	statistical power sample size
        pl	reprezentatywna próba pracowników	representative sample sampling
        pl	losowy dobór próby	random sampling selection
        pl	niski wskaźnik odpowiedzi	survey response rate nonresponse
        pl	odpowiadają tylko niezadowoleni	nonresponse bias sampling
        pl	dobór warstwowy według regionów	stratified sampling sample size
        pl	ważenie odpowiedzi	survey weighting sampling
        pl	ile wywiadów wystarczy	sample size qualitative saturation
        pl	margines błędu przy 300 odpowiedziach	sample size margin of error
        pl	moc statystyczna testu	statistical power sample size
        pl	za mało odpowiedzi z działu	subgroup sample size
        pl	próba czy badanie całości	census versus sampling
        pl	błąd samoselekcji	self-selection bias sampling
        pl	do kogo wszyscy chodzą	informal influencers network analysis
        pl	nieformalni liderzy opinii	informal influencers opinion leaders
        pl	mapa nieformalnych relacji	social network analysis informal structure
        pl	mosty między zespołami	network brokers boundary spanners
        pl	działy ze sobą nie rozmawiają	silos collaboration network
        pl	przełamać silosy	silos collaboration network
        pl	kto współpracuje z kim	collaboration network analysis
        pl	analiza sieci organizacyjnej	organisational network analysis
        pl	kluczowe osoby w sieci	network centrality key people
        pl	kto kogo pyta o radę	advice network analysis
        pl	znaleźć ambasadorów zmiany	informal influencers change agents
        pl	nieformalna struktura organizacji	social network analysis informal structure
        pl	przepływ wiedzy między oddziałami	knowledge network information flow
        pl	graf powiązań między ludźmi	network graph visualisation
        pl	gdzie ucieka czas	process improvement lead time
        pl	czas od zamówienia do wysyłki	process improvement lead time
        pl	dlaczego to tak długo trwa	process improvement lead time
        pl	gdzie jest wąskie gardło	bottleneck analysis process
        pl	za dużo przekazań między zespołami	handovers process mapping lean
        pl	czekanie na akceptację	approval process bottleneck
        pl	zmapować proces od początku	process mapping end to end
        pl	mapowanie strumienia wartości	value stream mapping lean
        pl	eliminacja marnotrawstwa	waste elimination lean
        pl	analiza przyczyn źródłowych	root cause analysis
        pl	pięć razy dlaczego	root cause analysis five whys
        pl	skrócić czas realizacji	lead time reduction lean
        pl	lean w biurze	lean process improvement
        pl	te same czynności dwa razy	duplicate work waste lean
        pl	przestoje między etapami	waiting time waste lean
        pl	dlaczego użytkownicy się gubią	ux research usability
        pl	obserwować użytkowników	usability testing observation
        pl	przeprowadzić testy użyteczności	usability testing ux research
        pl	stworzyć persony	personas ux research
        pl	mapa podróży klienta	customer journey mapping
        pl	gdzie użytkownicy rezygnują	usability drop-off ux research
        pl	przetestować prototyp z użytkownikami	prototype testing usability
        pl	czego naprawdę potrzebują użytkownicy	user needs ux research
        pl	nikt nie używa nowej funkcji	feature adoption ux research
        pl	bolączki klientów	pain points user research
        pl	badania z użytkownikami	ux research usability
        pl	czujniki na maszynach	iot sensors telemetry
        pl	dane z czujników na żywo	iot sensor data real-time
        pl	śledzić palety w magazynie	asset tracking iot
        pl	lokalizatory gps w pojazdach	gps tracking telematics iot
        pl	zdalny monitoring temperatury	iot remote tracking sensors
        pl	analiza danych telemetrycznych	telemetry iot data
        pl	poziom zapełnienia kontenerów	iot fill level sensors
        pl	konserwacja predykcyjna z czujnikami	predictive maintenance iot sensors
        pl	czujniki obecności w salach	occupancy sensing iot
        pl	pomiar jakości powietrza	air quality sensors iot
        pl	inteligentne liczniki	smart metering iot energy
        pl	cyfrowy bliźniak	digital twin iot
        pl	przepisujemy te same liczby	automation manual data entry
        pl	kopiuj wklej między arkuszami	spreadsheet automation scripting
        pl	te same czynności co tydzień	automation repetitive tasks
        pl	zautomatyzować raport miesięczny	report automation scripting
        pl	napisać skrypt do tego	scripting automation
        pl	zmienić nazwy wielu plików	batch file processing scripting
        pl	makro w arkuszu	spreadsheet macros vba automation
        pl	przestać robić to ręcznie	automation manual work
        pl	zadanie zaplanowane co noc	scheduled jobs automation
        pl	robotyzacja procesów biznesowych	rpa robotic process automation
        pl	automatyczne wypełnianie formularzy	form filling automation rpa
        pl	uzgodnić dwie listy automatycznie	data reconciliation automation
        pl	oszczędzić godziny co tydzień	automation time saving productivity
        pl	jaką licencję wybrać	open source licensing
        pl	czy możemy użyć tej biblioteki	open source licence compliance
        pl	wnieść wkład do projektu	open source contribution
        pl	gpl czy mit	open source licences gpl mit
        pl	przejść na otwarte oprogramowanie	open source software adoption
        pl	udostępnić otwarty kod źródłowy	open source publishing code
        pl	publiczne pieniądze publiczny kod	public code open source
        pl	obowiązki copyleft	copyleft obligations licensing
        pl	użycie komercyjne dozwolone	open source licence commercial use
        pl	alternatywa open source	open source software alternatives
        pl	zgłosić pull request	open source contribution pull request
        pl	wyciągnąć wnioski z danych	data analytics insights
        pl	znaleźć wzorce w danych	data mining pattern analysis
        pl	co mówią dane	data analytics insights
        pl	oczyścić dane	data cleaning preparation
        pl	segmentacja klientów	customer segmentation clustering
        pl	połączyć dane z kilku źródeł	data integration analytics
        pl	eksploracyjna analiza danych	exploratory data analysis
        pl	decyzje oparte na danych	data-driven decision making
        pl	analiza wyników ankiety	survey data analysis
        pl	potrzebny data scientist	data science analytics
        pl	problemy z jakością danych	data quality analytics
        pl	wyciągać dane z dokumentów	nlp information extraction
        pl	klasyfikacja wolnego tekstu	text classification nlp
        pl	analiza wydźwięku komentarzy	sentiment analysis nlp
        pl	na co ludzie narzekają	text mining topic modelling
        pl	analiza odpowiedzi otwartych	text analysis open-ended responses
        pl	wykryć tematy w komentarzach	topic modelling text mining
        pl	streszczać długie dokumenty	text summarisation nlp
        pl	odczytać zeskanowane formularze	ocr document processing
        pl	automatycznie sortować zgłoszenia	text classification routing
        pl	anonimizacja nazwisk w tekście	text anonymisation nlp
        pl	wyszukiwanie semantyczne w dokumentach	semantic search nlp
        pl	ile będziemy potrzebować w przyszłym miesiącu	forecasting demand planning
        pl	prognozować popyt	demand forecasting
        pl	planowanie zapasów	inventory planning demand forecasting
        pl	sezonowość zamówień	seasonality time series forecasting
        pl	model szeregów czasowych	time series forecasting
        pl	prognoza zapotrzebowania na personel	workforce planning forecasting
        pl	co jeśli popyt się podwoi	scenario analysis forecasting
        pl	trafność prognozy	forecast accuracy evaluation
        pl	prognoza liczby zgłoszeń	volume forecasting capacity planning
        pl	obliczyć zapas bezpieczeństwa	safety stock inventory planning
        pl	uniknąć braków w magazynie	stock-outs demand planning
        pl	kluczowe wskaźniki w jednym miejscu	kpi dashboard reporting
        pl	dashboard dla zarządu	management reporting dashboard
        pl	raport miesięczny dla zarządu	board reporting kpi
        pl	zdefiniować właściwe kpi	kpi definition performance measurement
        pl	automatyzacja raportowania	report automation dashboards
        pl	śledzenie kluczowych wskaźników	kpi tracking performance reporting
        pl	plan kontra wykonanie	target versus actual reporting
        pl	dashboard w czasie rzeczywistym	real-time dashboards kpi
        pl	za dużo raportów	reporting rationalisation
        pl	jedna wersja prawdy	reporting single source of truth
        pl	sygnalizacja świetlna statusu projektów	rag status kpi dashboard
        pl	raportowanie samoobsługowe	self-service bi reporting
        pl	przewidzieć kto odejdzie	machine learning churn prediction
        pl	wykrywać podejrzane transakcje	fraud detection machine learning
        pl	klasyfikacja obrazów	image classification machine learning
        pl	przewidywać przestoje maszyn	predictive maintenance machine learning
        pl	etykietowanie danych treningowych	data labelling machine learning
        pl	sztuczna inteligencja na naszych danych	artificial intelligence machine learning
        pl	dokładność modelu	model evaluation accuracy
        pl	wyjaśnić decyzje modelu	explainable ai machine learning
        pl	wdrożyć uczenie maszynowe	machine learning predictive modelling
        pl	połączyć dwie tabele	sql joins databases
        pl	zaprojektować model danych	data modelling database design
        pl	przyspieszyć zapytania	sql query optimisation
        pl	z arkusza do bazy danych	spreadsheets to database migration
        pl	usunąć zduplikowane rekordy	database deduplication master data
        pl	klucze główne i obce	relational database keys
        pl	narysować diagram erd	er diagram data model
        pl	zbudować hurtownię danych	data warehouse database
        pl	proces etl	etl data integration
        pl	zarządzanie danymi podstawowymi	master data management
        pl	nagrać film szkoleniowy	e-learning training videos
        pl	krótkie filmy instruktażowe	training videos microlearning
        pl	kurs online dla nowych pracowników	e-learning onboarding course
        pl	quiz po szkoleniu	e-learning assessment quiz
        pl	obowiązkowe szkolenie online	compliance e-learning mandatory training
        pl	moduł e-learningowy	e-learning interactive module
        pl	projektowanie dydaktyczne	instructional design e-learning
        pl	kto ukończył szkolenie	training completion tracking lms
        pl	paczka scorm	scorm e-learning standards
        pl	nagrać tutorial	screencast training video
        pl	nauka zdalna	distance learning e-learning
        pl	ścieżka szkoleniowa	learning path training
        pl	prywatność w fazie projektowania	privacy by design
        pl	bezpieczeństwo już na etapie projektu	security by design architecture
        pl	modelowanie zagrożeń	threat modelling security
        pl	zarządzanie uprawnieniami	identity access management roles
        pl	zasada minimalnych uprawnień	least privilege access control
        pl	szyfrowanie danych wrażliwych	encryption data security
        pl	przegląd architektury bezpieczeństwa	security architecture review
        pl	testy penetracyjne	penetration testing security
        pl	architektura zero trust	zero trust security architecture
        pl	minimalizacja danych	data minimisation privacy by design
        pl	pokazać na mapie	gis mapping
        pl	nasze lokalizacje na mapie	gis mapping locations
        pl	geokodowanie adresów	geocoding addresses gis
        pl	wyznaczyć obszar oddziaływania	catchment analysis gis
        pl	mapa cieplna zdarzeń	spatial analysis heat map
        pl	odległość do najbliższego oddziału	spatial analysis proximity
        pl	gdzie są nasi klienci	geospatial analysis customers
        pl	analiza danych przestrzennych	geospatial data gis
        pl	izochrony czasu dojazdu	isochrones travel time gis
        pl	zdjęcia satelitarne	remote sensing satellite imagery
        pl	warstwy mapy	gis map layers overlay
        pl	mapa interaktywna	interactive web mapping
        pl	uczyć się na incydentach	incident learning quality improvement
        pl	zgłaszanie zdarzeń prawie wypadkowych	near miss reporting
        pl	wskaźniki jakości	quality indicators measurement
        pl	cykl pdca	pdca quality improvement cycle
        pl	wciąż te same błędy	incident learning recurring errors
        pl	karta kontrolna	statistical process control chart
        pl	zmniejszyć liczbę błędów	error reduction quality improvement
        pl	analiza reklamacji	complaints analysis quality
        pl	wyciągnąć wnioski na przyszłość	lessons learned incident learning
        pl	certyfikacja iso 9001	iso 9001 quality management
        pl	czy to zgodne z rodo	gdpr data protection compliance
        pl	zebrać zgody od uczestników	consent gdpr
        pl	jak długo przechowywać dane	data retention gdpr
        pl	przetwarzanie danych osobowych	personal data gdpr
        pl	ocena skutków dla ochrony danych	dpia data protection impact assessment
        pl	prawo dostępu do danych	subject access request gdpr
        pl	prawo do bycia zapomnianym	right to erasure gdpr
        pl	anonimizować przed udostępnieniem	anonymisation data protection
        pl	rejestr czynności przetwarzania	records of processing gdpr
        pl	wycofanie zgody	consent withdrawal gdpr
        pl	publikacja zdjęć pracowników	image consent data protection
        pl	zgłosić naruszenie ochrony danych	data breach notification gdpr
        pl	podstawa prawna przetwarzania	lawful basis gdpr
        pl	generować pomysły w zespole	ideation brainstorming
        pl	zorganizować burzę mózgów	brainstorming ideation session
        pl	warsztat design thinking	design thinking innovation
        pl	zorganizować hackathon	hackathon innovation
        pl	laboratorium innowacji	innovation lab
        pl	priorytetyzacja pomysłów	idea prioritisation innovation
        pl	sprint projektowy	design sprint innovation
        pl	współtworzenie z klientami	co-creation design thinking
        pl	szybko przetestować pomysł	experimentation lean startup
        pl	techniki kreatywności	creativity methods facilitation
        pl	optymalizacja tras dostaw	route optimisation delivery
        pl	najkrótsza trasa między punktami	shortest route optimisation
        pl	mniej przejechanych kilometrów	route optimisation mileage
        pl	okna czasowe dostaw	vehicle routing time windows
        pl	zaplanować wizyty domowe	field service route scheduling
        pl	oszczędność paliwa	route optimisation fuel costs
        pl	zarządzanie flotą	fleet management routing
        pl	dostawy ostatniej mili	last mile delivery routing
        pl	problem komiwojażera	travelling salesman problem optimisation
        pl	policzyć ślad węglowy	carbon footprint emissions
        pl	mierzyć nasze emisje	carbon accounting emissions
        pl	emisje z zakresu 3	scope 3 emissions
        pl	co2 na dostawę	carbon emissions logistics
        pl	zużycie energii w budynkach	energy consumption sustainability
        pl	raport zrównoważonego rozwoju	sustainability reporting esg
        pl	zbierać dane esg	esg data reporting
        pl	cel zeroemisyjności netto	net zero carbon targets
        pl	wskaźniki emisji	emission factors carbon accounting
        pl	raportowanie csrd	csrd sustainability reporting
        pl	ocena cyklu życia	life cycle assessment
        pl	odtworzyć wyniki	reproducibility research software
        pl	powtórzyć analizę później	reproducible analysis
        pl	kontrola wersji dla analiz	version control reproducibility
        pl	udostępnić dane i kod	open science data code sharing
        pl	zamrozić wersje pakietów	dependency management reproducibility
        pl	dane zgodne z zasadami fair	fair data principles
        pl	cytowanie oprogramowania	software citation research
        pl	doi dla zbioru danych	persistent identifiers doi datasets
        pl	praktyki otwartej nauki	open science reproducibility
        pl	testy kodu badawczego	software testing research code
        pl	jak ułożyć dobrą ankietę	questionnaire design survey
        pl	dobre formułowanie pytań	question wording survey design
        pl	unikać pytań sugerujących	leading questions bias
        pl	skala likerta	likert scale survey design
        pl	ankieta jest za długa	survey length respondent burden
        pl	pilotaż ankiety	questionnaire pretesting
        pl	pytania otwarte czy zamknięte	open closed questions survey
        pl	badanie satysfakcji pracowników	employee survey design
        pl	badanie zadowolenia klientów	customer satisfaction survey
        pl	anonimowa ankieta	anonymous survey design
        pl	kolejność pytań	question order effects
        pl	jaki wykres wybrać	chart selection data visualisation
        pl	wykres jest przeładowany	chart design decluttering
        pl	zrobić czytelniejszy wykres	data visualisation chart design
        pl	wykres kołowy czy słupkowy	chart types visualisation
        pl	paleta kolorów do wykresów	colour palette charts
        pl	kolory dla daltonistów	colour-blind accessible visualisation
        pl	zrobić infografikę	infographics visualisation
        pl	opowiedzieć historię danymi	data storytelling
        pl	oś nie zaczyna się od zera	misleading axis chart design
        pl	interaktywny wykres	interactive visualisation
        pl	diagram sankeya	sankey diagram visualisation
        pl	na bieżąco informować interesariuszy	stakeholder communication project management
        pl	raport statusowy projektu	project status reporting
        pl	wykres gantta	gantt chart project scheduling
        pl	kamienie milowe się przesuwają	project milestones schedule
        pl	rejestr ryzyk	project risk register
        pl	mapa interesariuszy	stakeholder mapping analysis
        pl	macierz raci	raci matrix responsibilities
        pl	zakres ciągle rośnie	scope creep project management
        pl	agile czy kaskadowo	agile waterfall project methodology
        pl	przygotować komitet sterujący	project steering committee governance
        pl	wniosek o zmianę	change request project control
        pl	dostępne dla niewidomych	accessibility screen readers
        pl	zgodność z czytnikiem ekranu	screen reader accessibility
        pl	kontrast kolorów	colour contrast accessibility
        pl	tekst alternatywny dla obrazów	alt text accessibility
        pl	dostępne dokumenty	accessible documents
        pl	tłumacz języka migowego	sign language accessibility
        pl	osoby słabowidzące	low vision accessibility
        pl	audyt dostępności	accessibility audit wcag
        pl	wytyczne wcag	wcag accessibility guidelines
        pl	deklaracja dostępności	accessibility statement compliance
        pl	zbudować aplikację bez programowania	citizen development low-code
        pl	platforma low-code	low-code platform
        pl	narzędzie no-code	no-code development
        pl	cyfryzacja papierowego formularza	digital forms low-code
        pl	zastąpić arkusz aplikacją	low-code app spreadsheet replacement
        pl	obieg akceptacji bez kodu	low-code workflow approvals
        pl	citizen developerzy w firmie	citizen development low-code
        pl	cyfrowa lista kontrolna	digital checklist low-code
        pl	aplikacja dla pracowników terenowych	low-code mobile field app
        pl	zarządzanie low-code	low-code governance
        pl	małe narzędzie wewnętrzne	low-code internal tools
        pl	wybór dostawcy chmury	cloud provider selection
        pl	obniżyć koszty chmury	cloud cost optimisation finops
        pl	infrastruktura jako kod	infrastructure as code
        pl	automatyczne skalowanie	autoscaling cloud architecture
        pl	wysoka dostępność	high availability architecture
        pl	chmura hybrydowa	hybrid cloud architecture
        pl	architektura mikroserwisów	microservices architecture
        pl	suwerenna chmura	sovereign cloud
        pl	dane przechowywane w polsce	cloud data residency sovereignty
        pl	kontenery i orkiestracja	containers orchestration cloud
        pl	zaprojektować architekturę chmurową	cloud architecture design
        pl	tworzenie front-endu	web development frontend
        pl	responsywny układ	responsive web design
        pl	html i css	html css web development
        pl	react czy vue	frontend frameworks react vue
        pl	zbudować api rest	rest api development
        pl	projektowanie api	api design web development
        pl	stworzyć aplikację webową	web application development
        pl	skrócić czas ładowania	web performance page speed
        pl	pozycjonowanie seo	search engine optimisation
        pl	programista javascript	javascript web development
        pl	progresywna aplikacja webowa	progressive web app
        pl	stylowanie css	css layout web design
        en	how hot does it get	thermal simulation heat analysis
        en	temperature inside a closed housing	thermal simulation heat analysis
        en	heat dissipation of the electronics	thermal simulation cooling design
        en	will this bracket hold the load	fea stress analysis
        en	where is the highest stress	fea stress analysis structural
        en	how much does the part bend	fea deflection structural analysis
        en	natural frequency of the part	modal analysis fea
        en	calculate the magnetic field	magnetic field simulation electromagnetic
        en	flux density in the air gap	magnetic field simulation electromagnetic
        en	airflow through the enclosure	cfd flow simulation
        en	pressure drop in the channel	cfd flow simulation
        en	how the coolant flows	cfd flow simulation cooling
        en	compare simulation with test bench	simulation model validation
        en	validate the model with measurements	simulation model validation
        en	calculate before building a prototype	virtual prototyping simulation
        en	mesh for finite elements	fea meshing finite element
        de	wie warm wird	thermal simulation heat analysis
        de	temperatur im geschlossenen gehäuse	thermal simulation heat analysis
        de	hält das bauteil die last	fea stress analysis
        de	spannungen im bauteil berechnen	fea stress analysis
        de	magnetfeld berechnen	magnetic field simulation electromagnetic
        de	strömung im kanal simulieren	cfd flow simulation
        de	simulation mit prüfstand abgleichen	simulation model validation
        fr	échauffement dans le boîtier fermé	thermal simulation heat analysis
        fr	jusqu'à quelle température ça chauffe	thermal simulation heat analysis
        fr	tenue mécanique de la pièce	fea stress analysis
        fr	calcul des contraintes mécaniques	fea stress analysis
        fr	calculer le champ magnétique	magnetic field simulation electromagnetic
        fr	simuler l'écoulement d'air	cfd flow simulation
        fr	modèle comparé au banc d'essai	simulation model validation
        es	cuánto se calienta	thermal simulation heat analysis
        es	temperatura dentro de la carcasa	thermal simulation heat analysis
        es	aguanta la pieza la carga	fea stress analysis
        es	calcular tensiones en la pieza	fea stress analysis
        es	calcular el campo magnético	magnetic field simulation electromagnetic
        es	simular el flujo de aire	cfd flow simulation
        es	modelo frente al banco de pruebas	simulation model validation
        nl	hoe warm wordt het	thermal simulation heat analysis
        nl	temperatuur in gesloten behuizing	thermal simulation heat analysis
        nl	sterkteberekening van het onderdeel	fea stress analysis
        nl	spanningen in het onderdeel	fea stress analysis
        nl	magnetisch veld berekenen	magnetic field simulation electromagnetic
        nl	luchtstroming simuleren	cfd flow simulation
        nl	model vergelijken met proefbank	simulation model validation
        it	quanto si scalda	thermal simulation heat analysis
        it	temperatura nel contenitore chiuso	thermal simulation heat analysis
        it	il pezzo regge il carico	fea stress analysis
        it	calcolo delle tensioni meccaniche	fea stress analysis
        it	calcolare il campo magnetico	magnetic field simulation electromagnetic
        it	simulare il flusso d'aria	cfd flow simulation
        it	modello contro banco prova	simulation model validation
        sv	hur varm blir den	thermal simulation heat analysis
        sv	temperatur i slutet hölje	thermal simulation heat analysis
        sv	håller detaljen för lasten	fea stress analysis
        sv	beräkna spänningar i detaljen	fea stress analysis
        sv	beräkna magnetfältet	magnetic field simulation electromagnetic
        sv	simulera luftflödet	cfd flow simulation
        sv	modell mot provbänk	simulation model validation
        pt	quanto aquece o motor	thermal simulation heat analysis
        pt	temperatura dentro da carcaça	thermal simulation heat analysis
        pt	a peça aguenta a carga	fea stress analysis
        pt	calcular tensões na peça	fea stress analysis
        pt	calcular o campo magnético	magnetic field simulation electromagnetic
        pt	simular o escoamento do ar	cfd flow simulation
        pt	modelo versus bancada de ensaio	simulation model validation
        pl	jak bardzo się nagrzewa	thermal simulation heat analysis
        pl	temperatura w zamkniętej obudowie	thermal simulation heat analysis
        pl	czy detal wytrzyma obciążenie	fea stress analysis
        pl	obliczyć naprężenia w elemencie	fea stress analysis
        pl	obliczyć pole magnetyczne	magnetic field simulation electromagnetic
        pl	symulacja przepływu powietrza	cfd flow simulation
        pl	model a wyniki ze stanowiska	simulation model validation
        en	is the process stable	statistical process control stability
        en	control chart limits	control charts spc
        en	points outside control limits	control charts spc
        en	what is our cpk	process capability cpk
        en	cpk below 1.33	process capability cpk
        en	can we hold the tolerance	process capability tolerance
        en	dimensions drifting towards the limit	process drift spc
        en	two measuring machines disagree	measurement system analysis msa
        en	gauge repeatability and reproducibility	gauge r&r measurement system analysis
        en	operators measure the same part differently	measurement system analysis msa
        en	how many parts to sample	sampling plan statistics
        en	plan experiments efficiently	design of experiments doe
        en	which factors influence hardness	design of experiments factor analysis
        en	which parameters affect the result	design of experiments regression
        en	correlation between settings and quality	statistical analysis regression
        en	distribution of the measured values	statistics process capability
        de	ist der prozess stabil	statistical process control stability
        de	regelkarte einführen	control charts spc
        de	cpk wert berechnen	process capability cpk
        de	toleranz driftet weg	process drift spc
        de	messmittelfähigkeit nachweisen	measurement system analysis msa
        de	zwei messmaschinen messen unterschiedlich	measurement system analysis msa
        de	statistische versuchsplanung	design of experiments doe
        de	welche faktoren beeinflussen die eigenschaft	design of experiments factor analysis
        fr	le procédé est-il stable	statistical process control stability
        fr	calculer le cpk	process capability cpk
        fr	les cotes dérivent	process drift spc
        fr	capabilité du moyen de mesure	measurement system analysis msa
        fr	plan d'expériences	design of experiments doe
        fr	quels facteurs influencent la propriété	design of experiments factor analysis
        es	el proceso es estable	statistical process control stability
        es	calcular el cpk	process capability cpk
        es	las cotas se desvían	process drift spc
        es	análisis del sistema de medición	measurement system analysis msa
        es	diseño de experimentos	design of experiments doe
        es	qué factores influyen en la propiedad	design of experiments factor analysis
        nl	is het proces stabiel	statistical process control stability
        nl	regelkaart bijhouden	control charts spc
        nl	cpk waarde berekenen	process capability cpk
        nl	maten lopen weg	process drift spc
        nl	meetsysteemanalyse doen	measurement system analysis msa
        nl	proefopzet met factoren	design of experiments doe
        nl	welke factoren beïnvloeden de eigenschap	design of experiments factor analysis
        it	il processo è stabile	statistical process control stability
        it	calcolare il cpk	process capability cpk
        it	le quote derivano	process drift spc
        it	analisi del sistema di misura	measurement system analysis msa
        it	piano degli esperimenti	design of experiments doe
        it	quali fattori influenzano la proprietà	design of experiments factor analysis
        sv	är processen stabil	statistical process control stability
        sv	styrdiagram för processen	control charts spc
        sv	räkna ut cpk	process capability cpk
        sv	måtten driver iväg	process drift spc
        sv	mätsystemanalys på mätdonet	measurement system analysis msa
        sv	försöksplanering med faktorer	design of experiments doe
        sv	vilka faktorer påverkar egenskapen	design of experiments factor analysis
        pt	o processo está estável	statistical process control stability
        pt	calcular o cpk	process capability cpk
        pt	as cotas estão derivando	process drift spc
        pt	análise do sistema de medição	measurement system analysis msa
        pt	planejamento de experimentos	design of experiments doe
        pt	quais fatores influenciam a propriedade	design of experiments factor analysis
        pl	czy proces jest stabilny	statistical process control stability
        pl	karta kontrolna procesu	control charts spc
        pl	policzyć wskaźnik cpk	process capability cpk
        pl	wymiary dryfują do granicy	process drift spc
        pl	analiza systemu pomiarowego	measurement system analysis msa
        pl	planowanie eksperymentów	design of experiments doe
        pl	jakie czynniki wpływają na właściwość	design of experiments factor analysis
        en	predict bearing wear	predictive maintenance wear prediction
        en	how long will the bearing last	remaining useful life prediction
        en	predict tool wear	tool wear prediction
        en	when to change the cutting tool	tool wear prediction tool life
        en	tool life from spindle load	tool wear tracking
        en	service based on condition	condition based maintenance
        en	instead of fixed maintenance intervals	condition based maintenance
        en	vibration trend of the spindle	vibration analysis condition tracking
        en	vibration sensors on the pump	vibration analysis condition tracking
        en	frequency spectrum of vibrations	vibration analysis fft
        en	plan maintenance from sensor data	predictive maintenance data analytics
        en	remaining useful life	remaining useful life prediction
        en	condition monitoring of gearboxes	condition tracking predictive maintenance
        en	anomaly detection on machine data	anomaly detection predictive maintenance
        en	forecast the next maintenance date	predictive maintenance scheduling
        en	temperature trend of the bearing	condition tracking trend analysis
        de	verschleiß vorhersagen	predictive maintenance wear prediction
        de	werkzeugverschleiß erkennen	tool wear prediction
        de	werkzeugstandzeit vorhersagen	tool life prediction
        de	schwingungen an der spindel messen	vibration analysis condition tracking
        de	zustandsüberwachung der anlage	condition tracking predictive maintenance
        de	restlebensdauer abschätzen	remaining useful life prediction
        de	wartung nach zustand statt intervall	condition based maintenance
        fr	prévoir l'usure	predictive maintenance wear prediction
        fr	usure de l'outil	tool wear prediction
        fr	durée de vie de l'outil	tool life prediction
        fr	analyse vibratoire de la broche	vibration analysis condition tracking
        fr	surveillance de l'état des machines	condition tracking
        fr	durée de vie restante	remaining useful life prediction
        es	predecir el desgaste	predictive maintenance wear prediction
        es	desgaste de la herramienta	tool wear prediction
        es	vida útil de la herramienta	tool life prediction
        es	vibraciones del husillo	vibration analysis condition tracking
        es	monitorizar el estado de la máquina	condition tracking
        es	vida útil restante	remaining useful life prediction
        nl	slijtage voorspellen	predictive maintenance wear prediction
        nl	gereedschapsslijtage meten	tool wear prediction
        nl	standtijd van het gereedschap	tool life prediction
        nl	trillingen van de spil	vibration analysis condition tracking
        nl	onderhoud op basis van conditie	condition based maintenance
        nl	resterende levensduur	remaining useful life prediction
        it	prevedere l'usura	predictive maintenance wear prediction
        it	usura dell'utensile	tool wear prediction
        it	vita utile dell'utensile	tool life prediction
        it	vibrazioni del mandrino	vibration analysis condition tracking
        it	monitoraggio delle condizioni	condition tracking
        it	vita utile residua	remaining useful life prediction
        sv	förutse slitage	predictive maintenance wear prediction
        sv	verktygsslitage i maskinen	tool wear prediction
        sv	verktygets livslängd	tool life prediction
        sv	vibrationer i spindeln	vibration analysis condition tracking
        sv	tillståndsövervakning av maskiner	condition tracking
        sv	återstående livslängd	remaining useful life prediction
        pt	prever o desgaste	predictive maintenance wear prediction
        pt	desgaste da ferramenta	tool wear prediction
        pt	vida útil da ferramenta	tool life prediction
        pt	vibração do fuso	vibration analysis condition tracking
        pt	monitoramento de condição	condition tracking
        pt	vida útil restante	remaining useful life prediction
        pl	przewidzieć zużycie	predictive maintenance wear prediction
        pl	zużycie narzędzia	tool wear prediction
        pl	trwałość narzędzia	tool life prediction
        pl	drgania wrzeciona	vibration analysis condition tracking
        pl	predykcyjne utrzymanie ruchu	predictive maintenance
        pl	monitorowanie stanu maszyn	condition tracking
        pl	pozostały czas życia	remaining useful life prediction
        en	get data out of machines	machine data acquisition iiot
        en	read out machine parameters	machine data acquisition
        en	connect old machines	retrofit legacy machines iiot
        en	retrofit sensors on old equipment	retrofit legacy machines sensors
        en	connect via opc ua	opc ua machine connectivity
        en	standard interface for machine data	opc ua interoperability
        en	send results to one central place	central data collection iiot
        en	collect measurement results centrally	central data collection
        en	store machine data centrally	central data collection
        en	connect machines to the cloud	iiot cloud connectivity
        en	industrial internet of things	iiot machine connectivity
        en	capture cycle counts automatically	machine data acquisition
        en	log process parameters per part	traceability data acquisition
        en	machines from different vendors one format	data integration interoperability
        en	live data from the production line	real-time machine data iiot
        en	network the shop floor machines	machine connectivity networking
        de	daten aus der maschine holen	machine data acquisition iiot
        de	alte maschinen anbinden	retrofit legacy machines iiot
        de	maschinendaten erfassen	machine data acquisition
        de	anbindung über opc ua	opc ua machine connectivity
        de	ergebnisse zentral sammeln	central data collection
        de	maschinen vernetzen	machine connectivity iiot
        de	bestandsmaschinen mit sensoren nachrüsten	retrofit sensors iiot
        fr	récupérer les données machine	machine data acquisition iiot
        fr	connecter les anciennes machines	retrofit legacy machines iiot
        fr	remonter les données de production	machine data acquisition
        fr	centraliser les résultats de mesure	central data collection
        fr	communication en opc ua	opc ua machine connectivity
        fr	rétrofit des machines	retrofit legacy machines
        fr	mettre en réseau les machines	machine connectivity iiot
        es	sacar datos de las máquinas	machine data acquisition iiot
        es	conectar máquinas antiguas	retrofit legacy machines iiot
        es	captura de datos de máquina	machine data acquisition
        es	centralizar los resultados de medición	central data collection
        es	conexión por opc ua	opc ua machine connectivity
        es	internet industrial de las cosas	iiot machine connectivity
        nl	data uit de machine halen	machine data acquisition iiot
        nl	oude machines aansluiten	retrofit legacy machines iiot
        nl	machinedata verzamelen	machine data acquisition
        nl	meetresultaten centraal opslaan	central data collection
        nl	koppeling via opc ua	opc ua machine connectivity
        nl	machines in het netwerk koppelen	machine connectivity iiot
        it	estrarre dati dalle macchine	machine data acquisition iiot
        it	collegare macchine vecchie	retrofit legacy machines iiot
        it	raccolta dati macchina	machine data acquisition
        it	centralizzare i risultati di misura	central data collection
        it	interfaccia opc ua	opc ua machine connectivity
        it	interconnessione delle macchine	machine connectivity industry 4.0
        sv	hämta data från maskinen	machine data acquisition iiot
        sv	ansluta äldre maskiner	retrofit legacy machines iiot
        sv	samla in maskindata	machine data acquisition
        sv	samla mätresultat centralt	central data collection
        sv	koppla upp via opc ua	opc ua machine connectivity
        sv	uppkopplade maskiner	machine connectivity iiot
        pt	tirar dados das máquinas	machine data acquisition iiot
        pt	conectar máquinas antigas	retrofit legacy machines iiot
        pt	coleta de dados de máquina	machine data acquisition
        pt	centralizar os resultados de medição	central data collection
        pt	comunicação via opc ua	opc ua machine connectivity
        pt	máquinas conectadas em rede	machine connectivity iiot
        pl	pobrać dane z maszyny	machine data acquisition iiot
        pl	podłączyć stare maszyny	retrofit legacy machines iiot
        pl	zbieranie danych maszynowych	machine data acquisition
        pl	zbierać wyniki pomiarów centralnie	central data collection
        pl	komunikacja przez opc ua	opc ua machine connectivity
        pl	sieciowanie maszyn	machine connectivity iiot
        en	teach the robot new positions	robot programming teaching
        en	robot path for pick and place	robot programming pick and place
        en	program a new gripper sequence	robot programming gripper
        en	offline programming of robots	robot programming offline simulation
        en	cycle time of the robot cell	robot cell cycle time
        en	camera guided picking	robot vision automation
        en	cobot next to the operator	collaborative robots cobots
        en	safety for human robot collaboration	collaborative robots safety
        en	ladder logic for the line	plc programming automation
        en	structured text function blocks	plc programming iec 61131
        en	change the control sequence	plc programming automation
        en	add a test station step	test station automation
        en	test sequence for end of line	test station automation end-of-line
        en	automate a manual assembly step	automation engineering
        en	automate loading of parts	automation engineering machine tending
        de	roboter neue positionen teachen	robot programming teaching
        de	roboterprogramm anpassen	robot programming
        de	cobot am handarbeitsplatz	collaborative robots cobots
        de	ablaufsteuerung programmieren	plc programming automation
        de	schrittkette erweitern	plc programming sequence
        de	prüfablauf am prüfplatz ändern	test station automation
        de	montageschritt automatisieren	automation engineering
        fr	programmer le robot	robot programming
        fr	apprendre une nouvelle trajectoire	robot programming teaching
        fr	robot collaboratif à côté de l'opérateur	collaborative robots cobots
        fr	programmation en langage ladder	plc programming automation
        fr	séquence du poste de test	test station automation
        fr	automatiser une étape de montage	automation engineering
        es	programar el robot	robot programming
        es	enseñar nuevos puntos al robot	robot programming teaching
        es	robot colaborativo junto al operario	collaborative robots cobots
        es	programación en ladder	plc programming automation
        es	secuencia del puesto de prueba	test station automation
        es	automatizar un paso de montaje	automation engineering
        nl	robot nieuwe posities leren	robot programming teaching
        nl	robotprogramma aanpassen	robot programming
        nl	cobot naast de operator	collaborative robots cobots
        nl	besturingslogica programmeren	plc programming automation
        nl	teststation stappen aanpassen	test station automation
        nl	montagestap automatiseren	automation engineering
        it	programmare il robot	robot programming
        it	insegnare nuovi punti al robot	robot programming teaching
        it	robot collaborativo accanto all'operatore	collaborative robots cobots
        it	programmazione in ladder	plc programming automation
        it	sequenza della stazione di collaudo	test station automation
        it	automatizzare una fase di montaggio	automation engineering
        sv	programmera roboten	robot programming
        sv	lära in nya positioner	robot programming teaching
        sv	kobot bredvid operatören	collaborative robots cobots
        sv	programmera styrlogiken	plc programming automation
        sv	stegen i teststationen	test station automation
        sv	automatisera ett monteringsmoment	automation engineering
        pt	programar o robô	robot programming
        pt	ensinar novos pontos ao robô	robot programming teaching
        pt	robô colaborativo ao lado do operador	collaborative robots cobots
        pt	programação em ladder	plc programming automation
        pt	sequência da estação de teste	test station automation
        pt	automatizar uma etapa de montagem	automation engineering
        pl	programowanie robota	robot programming
        pl	nauczyć robota nowych punktów	robot programming teaching
        pl	robot współpracujący przy operatorze	collaborative robots cobots
        pl	programowanie w języku drabinkowym	plc programming automation
        pl	kroki stanowiska testowego	test station automation
        pl	zautomatyzować etap montażu	automation engineering
        en	where do we lose time	lean loss analysis oee
        en	map the value stream	value stream mapping
        en	material flow through the hall	lean material flow
        en	reduce walking distances	lean waste reduction
        en	parts waiting between processes	lean material flow wip
        en	count the short stops	micro-stops oee loss analysis
        en	calculate our oee	oee overall equipment effectiveness
        en	availability performance quality rate	oee overall equipment effectiveness
        en	daily shop floor meeting	shop floor management
        en	board for the morning meeting	shop floor management visual
        en	sort and label the workplace	5s workplace organization
        en	introduce 5s in the workshop	5s workplace organization
        en	kaizen workshop on the line	continuous improvement kaizen
        en	reduce changeover time	smed changeover lean
        en	takt time of the line	lean takt time line balancing
        de	wo verlieren wir zeit	lean loss analysis oee
        de	wertstrom aufnehmen	value stream mapping
        de	materialfluss in der halle	lean material flow
        de	kurzstillstände erfassen	micro-stops oee loss analysis
        de	oee berechnen	oee overall equipment effectiveness
        de	shopfloor runde am morgen	shop floor management
        de	5s am arbeitsplatz einführen	5s workplace organization
        fr	où perdons-nous du temps	lean loss analysis oee
        fr	flux de matière dans l'atelier	lean material flow
        fr	micro-arrêts sur la ligne	micro-stops oee loss analysis
        fr	calculer le trs	oee overall equipment effectiveness
        fr	réunion terrain du matin	shop floor management
        fr	démarche 5s dans l'atelier	5s workplace organization
        es	dónde perdemos tiempo	lean loss analysis oee
        es	flujo de material en planta	lean material flow
        es	microparadas en la línea	micro-stops oee loss analysis
        es	calcular el oee	oee overall equipment effectiveness
        es	reunión diaria en planta	shop floor management
        es	implantar las 5s	5s workplace organization
        nl	waar verliezen we tijd	lean loss analysis oee
        nl	waardestroom in kaart brengen	value stream mapping
        nl	materiaalstroom in de hal	lean material flow
        nl	korte stilstanden registreren	micro-stops oee loss analysis
        nl	oee berekenen	oee overall equipment effectiveness
        nl	dagstart op de werkvloer	shop floor management
        nl	5s op de werkplek	5s workplace organization
        it	dove perdiamo tempo	lean loss analysis oee
        it	mappatura del flusso del valore	value stream mapping
        it	flusso dei materiali in reparto	lean material flow
        it	microfermate sulla linea	micro-stops oee loss analysis
        it	calcolare l'oee	oee overall equipment effectiveness
        it	riunione quotidiana in reparto	shop floor management
        it	introdurre le 5s	5s workplace organization
        sv	var tappar vi tid	lean loss analysis oee
        sv	kartlägga värdeflödet	value stream mapping
        sv	materialflödet i verkstaden	lean material flow
        sv	korta stopp i linan	micro-stops oee loss analysis
        sv	räkna ut oee	oee overall equipment effectiveness
        sv	daglig styrning vid tavlan	shop floor management
        sv	införa 5s på arbetsplatsen	5s workplace organization
        pt	onde perdemos tempo	lean loss analysis oee
        pt	fluxo de material na fábrica	lean material flow
        pt	micro paradas na linha	micro-stops oee loss analysis
        pt	calcular o oee	oee overall equipment effectiveness
        pt	reunião diária no chão de fábrica	shop floor management
        pt	implantar o 5s	5s workplace organization
        pl	gdzie tracimy czas	lean loss analysis oee
        pl	przepływ materiału na hali	lean material flow
        pl	mikroprzestoje na linii	micro-stops oee loss analysis
        pl	obliczyć wskaźnik oee	oee overall equipment effectiveness
        pl	codzienna odprawa na produkcji	shop floor management
        pl	wdrożenie 5s na stanowisku	5s workplace organization
        en	copy numbers by hand between systems	data integration etl pipeline
        en	typing the same data twice	data integration manual re-entry automation
        en	nightly data transfer	etl batch data pipeline
        en	sync data every night	etl scheduled data sync
        en	one central database for everything	data warehouse central data platform
        en	merge data from different sources	data integration etl
        en	pull machine data automatically	data ingestion machine data pipeline
        en	where to store all sensor data	data lake data storage architecture
        en	clean up messy data automatically	data cleansing data quality etl
        en	automate the csv exports	data pipeline automation etl
        en	interface between two systems	system integration api data interface
        en	transform data before loading	etl data transformation
        en	historical machine data in one place	data warehouse data engineering
        en	schedule recurring data jobs	data orchestration workflow scheduling
        en	build a data pipeline	data engineering etl pipeline
        de	zahlen von hand übertragen	data integration etl pipeline
        de	daten doppelt eintippen	data integration manual re-entry automation
        de	nächtlicher datenabgleich	etl batch data sync
        de	eine zentrale datenbank für alles	data warehouse central data platform
        de	daten aus verschiedenen quellen zusammenführen	data integration etl
        de	schnittstelle zwischen zwei systemen	system integration api data interface
        de	maschinendaten automatisch einsammeln	data ingestion machine data pipeline
        fr	recopier les chiffres à la main	data integration manual re-entry etl
        fr	transfert de données chaque nuit	etl batch data pipeline
        fr	une base de données centrale	data warehouse central data platform
        fr	regrouper les données de plusieurs sources	data integration etl
        fr	interface entre deux systèmes	system integration api data interface
        fr	collecter automatiquement les données machines	data ingestion machine data pipeline
        es	copiar los datos a mano	data integration manual re-entry etl
        es	transferencia de datos cada noche	etl batch data pipeline
        es	una base de datos central	data warehouse central data platform
        es	unificar datos de varias fuentes	data integration etl
        es	interfaz entre dos sistemas	system integration api data interface
        es	recoger datos de máquinas automáticamente	data ingestion machine data pipeline
        nl	cijfers handmatig overtypen	data integration manual re-entry etl
        nl	gegevens dubbel invoeren	data integration manual re-entry automation
        nl	nachtelijke gegevensoverdracht	etl batch data pipeline
        nl	één centrale database	data warehouse central data platform
        nl	data uit verschillende bronnen samenvoegen	data integration etl
        nl	koppeling tussen twee systemen	system integration api data interface
        nl	machinedata automatisch verzamelen	data ingestion machine data pipeline
        it	ricopiare i numeri a mano	data integration manual re-entry etl
        it	inserire due volte gli stessi dati	data integration manual re-entry automation
        it	trasferimento dati ogni notte	etl batch data pipeline
        it	un unico database centrale	data warehouse central data platform
        it	unire dati da diverse fonti	data integration etl
        it	interfaccia tra due sistemi	system integration api data interface
        it	raccogliere automaticamente i dati macchina	data ingestion machine data pipeline
        sv	skriva över siffror manuellt	data integration manual re-entry etl
        sv	mata in samma data två gånger	data integration manual re-entry automation
        sv	nattlig dataöverföring	etl batch data pipeline
        sv	en central databas för allt	data warehouse central data platform
        sv	slå ihop data från olika källor	data integration etl
        sv	integration mellan två system	system integration api data interface
        sv	samla in maskindata automatiskt	data ingestion machine data pipeline
        pt	copiar números à mão entre sistemas	data integration manual re-entry etl
        pt	digitar os mesmos dados duas vezes	data integration manual re-entry automation
        pt	transferência de dados todas as noites	etl batch data pipeline
        pt	uma base de dados central	data warehouse central data platform
        pt	juntar dados de várias fontes	data integration etl
        pt	interface entre dois sistemas	system integration api data interface
        pt	recolher dados das máquinas automaticamente	data ingestion machine data pipeline
        pl	wpisywać te same dane dwa razy	data integration manual re-entry automation
        pl	nocny transfer danych	etl batch data pipeline
        pl	jedna centralna baza danych	data warehouse central data platform
        pl	łączenie danych z różnych źródeł	data integration etl
        pl	interfejs między dwoma systemami	system integration api data interface
        pl	automatyczne zbieranie danych z maszyn	data ingestion machine data pipeline
        en	output vs target in the hall	shopfloor dashboard kpi visualization
        en	kpis per shift	shift reporting kpi dashboard
        en	monthly report for management	management reporting business intelligence
        en	oee per line chart	oee dashboard kpi reporting
        en	see production figures live	real-time dashboard production kpi
        en	build a kpi dashboard	dashboard business intelligence
        en	traffic light view of kpis	kpi dashboard visualization
        en	weekly figures for the board	management reporting kpi
        en	charts instead of long tables	data visualization reporting
        en	scrap rate per week overview	quality kpi reporting dashboard
        en	automatic weekly report	automated reporting business intelligence
        en	drill down by product line	business intelligence drill-down analytics
        en	one page overview for the boss	executive dashboard management reporting
        en	numbers visible on the shop floor	shopfloor dashboard visual management
        en	compare plants side by side	kpi benchmarking reporting
        de	soll ist vergleich in der halle	shopfloor dashboard kpi visualization
        de	kennzahlen pro schicht	shift reporting kpi dashboard
        de	bericht für die geschäftsleitung	management reporting business intelligence
        de	oee auswertung pro linie	oee dashboard kpi reporting
        de	produktionszahlen live sehen	real-time dashboard production kpi
        de	monatsbericht automatisch erstellen	automated reporting business intelligence
        fr	réalisé contre objectif en atelier	shopfloor dashboard kpi visualization
        fr	indicateurs par équipe	shift reporting kpi dashboard
        fr	rapport pour la direction	management reporting business intelligence
        fr	suivi du trs par ligne	oee dashboard kpi reporting
        fr	chiffres de production en temps réel	real-time dashboard production kpi
        fr	tableau de bord mensuel automatique	automated reporting business intelligence
        es	producción real frente a objetivo	shopfloor dashboard kpi visualization
        es	indicadores por turno	shift reporting kpi dashboard
        es	informe para la dirección	management reporting business intelligence
        es	oee por línea de producción	oee dashboard kpi reporting
        es	ver la producción en tiempo real	real-time dashboard production kpi
        es	cuadro de mando mensual automático	automated reporting business intelligence
        nl	werkelijk versus doel in de hal	shopfloor dashboard kpi visualization
        nl	kpi's per ploeg	shift reporting kpi dashboard
        nl	rapportage voor het management	management reporting business intelligence
        nl	oee per lijn inzichtelijk	oee dashboard kpi reporting
        nl	productiecijfers realtime zien	real-time dashboard production kpi
        nl	maandrapport automatisch maken	automated reporting business intelligence
        it	prodotto rispetto all'obiettivo in reparto	shopfloor dashboard kpi visualization
        it	kpi per turno	shift reporting kpi dashboard
        it	report per la direzione	management reporting business intelligence
        it	oee per linea	oee dashboard kpi reporting
        it	vedere la produzione in tempo reale	real-time dashboard production kpi
        it	cruscotto mensile automatico	automated reporting business intelligence
        sv	utfall mot mål i verkstaden	shopfloor dashboard kpi visualization
        sv	nyckeltal per skift	shift reporting kpi dashboard
        sv	rapport till ledningen	management reporting business intelligence
        sv	oee per linje	oee dashboard kpi reporting
        sv	se produktionen i realtid	real-time dashboard production kpi
        sv	månadsrapport automatiskt	automated reporting business intelligence
        pt	produzido versus meta na fábrica	shopfloor dashboard kpi visualization
        pt	indicadores por turno	shift reporting kpi dashboard
        pt	relatório para a diretoria	management reporting business intelligence
        pt	oee por linha	oee dashboard kpi reporting
        pt	ver a produção em tempo real	real-time dashboard production kpi
        pt	painel mensal automático	automated reporting business intelligence
        pl	wykonanie vs plan na hali	shopfloor dashboard kpi visualization
        pl	wskaźniki na zmianę	shift reporting kpi dashboard
        pl	raport dla zarządu	management reporting business intelligence
        pl	oee dla każdej linii	oee dashboard kpi reporting
        pl	podgląd produkcji na żywo	real-time dashboard production kpi
        pl	automatyczny raport miesięczny	automated reporting business intelligence
        en	export all drawings at once	cad automation scripting batch export
        en	drawings of an assembly as pdf	cad automation batch export pdf
        en	bill of materials from the model	cad bom extraction automation
        en	parts list from 3d model	cad bom extraction automation
        en	product configurator for sales	cad configurator design automation
        en	rename hundreds of part files	cad automation batch processing
        en	write a macro for drawings	cad macro scripting api
        en	generate variants automatically	design automation parametric modeling
        en	rule based design	knowledge based engineering design automation
        en	update title blocks in bulk	cad automation drawing templates
        en	step files for all parts	cad batch export neutral formats
        en	parametric model driven by table	parametric modeling design tables
        en	create drawings from models automatically	drawing automation cad scripting
        en	same change in every drawing	cad automation batch update
        en	quote with 3d model for customer	sales configurator cpq cad
        de	alle zeichnungen auf einmal exportieren	cad automation scripting batch export
        de	stückliste aus dem modell	cad bom extraction automation
        de	konfigurator für den vertrieb	cad configurator design automation
        de	makro für zeichnungen schreiben	cad macro scripting api
        de	varianten automatisch erzeugen	design automation parametric modeling
        de	schriftfelder in allen zeichnungen ändern	cad automation drawing templates
        fr	exporter tous les plans en pdf	cad automation batch export pdf
        fr	nomenclature à partir du modèle	cad bom extraction automation
        fr	configurateur pour les commerciaux	cad configurator design automation
        fr	macro pour les mises en plan	cad macro scripting api
        fr	générer les variantes automatiquement	design automation parametric modeling
        fr	modifier les cartouches en masse	cad automation drawing templates
        es	exportar todos los planos a pdf	cad automation batch export pdf
        es	lista de materiales desde el modelo	cad bom extraction automation
        es	configurador para ventas	cad configurator design automation
        es	macro para los planos	cad macro scripting api
        es	generar variantes automáticamente	design automation parametric modeling
        es	cambiar cajetines de todos los planos	cad automation drawing templates
        nl	alle tekeningen tegelijk exporteren	cad automation scripting batch export
        nl	stuklijst uit het model	cad bom extraction automation
        nl	configurator voor verkoop	cad configurator design automation
        nl	macro voor tekeningen	cad macro scripting api
        nl	varianten automatisch genereren	design automation parametric modeling
        nl	titelblokken in bulk aanpassen	cad automation drawing templates
        it	esportare tutte le tavole in pdf	cad automation batch export pdf
        it	distinta base dal modello	cad bom extraction automation
        it	configuratore per i commerciali	cad configurator design automation
        it	macro per le tavole	cad macro scripting api
        it	generare varianti automaticamente	design automation parametric modeling
        it	aggiornare i cartigli in blocco	cad automation drawing templates
        sv	exportera alla ritningar på en gång	cad automation scripting batch export
        sv	stycklista från modellen	cad bom extraction automation
        sv	konfigurator för säljarna	cad configurator design automation
        sv	makro för ritningar	cad macro scripting api
        sv	skapa varianter automatiskt	design automation parametric modeling
        sv	ändra namnrutor på alla ritningar	cad automation drawing templates
        pt	exportar todos os desenhos em pdf	cad automation batch export pdf
        pt	lista de materiais do modelo	cad bom extraction automation
        pt	configurador para vendas	cad configurator design automation
        pt	macro para os desenhos	cad macro scripting api
        pt	gerar variantes automaticamente	design automation parametric modeling
        pt	alterar carimbos de todos desenhos	cad automation drawing templates
        pl	eksport wszystkich rysunków naraz	cad automation scripting batch export
        pl	lista części z modelu	cad bom extraction automation
        pl	konfigurator dla handlowców	cad configurator design automation
        pl	makro do rysunków	cad macro scripting api
        pl	automatyczne generowanie wariantów	design automation parametric modeling
        pl	zmiana tabelek rysunkowych hurtowo	cad automation drawing templates
        en	machines in the office network	ot security network segmentation
        en	separate production network from office	network segmentation ot security
        en	usb sticks on the machines	removable media policy ot security
        en	vendor remote access to machines	remote maintenance access ot security
        en	supplier logs into our machine	third-party remote access ot security
        en	patching on the shop floor	ot patch management industrial cybersecurity
        en	ransomware hitting production	industrial cybersecurity incident response
        en	iec 62443 compliance	iec 62443 ot security compliance
        en	nis2 requirements for production	nis2 compliance ot security
        en	zones and conduits	iec 62443 network segmentation
        en	inventory of all connected machines	ot asset inventory industrial cybersecurity
        en	hacker attack on production line	industrial cybersecurity threat protection
        en	secure remote maintenance	secure remote access ot security
        en	shared passwords on machines	ot access control identity management
        en	cyber risk assessment for the plant	ot risk assessment industrial cybersecurity
        en	shop floor security audit	ot security audit compliance
        de	maschinen im büronetz	ot security network segmentation
        de	usb sticks an der maschine	removable media policy ot security
        de	fernwartung durch den hersteller	remote maintenance access ot security
        de	produktionsnetz vom büronetz trennen	network segmentation ot security
        de	iec 62443 umsetzen	iec 62443 ot security compliance
        de	nis2 in der produktion	nis2 compliance ot security
        fr	machines sur le réseau bureautique	ot security network segmentation
        fr	clés usb sur les machines	removable media policy ot security
        fr	télémaintenance du fournisseur	remote maintenance access ot security
        fr	séparer réseau production et bureau	network segmentation ot security
        fr	cybersécurité des ateliers	industrial cybersecurity ot security
        fr	conformité nis2 en production	nis2 compliance ot security
        es	máquinas en la red de oficina	ot security network segmentation
        es	memorias usb en las máquinas	removable media policy ot security
        es	acceso remoto del proveedor	remote maintenance access ot security
        es	separar la red de producción	network segmentation ot security
        es	ciberseguridad industrial en planta	industrial cybersecurity ot security
        es	cumplir nis2 en fábrica	nis2 compliance ot security
        nl	machines in het kantoornetwerk	ot security network segmentation
        nl	usb-sticks op machines	removable media policy ot security
        nl	onderhoud op afstand door leverancier	remote maintenance access ot security
        nl	productienetwerk scheiden van kantoor	network segmentation ot security
        nl	ot-beveiliging in de fabriek	industrial cybersecurity ot security
        nl	nis2-eisen voor productie	nis2 compliance ot security
        it	macchine nella rete degli uffici	ot security network segmentation
        it	chiavette usb sulle macchine	removable media policy ot security
        it	teleassistenza del fornitore	remote maintenance access ot security
        it	separare la rete di produzione	network segmentation ot security
        it	cybersecurity industriale in stabilimento	industrial cybersecurity ot security
        it	requisiti nis2 in produzione	nis2 compliance ot security
        sv	maskiner i kontorsnätet	ot security network segmentation
        sv	usb-minnen i maskinerna	removable media policy ot security
        sv	fjärrservice från leverantören	remote maintenance access ot security
        sv	separera produktionsnätet	network segmentation ot security
        sv	it-säkerhet i produktionen	industrial cybersecurity ot security
        sv	nis2-krav i fabriken	nis2 compliance ot security
        pt	máquinas na rede do escritório	ot security network segmentation
        pt	pen drives nas máquinas	removable media policy ot security
        pt	acesso remoto do fornecedor	remote maintenance access ot security
        pt	separar a rede da produção	network segmentation ot security
        pt	cibersegurança industrial na fábrica	industrial cybersecurity ot security
        pt	requisitos nis2 na produção	nis2 compliance ot security
        pl	maszyny w sieci biurowej	ot security network segmentation
        pl	pendrive'y na maszynach	removable media policy ot security
        pl	zdalny dostęp serwisu dostawcy	remote maintenance access ot security
        pl	oddzielić sieć produkcyjną od biurowej	network segmentation ot security
        pl	cyberbezpieczeństwo na produkcji	industrial cybersecurity ot security
        pl	wymagania nis2 w zakładzie	nis2 compliance ot security
        en	energy consumption per part	energy tracking energy per unit
        en	find compressed air leaks	compressed air leak detection
        en	co2 footprint of a product	product carbon footprint lca
        en	carbon footprint per product	product carbon footprint lca
        en	scope 3 emissions from suppliers	scope 3 emissions ghg accounting
        en	electricity cost per machine	energy tracking submetering
        en	reduce energy use in the plant	energy efficiency energy management
        en	iso 50001 certification	iso 50001 energy management
        en	peak load in the afternoon	load management energy demand
        en	standby consumption on weekends	energy efficiency standby consumption
        en	sub meters for each line	energy submetering tracking
        en	customer asks for co2 data	product carbon footprint esg reporting
        en	csrd sustainability report	csrd esg reporting sustainability
        en	greenhouse gas balance of the site	ghg accounting corporate carbon footprint
        en	waste heat recovery	waste heat recovery energy efficiency
        en	emission factors for materials	lca emission factors carbon accounting
        de	energieverbrauch pro teil	energy tracking energy per unit
        de	druckluftleckagen finden	compressed air leak detection
        de	co2 fußabdruck eines produkts	product carbon footprint lca
        de	scope 3 emissionen der lieferanten	scope 3 emissions ghg accounting
        de	stromkosten pro maschine	energy tracking submetering
        de	iso 50001 zertifizierung	iso 50001 energy management
        fr	consommation d'énergie par pièce	energy tracking energy per unit
        fr	fuites d'air comprimé	compressed air leak detection
        fr	empreinte carbone d'un produit	product carbon footprint lca
        fr	bilan carbone du site	ghg accounting corporate carbon footprint
        fr	consommation électrique par machine	energy tracking submetering
        fr	certification iso 50001	iso 50001 energy management
        es	consumo de energía por pieza	energy tracking energy per unit
        es	fugas de aire comprimido	compressed air leak detection
        es	huella de carbono del producto	product carbon footprint lca
        es	consumo eléctrico por máquina	energy tracking submetering
        es	certificación iso 50001	iso 50001 energy management
        nl	energieverbruik per onderdeel	energy tracking energy per unit
        nl	persluchtlekken opsporen	compressed air leak detection
        nl	co2-voetafdruk van een product	product carbon footprint lca
        nl	scope 3 uitstoot leveranciers	scope 3 emissions ghg accounting
        nl	stroomverbruik per machine	energy tracking submetering
        nl	iso 50001 certificering	iso 50001 energy management
        it	consumo energetico per pezzo	energy tracking energy per unit
        it	perdite di aria compressa	compressed air leak detection
        it	impronta di carbonio del prodotto	product carbon footprint lca
        it	emissioni scope 3 fornitori	scope 3 emissions ghg accounting
        it	consumo elettrico per macchina	energy tracking submetering
        it	certificazione iso 50001	iso 50001 energy management
        sv	energiförbrukning per detalj	energy tracking energy per unit
        sv	tryckluftsläckage i fabriken	compressed air leak detection
        sv	koldioxidavtryck för en produkt	product carbon footprint lca
        sv	scope 3 utsläpp från leverantörer	scope 3 emissions ghg accounting
        sv	elförbrukning per maskin	energy tracking submetering
        sv	iso 50001 certifiering	iso 50001 energy management
        pt	consumo de energia por peça	energy tracking energy per unit
        pt	vazamentos de ar comprimido	compressed air leak detection
        pt	pegada de carbono do produto	product carbon footprint lca
        pt	consumo elétrico por máquina	energy tracking submetering
        pt	certificação iso 50001	iso 50001 energy management
        pl	zużycie energii na sztukę	energy tracking energy per unit
        pl	wycieki sprężonego powietrza	compressed air leak detection
        pl	ślad węglowy produktu	product carbon footprint lca
        pl	emisje zakresu 3	scope 3 emissions ghg accounting
        pl	zużycie prądu na maszynę	energy tracking submetering
        pl	certyfikacja iso 50001	iso 50001 energy management
        en	how much will customers order	demand forecasting demand planning
        en	sales forecast for next quarter	demand forecasting s&op
        en	how much safety stock	safety stock inventory optimization
        en	nightly planning run	mrp run material requirements planning
        en	supplier lead times	lead time supply planning
        en	reorder point for parts	reorder point inventory planning
        en	capacity vs demand next months	capacity planning rough-cut s&op
        en	seasonal demand peaks	demand forecasting seasonality
        en	min max levels for materials	inventory parameters replenishment
        en	material shortages on the line	supply planning material availability
        en	when to order from suppliers	procurement planning replenishment
        en	master production schedule	master production scheduling mps
        en	stock coverage in days	inventory coverage supply planning
        de	wie viel werden kunden bestellen	demand forecasting demand planning
        de	sicherheitsbestand festlegen	safety stock inventory optimization
        de	dispositionslauf über nacht	mrp run material requirements planning
        de	wiederbeschaffungszeit der lieferanten	lead time supply planning
        de	absatzprognose fürs nächste quartal	demand forecasting s&op
        de	reichweite in tagen	inventory coverage supply planning
        fr	stock de sécurité	safety stock inventory optimization
        fr	calcul des besoins nets	mrp run material requirements planning
        fr	délais d'approvisionnement fournisseurs	lead time supply planning
        fr	plan industriel et commercial	s&op demand supply planning
        fr	couverture de stock en jours	inventory coverage supply planning
        es	previsión de la demanda	demand forecasting demand planning
        es	stock de seguridad	safety stock inventory optimization
        es	cálculo de necesidades de material	mrp run material requirements planning
        es	plazos de entrega de proveedores	lead time supply planning
        es	punto de pedido	reorder point inventory planning
        es	cobertura de stock en días	inventory coverage supply planning
        nl	vraagvoorspelling volgend kwartaal	demand forecasting demand planning
        nl	veiligheidsvoorraad bepalen	safety stock inventory optimization
        nl	nachtelijke planningsrun	mrp run material requirements planning
        nl	levertijden van leveranciers	lead time supply planning
        nl	bestelpunt voor onderdelen	reorder point inventory planning
        nl	voorraaddekking in dagen	inventory coverage supply planning
        it	scorta di sicurezza	safety stock inventory optimization
        it	calcolo dei fabbisogni	mrp run material requirements planning
        it	tempi di consegna dei fornitori	lead time supply planning
        it	punto di riordino	reorder point inventory planning
        it	copertura delle scorte in giorni	inventory coverage supply planning
        sv	hur stort säkerhetslager	safety stock inventory optimization
        sv	nattlig materialbehovsplanering	mrp run material requirements planning
        sv	ledtider från leverantörer	lead time supply planning
        sv	beställningspunkt för artiklar	reorder point inventory planning
        sv	lagertäckning i dagar	inventory coverage supply planning
        pt	estoque de segurança	safety stock inventory optimization
        pt	cálculo de necessidades de materiais	mrp run material requirements planning
        pt	prazos de entrega dos fornecedores	lead time supply planning
        pt	ponto de reposição	reorder point inventory planning
        pt	cobertura de estoque em dias	inventory coverage supply planning
        pl	zapas bezpieczeństwa	safety stock inventory optimization
        pl	planowanie potrzeb materiałowych	mrp run material requirements planning
        pl	czasy dostaw od dostawców	lead time supply planning
        pl	punkt ponownego zamówienia	reorder point inventory planning
        pl	pokrycie zapasu w dniach	inventory coverage supply planning
        en	assembly instructions with pictures	technical writing assembly instructions
        en	manual nobody understands	technical documentation usability
        en	translate the operating manual	technical translation localization
        en	operating instructions for ce marking	technical documentation machinery directive
        en	write a user manual	technical writing user documentation
        en	illustrated spare parts catalogue	technical illustration spare parts documentation
        en	safety warnings in the manual	technical documentation safety notices
        en	simplified technical english	simplified technical english controlled language
        en	manual in twenty languages	technical translation localization
        en	keep manuals in sync with versions	documentation management content versioning
        en	reuse text modules across manuals	component content management single sourcing
        en	maintenance instructions for customers	service documentation technical writing
        en	exploded views for the manual	technical illustration documentation
        en	style guide for documentation	technical writing style guide
        en	terminology list for translators	terminology management translation
        de	montageanleitung mit bildern	technical writing assembly instructions
        de	betriebsanleitung versteht keiner	technical documentation usability
        de	bedienungsanleitung übersetzen lassen	technical translation localization
        de	betriebsanleitung für ce kennzeichnung	technical documentation machinery directive
        de	ersatzteilkatalog mit explosionszeichnung	technical illustration spare parts documentation
        de	warnhinweise in der anleitung	technical documentation safety notices
        fr	notice de montage illustrée	technical writing assembly instructions
        fr	notice incompréhensible pour les clients	technical documentation usability
        fr	traduire la notice d'utilisation	technical translation localization
        fr	notice d'instructions marquage ce	technical documentation machinery directive
        fr	catalogue de pièces détachées illustré	technical illustration spare parts documentation
        fr	consignes de sécurité dans la notice	technical documentation safety notices
        es	instrucciones de montaje con imágenes	technical writing assembly instructions
        es	manual que nadie entiende	technical documentation usability
        es	traducir el manual de instrucciones	technical translation localization
        es	manual para el marcado ce	technical documentation machinery directive
        es	catálogo de repuestos ilustrado	technical illustration spare parts documentation
        es	advertencias de seguridad en el manual	technical documentation safety notices
        nl	montagehandleiding met plaatjes	technical writing assembly instructions
        nl	handleiding die niemand snapt	technical documentation usability
        nl	gebruiksaanwijzing laten vertalen	technical translation localization
        nl	handleiding voor ce-markering	technical documentation machinery directive
        nl	geïllustreerde onderdelencatalogus	technical illustration spare parts documentation
        nl	veiligheidswaarschuwingen in de handleiding	technical documentation safety notices
        it	istruzioni di montaggio illustrate	technical writing assembly instructions
        it	manuale che nessuno capisce	technical documentation usability
        it	tradurre il manuale d'uso	technical translation localization
        it	manuale per la marcatura ce	technical documentation machinery directive
        it	catalogo ricambi illustrato	technical illustration spare parts documentation
        it	avvertenze di sicurezza nel manuale	technical documentation safety notices
        sv	monteringsanvisning med bilder	technical writing assembly instructions
        sv	manual som ingen förstår	technical documentation usability
        sv	översätta bruksanvisningen	technical translation localization
        sv	bruksanvisning för ce-märkning	technical documentation machinery directive
        sv	reservdelskatalog med bilder	technical illustration spare parts documentation
        sv	säkerhetsvarningar i manualen	technical documentation safety notices
        pt	instruções de montagem com imagens	technical writing assembly instructions
        pt	manual que ninguém entende	technical documentation usability
        pt	traduzir o manual de instruções	technical translation localization
        pt	manual para marcação ce	technical documentation machinery directive
        pt	catálogo de peças ilustrado	technical illustration spare parts documentation
        pt	avisos de segurança no manual	technical documentation safety notices
        pl	instrukcja montażu z obrazkami	technical writing assembly instructions
        pl	instrukcja której nikt nie rozumie	technical documentation usability
        pl	tłumaczenie instrukcji obsługi	technical translation localization
        pl	instrukcja do oznakowania ce	technical documentation machinery directive
        pl	ilustrowany katalog części zamiennych	technical illustration spare parts documentation
        pl	ostrzeżenia w instrukcji obsługi	technical documentation safety notices
        en	new operators learn by shadowing	onboarding on-the-job training
        en	learning by watching a colleague	on-the-job training knowledge transfer
        en	short work instruction videos	video work instructions microlearning
        en	onboarding plan for new hires	onboarding program employee training
        en	e-learning course for the plant	e-learning training content
        en	skills matrix per team	skills matrix qualification management
        en	who is qualified for which station	qualification matrix training records
        en	knowledge leaves when people retire	knowledge transfer succession planning
        en	first week checklist for newcomers	onboarding checklist employee onboarding
        en	how-to videos for the line	video work instructions microlearning
        en	training records for audits	training documentation compliance
        en	learning paths for apprentices	apprenticeship training learning paths
        en	twi job instruction	twi job instruction training
        en	cross training on more stations	cross training multi-skilling
        de	neue lernen nur durch zuschauen	onboarding on-the-job training
        de	kurze videos als arbeitsanweisung	video work instructions microlearning
        de	einarbeitungsplan für neue kollegen	onboarding program employee training
        de	qualifikationsmatrix pro team	skills matrix qualification management
        de	wissen geht in rente	knowledge transfer succession planning
        de	e-learning für die produktion	e-learning training content
        fr	apprendre en regardant un collègue	onboarding on-the-job training
        fr	courtes vidéos de mode opératoire	video work instructions microlearning
        fr	parcours d'intégration des nouveaux	onboarding program employee training
        fr	matrice de polyvalence	skills matrix qualification management
        fr	transmettre le savoir-faire avant la retraite	knowledge transfer succession planning
        fr	module e-learning pour l'atelier	e-learning training content
        es	aprender mirando a un compañero	onboarding on-the-job training
        es	vídeos cortos de instrucciones de trabajo	video work instructions microlearning
        es	plan de acogida para nuevos	onboarding program employee training
        es	matriz de polivalencia	skills matrix qualification management
        es	transferir conocimiento antes de jubilarse	knowledge transfer succession planning
        es	curso e-learning para operarios	e-learning training content
        nl	meelopen met een collega	onboarding on-the-job training
        nl	korte instructievideo's op de werkplek	video work instructions microlearning
        nl	inwerkplan voor nieuwe medewerkers	onboarding program employee training
        nl	vaardigheidsmatrix per team	skills matrix qualification management
        nl	kennis gaat met pensioen	knowledge transfer succession planning
        nl	e-learning voor operators	e-learning training content
        it	imparare affiancando un collega	onboarding on-the-job training
        it	brevi video di istruzioni operative	video work instructions microlearning
        it	piano di inserimento nuovi assunti	onboarding program employee training
        it	matrice delle competenze	skills matrix qualification management
        it	trasferire il know-how prima della pensione	knowledge transfer succession planning
        it	corso e-learning per operatori	e-learning training content
        sv	lära sig genom att gå bredvid	onboarding on-the-job training
        sv	korta instruktionsfilmer för arbetsmoment	video work instructions microlearning
        sv	introduktionsplan för nyanställda	onboarding program employee training
        sv	kompetensmatris per team	skills matrix qualification management
        sv	kunskap försvinner vid pension	knowledge transfer succession planning
        sv	e-learning för operatörer	e-learning training content
        pt	aprender acompanhando um colega	onboarding on-the-job training
        pt	vídeos curtos de instrução de trabalho	video work instructions microlearning
        pt	plano de integração de novos colaboradores	onboarding program employee training
        pt	matriz de polivalência	skills matrix qualification management
        pt	transferir conhecimento antes da aposentadoria	knowledge transfer succession planning
        pt	curso e-learning para operadores	e-learning training content
        pl	nauka przez podglądanie kolegi	onboarding on-the-job training
        pl	krótkie filmy instruktażowe na stanowisku	video work instructions microlearning
        pl	plan wdrożenia nowego pracownika	onboarding program employee training
        pl	matryca kompetencji	skills matrix qualification management
        pl	przekazanie wiedzy przed emeryturą	knowledge transfer succession planning
        pl	kurs e-learningowy dla operatorów	e-learning training content
        """#
}

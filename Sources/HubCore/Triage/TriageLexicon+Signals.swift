extension TriageLexicon {
    /// Telling words and short phrases for specialist topics, as colleagues write them without
    /// the expert term (`lang<TAB>word or phrase<TAB>English`, read like the glossary): "informal
    /// influencers" is social network analysis, "spot-check" a sample, "inner join" SQL,
    /// "Untertitel" accessibility. About 3,900 lines in nine languages, written on 2026-12-07 by
    /// two helpers from general knowledge and a list of about forty topics an IT hub may have
    /// (the second imagined colleagues' messages and kept only their telling phrases), never from
    /// a corpus, a tag file or HubBot's code. Entries naming a thing that also breaks ("portal",
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
        """#
}

// swift-format-ignore-file
/// Everyday work vocabulary (shipments, shifts, wards, invoices, compare, estimate…) in
/// eight languages, written by helpers from general knowledge across many sectors, never
/// from a corpus or a tag file. Read after the glossary, the thesaurus and the domain
/// vocabulary: an entry already there wins.
extension TriageLexicon {
    static let workText = #"""
de	abfall	waste
de	abgabetermin	deadline
de	abgelehnt	rejected
de	abgleichen	reconcile
de	abholen	pick up
de	abholung	pickup
de	ablauf	process
de	abläufe	processes
de	absender	sender
de	abteilung	department
de	abteilungen	departments
de	abtippen	type in by hand
de	abweichung	deviation
de	abweichungen	deviations
de	abwesenheit	absence
de	akte	file
de	akten	files
de	amt	public office
de	anfrage	inquiry
de	anfragen	inquiries
de	angebot	offer
de	angebote	offers
de	angebotsanfrage	request for quote
de	anlage	equipment
de	anteil	share
de	antrag	application
de	anträge	applications
de	arbeitsschutz	occupational safety
de	arbeitszeit	working time
de	arbeitszeiten	working hours
de	artikel	item
de	arzt	doctor
de	aufgabe	task
de	aufgaben	tasks
de	aufnahme	admission
de	auftrag	order
de	auftragsnummer	order number
de	aufträge	orders
de	aufwand	effort
de	aufwendig	time-consuming
de	ausfall	failure
de	ausfallzeit	downtime
de	ausfüllen	fill in
de	ausgaben	expenses
de	auslastung	utilization
de	auslastungsgrad	utilization rate
de	auslieferung	delivery
de	ausreißer	outliers
de	ausschuss	scrap
de	ausstoß	emissions
de	ausverkauft	sold out
de	auswerten	analyse
de	auswertung	analysis
de	auswertungen	analyses
de	automatisch	automatically
de	bearbeiten	process
de	bearbeitet	processed
de	bearbeitungszeit	processing time
de	bedarf	demand
de	befragung	survey
de	behandlung	treatment
de	behälter	container
de	behörde	authority
de	beladen	load
de	beleg	receipt
de	belege	receipts
de	belegung	occupancy
de	berechnen	calculate
de	berechnung	calculation
de	bereitschaft	on-call duty
de	bericht	report
de	berichte	reports
de	berichten	report
de	beschaffung	procurement
de	bescheid	decision notice
de	beschwerde	complaint
de	beschwerden	complaints
de	beschädigt	damaged
de	besprechung	meeting
de	bestand	stock
de	bestellen	order
de	bestellnummer	order number
de	bestellt	ordered
de	bestellung	order
de	bestellungen	orders
de	bestände	stock levels
de	bestätigen	confirm
de	bestätigung	confirmation
de	bett	bed
de	betten	beds
de	bewerber	applicants
de	bewerbung	application
de	bewohner	residents
de	bilanz	balance sheet
de	billiger	cheaper
de	buchhaltung	accounting
de	bürger	citizens
de	büro	office
de	chef	boss
de	chefin	boss
de	co2-ausstoß	co2 emissions
de	daten	data
de	datensatz	dataset
de	diagramm	chart
de	dienstplan	roster
de	dienstpläne	rosters
de	dokument	document
de	dringend	urgent
de	durchlaufzeit	lead time
de	durchschnitt	average
de	durchschnittlich	average
de	effizienz	efficiency
de	einarbeitung	onboarding
de	eingeben	enter
de	einkauf	purchasing
de	einnahmen	income
de	einreichen	submit
de	einsatzplanung	workforce scheduling
de	einsparungen	savings
de	einstellung	hiring
de	eintragen	enter
de	einzelhandel	retail
de	emissionen	emissions
de	empfänger	recipient
de	energie	energy
de	energiekosten	energy costs
de	engpass	bottleneck
de	engpässe	bottlenecks
de	entladen	unload
de	entlassung	discharge
de	entscheidung	decision
de	entwicklung	trend
de	entwurf	draft
de	erfassen	record
de	erfasst	recorded
de	ergebnis	result
de	ergebnisse	results
de	erhöhen	increase
de	erkennen	detect
de	erledigt	done
de	ermitteln	determine
de	ersatzteile	spare parts
de	ersparnis	savings
de	erstellen	create
de	erstellt	created
de	etikett	label
de	etiketten	labels
de	excel-tabelle	spreadsheet
de	fahrer	driver
de	fahrerin	driver
de	fahrern	drivers
de	fahrt	trip
de	fahrten	trips
de	fahrzeug	vehicle
de	fahrzeuge	vehicles
de	fehler	error
de	fehleranfällig	error-prone
de	fehlerquote	error rate
de	fehlt	missing
de	fehlzeiten	absences
de	fertigung	manufacturing
de	filiale	branch
de	filialen	branches
de	filialleiter	store manager
de	filtern	filter
de	finanzen	finance
de	formular	form
de	formulare	forms
de	forschung	research
de	fortbildung	training
de	fracht	freight
de	frachtbrief	waybill
de	fragebogen	questionnaire
de	fragebögen	questionnaires
de	freigabe	approval
de	frist	deadline
de	frühschicht	early shift
de	fuhrpark	fleet
de	gabelstapler	forklift
de	gebäude	building
de	gehalt	salary
de	gelagert	stored
de	geliefert	delivered
de	gelände	site
de	gemeinde	municipality
de	gemessen	measured
de	genau	accurate
de	genehmigen	approve
de	genehmigt	approved
de	genehmigung	approval
de	geplant	planned
de	gesamt	total
de	geschäft	shop
de	geschätzt	estimated
de	gespart	saved
de	gestiegen	increased
de	gesunken	decreased
de	gewicht	weight
de	gewinn	profit
de	grafik	chart
de	günstiger	cheaper
de	haushalt	budget
de	hausmeister	caretaker
de	heizung	heating
de	herstellung	manufacturing
de	herunterladen	download
de	hochladen	upload
de	hochschule	university
de	händisch	manually
de	instandhaltung	maintenance
de	inventur	stocktaking
de	jahresabschluss	annual accounts
de	jede woche	every week
de	jeden tag	every day
de	jedes mal	every time
de	jährlich	yearly
de	kampagne	campaign
de	kapazität	capacity
de	karte	map
de	karton	box
de	kartons	boxes
de	kasse	checkout
de	kennzahlen	metrics
de	klasse	class
de	klausur	exam
de	klinik	clinic
de	kollege	colleague
de	kollegen	colleagues
de	kollegin	colleague
de	kommissionieren	pick
de	kommissionierung	order picking
de	kontrolle	check
de	koordinieren	coordinate
de	kopie	copy
de	kopieren	copy
de	kosten	costs
de	kostenstelle	cost centre
de	kostenvoranschlag	quote
de	kraftstoff	fuel
de	kraftstoffverbrauch	fuel consumption
de	krankenhaus	hospital
de	krankenschwester	nurse
de	krankenstand	sick leave
de	krankmeldung	sick note
de	kunde	customer
de	kunden	customers
de	kundenbeschwerde	customer complaint
de	kundendienst	customer service
de	kundennummer	customer number
de	kundenservice	customer service
de	kundenzufriedenheit	customer satisfaction
de	kundin	customer
de	kurier	courier
de	kurs	course
de	kurse	courses
de	kündigung	termination
de	labor	lab
de	laden	shop
de	laderampe	loading dock
de	ladung	load
de	lager	warehouse
de	lagerarbeiter	warehouse worker
de	lagerbestand	stock
de	lagerhalle	warehouse
de	lagerhaltung	inventory management
de	lagerkosten	storage costs
de	lagern	store
de	lagerplatz	storage location
de	landkarte	map
de	langsam	slow
de	lastwagen	truck
de	lehrer	teacher
de	lehrerin	teacher
de	lehrkräfte	teachers
de	leiter	manager
de	leiterin	manager
de	lieferadresse	delivery address
de	lieferant	supplier
de	lieferanten	suppliers
de	lieferdatum	delivery date
de	lieferengpass	supply shortage
de	lieferfenster	delivery window
de	lieferkette	supply chain
de	liefern	deliver
de	lieferschein	delivery note
de	liefertermin	delivery date
de	lieferung	delivery
de	lieferungen	deliveries
de	lieferverzug	delivery delay
de	lieferverzögerung	delivery delay
de	lieferzeit	delivery time
de	lieferzeiten	delivery times
de	liste	list
de	listen	lists
de	lkw	truck
de	lohn	wage
de	lösung	solution
de	mahnung	payment reminder
de	mangel	defect
de	manuell	manually
de	markt	market
de	marktanteil	market share
de	maschine	machine
de	maschinen	machines
de	medikament	medication
de	medikamente	medication
de	menge	quantity
de	mengen	quantities
de	messen	measure
de	messgerät	measuring device
de	messung	measurement
de	messungen	measurements
de	messwert	measured value
de	messwerte	measured values
de	mitarbeitende	employees
de	mitarbeiter	employee
de	mitarbeiterin	employee
de	monatlich	monthly
de	muster	pattern
de	mängel	defects
de	mühsam	tedious
de	müll	waste
de	nachfrage	demand
de	nachhaltigkeit	sustainability
de	nachricht	message
de	nachtschicht	night shift
de	niederlassung	branch
de	notaufnahme	emergency department
de	noten	grades
de	offen	pending
de	optimieren	optimize
de	optimierung	optimization
de	paket	parcel
de	pakete	parcels
de	palette	pallet
de	paletten	pallets
de	patienten	patients
de	patientin	patient
de	personal	staff
de	personalabteilung	hr department
de	personalkosten	staff costs
de	personalmangel	staff shortage
de	personalplanung	staff planning
de	pflege	care
de	pflegeheim	care home
de	pflegekraft	nurse
de	pflegekräfte	nurses
de	pfleger	nurse
de	planen	plan
de	planung	planning
de	preis	price
de	preise	prices
de	probe	sample
de	proben	samples
de	produkt	product
de	produkte	products
de	produktion	production
de	prognose	forecast
de	projekt	project
de	protokoll	minutes
de	prozess	process
de	prozesse	processes
de	prüfen	check
de	prüfung	exam
de	prüfungen	exams
de	pünktlich	on time
de	pünktlichkeit	punctuality
de	qualität	quality
de	qualitätskontrolle	quality control
de	quartal	quarter
de	quittung	receipt
de	rabatt	discount
de	rampe	loading dock
de	raum	room
de	raumbuchung	room booking
de	rechnung	invoice
de	rechnungen	invoices
de	rechnungsnummer	invoice number
de	reduzieren	reduce
de	regal	shelf
de	regale	shelves
de	regelmäßig	regularly
de	reinigung	cleaning
de	reklamation	complaint
de	reklamationen	complaints
de	reparatur	repair
de	retoure	return
de	retouren	returns
de	rohstoffe	raw materials
de	routenplanung	route planning
de	räume	rooms
de	rückgang	decline
de	rückmeldung	feedback
de	rücksendung	return
de	rückstand	backlog
de	saison	season
de	saisonal	seasonal
de	schaden	damage
de	schicht	shift
de	schichten	shifts
de	schichtübergabe	shift handover
de	schlüssel	key
de	schnell	fast
de	schneller	faster
de	schritt	step
de	schritte	steps
de	schule	school
de	schulen	train
de	schulung	training
de	schulungen	trainings
de	schwankungen	fluctuations
de	schäden	damages
de	schätzen	estimate
de	schätzung	estimate
de	schüler	pupils
de	sendung	shipment
de	sendungen	shipments
de	sendungsverfolgung	shipment tracking
de	senken	reduce
de	sicherheit	safety
de	sitzung	meeting
de	sortieren	sort
de	sortiment	product range
de	sparen	save
de	spediteur	freight forwarder
de	spedition	freight forwarder
de	spitzenzeiten	peak times
de	spätschicht	late shift
de	standort	location
de	standorte	locations
de	stapler	forklift
de	station	ward
de	stau	traffic jam
de	stelle	position
de	stellenanzeige	job advertisement
de	steuer	tax
de	steuern	taxes
de	stichprobe	sample
de	stillstand	downtime
de	storniert	cancelled
de	stornierung	cancellation
de	stoßzeiten	rush hours
de	strecke	route
de	strom	electricity
de	stromverbrauch	electricity consumption
de	studenten	students
de	studie	study
de	studien	studies
de	studierende	students
de	stundenplan	timetable
de	stückzahl	quantity
de	summe	total
de	tabelle	spreadsheet
de	teile	parts
de	teilnehmer	participants
de	termin	appointment
de	termine	appointments
de	terminplan	schedule
de	terminvergabe	appointment scheduling
de	teuer	expensive
de	tour	route
de	touren	routes
de	tourenplanung	route planning
de	täglich	every day
de	umfrage	survey
de	umsatz	revenue
de	umsätze	sales
de	unfall	accident
de	ungenau	inaccurate
de	universität	university
de	unterlagen	documents
de	unterricht	teaching
de	unterschreiben	sign
de	unterschrift	signature
de	unübersichtlich	confusing
de	urlaub	leave
de	urlaubsantrag	leave request
de	verantwortlich	responsible
de	verbessern	improve
de	verbesserung	improvement
de	verbrauch	consumption
de	verbrauchen	consume
de	verfolgen	track
de	verfügbar	available
de	vergleich	comparison
de	vergleichen	compare
de	verglichen	compared
de	verkauf	sales
de	verkaufen	sell
de	verkaufszahlen	sales figures
de	verkauft	sold
de	verkehr	traffic
de	verlauf	trend
de	verlust	loss
de	verpackung	packaging
de	versand	shipping
de	versandkosten	shipping costs
de	verschickt	shipped
de	versenden	ship
de	versendet	shipped
de	verspätet	delayed
de	verspätung	delay
de	versuch	experiment
de	versuche	experiments
de	verteilen	distribute
de	verteilung	distribution
de	vertrag	contract
de	vertretung	substitute
de	vertrieb	sales
de	verträge	contracts
de	verwalten	manage
de	verwaltung	administration
de	verzögerung	delay
de	verzögerungen	delays
de	von hand	by hand
de	vorfall	incident
de	vorgesetzter	supervisor
de	vorhersage	prediction
de	vorhersagen	predict
de	vorlage	template
de	vorlesung	lecture
de	vorschlag	proposal
de	ware	goods
de	waren	goods
de	warenausgang	goods issue
de	wareneingang	goods receipt
de	warteliste	waiting list
de	warten	wait
de	wartezeit	waiting time
de	wartezeiten	waiting times
de	wartung	maintenance
de	weiterbildung	further training
de	werbung	advertising
de	werk	plant
de	wichtig	important
de	wiederholen	repeat
de	wöchentlich	weekly
de	zahlen	figures
de	zahlung	payment
de	zahlungen	payments
de	zeitaufwand	time spent
de	zeitaufwendig	time-consuming
de	zeitersparnis	time savings
de	zeitfenster	time window
de	zeitplan	schedule
de	zeitraum	period
de	ziel	goal
de	ziele	goals
de	zielgruppe	target group
de	zoll	customs
de	zu spät	late
de	zugestellt	delivered
de	zunahme	increase
de	zuordnung	assignment
de	zusammenfassen	summarize
de	zusammenfassung	summary
de	zusammenführen	merge
de	zusteller	courier
de	zustellung	delivery
de	zustellversuch	delivery attempt
de	zuständig	responsible
de	zuverlässig	reliable
de	zuweisen	assign
de	zählen	count
de	ärzte	doctors
de	ärztin	doctor
de	übergabe	handover
de	überprüfen	check
de	übersicht	overview
de	übersichtlich	clear
de	überstunden	overtime
de	überweisung	bank transfer
es	a mano	by hand
es	a tiempo	on time
es	absentismo	absenteeism
es	accidente	accident
es	acta	minutes
es	adjunto	attachment
es	administración	administration
es	aduana	customs
es	agotado	sold out
es	ahorrar	save
es	ahorro	savings
es	ahorro de tiempo	time savings
es	ahorros	savings
es	albarán	delivery note
es	almacenamiento	storage
es	almacenar	store
es	almacenes	warehouses
es	almacén	warehouse
es	alta	discharge
es	alumnos	students
es	analizar	analyse
es	anual	annual
es	anular	cancel
es	análisis	analysis
es	aprobación	approval
es	aprobado	approved
es	aprobar	approve
es	aprovisionamiento	procurement
es	artículo	item
es	artículos	items
es	asignación	assignment
es	asignar	assign
es	asignatura	subject
es	atasco	traffic jam
es	atención al cliente	customer service
es	aula	classroom
es	aumentar	increase
es	aumento	increase
es	ausencia	absence
es	ausencias	absences
es	automáticamente	automatically
es	averiado	broken down
es	avería	breakdown
es	averías	breakdowns
es	aviso	notice
es	ayuntamiento	town hall
es	baja	sick leave
es	baja médica	sick leave
es	bajada	decrease
es	barato	cheap
es	beca	scholarship
es	beneficio	profit
es	borrador	draft
es	cada día	every day
es	cada semana	every week
es	cada vez	every time
es	cadena de suministro	supply chain
es	caja	checkout
es	cajas	boxes
es	calcular	calculate
es	calefacción	heating
es	calendario	schedule
es	calidad	quality
es	calificaciones	grades
es	cama	bed
es	camas	beds
es	cambio de turno	shift handover
es	camiones	trucks
es	camión	truck
es	campaña	campaign
es	cancelación	cancellation
es	cancelado	cancelled
es	candidatos	candidates
es	candidatura	application
es	cantidad	quantity
es	cantidades	quantities
es	capacidad	capacity
es	capacitación	training
es	carga	load
es	carga de trabajo	workload
es	carga y descarga	loading and unloading
es	cargar	load
es	caro	expensive
es	carretilla elevadora	forklift
es	chófer	driver
es	cifras	figures
es	cita	appointment
es	citas	appointments
es	ciudadanos	citizens
es	clase	class
es	cliente	customer
es	clientes	customers
es	clínica	clinic
es	cobrar	collect payment
es	cobro	collection
es	colegio	school
es	combustible	fuel
es	comentarios	feedback
es	comercial	sales rep
es	comercio minorista	retail
es	comparación	comparison
es	comparado	compared
es	comparar	compare
es	compañera	colleague
es	compañero	colleague
es	compañeros	colleagues
es	compras	purchasing
es	comprobar	check
es	conductor	driver
es	conductores	drivers
es	confirmación	confirmation
es	confirmar	confirm
es	conserje	caretaker
es	consulta	inquiry
es	consultas	inquiries
es	consumo	consumption
es	consumo de combustible	fuel consumption
es	contabilidad	accounting
es	contable	accountant
es	contar	count
es	contratación	hiring
es	contrato	contract
es	contratos	contracts
es	control de calidad	quality control
es	coordinar	coordinate
es	copia	copy
es	copiar	copy
es	coste	cost
es	costes	costs
es	costos	costs
es	crear	create
es	cuadrante	roster
es	cuello de botella	bottleneck
es	cuestionario	questionnaire
es	cuestionarios	questionnaires
es	cuidados	care
es	cumplimiento	compliance
es	cuota de mercado	market share
es	curso	course
es	cursos	courses
es	cálculo	calculation
es	código de barras	barcode
es	datos	data
es	dañado	damaged
es	daño	damage
es	daños	damage
es	decisión	decision
es	defecto	defect
es	defectos	defects
es	demanda	demand
es	demora	delay
es	departamento	department
es	depósito	depot
es	descargar	unload
es	descuento	discount
es	despido	dismissal
es	destinatario	recipient
es	desviaciones	deviations
es	desviación	deviation
es	detectar	detect
es	devoluciones	returns
es	devolución	return
es	diariamente	daily
es	diario	daily
es	disponible	available
es	distribución	distribution
es	docente	teacher
es	documentos	documents
es	edificio	building
es	eficiencia	efficiency
es	electricidad	electricity
es	embalaje	packaging
es	emisiones	emissions
es	empleado	employee
es	empleados	employees
es	encargado	supervisor
es	encuesta	survey
es	encuestados	respondents
es	encuestas	surveys
es	energía	energy
es	enfermera	nurse
es	enfermeras	nurses
es	enfermero	nurse
es	enfermeros	nurses
es	enfermería	nursing
es	ensayo	trial
es	ensayos	trials
es	entrega	delivery
es	entrega a domicilio	home delivery
es	entregado	delivered
es	entregar	deliver
es	entregas	deliveries
es	enviado	sent
es	enviar	send
es	envío	shipment
es	envíos	shipments
es	equipo	team
es	errores	errors
es	escasez	shortage
es	escuela	school
es	esfuerzo	effort
es	espera	waiting
es	esperar	wait
es	estacional	seasonal
es	estantería	shelf
es	estimación	estimate
es	estimar	estimate
es	estudiantes	students
es	estudio	study
es	estudios	studies
es	etiqueta	label
es	etiquetas	labels
es	evaluación	evaluation
es	evaluar	evaluate
es	examen	exam
es	existencias	stock
es	expediente	file
es	expedientes	files
es	experimento	experiment
es	extraviado	lost
es	exámenes	exams
es	fabricación	manufacturing
es	factura	invoice
es	facturación	invoicing
es	facturar	invoice
es	facturas	invoices
es	falta	missing
es	falta de personal	staff shortage
es	fecha límite	deadline
es	fiable	reliable
es	filtrar	filter
es	finanzas	finance
es	firma	signature
es	firmado	signed
es	firmar	sign
es	flota	fleet
es	formación	training
es	formulario	form
es	formularios	forms
es	franja horaria	time slot
es	fábrica	factory
es	gastos	expenses
es	gastos de envío	shipping costs
es	gerente	manager
es	gestionar	manage
es	gestión	management
es	gráfico	chart
es	guardia	on-call duty
es	hecho	done
es	hoja de cálculo	spreadsheet
es	hoja de ruta	route sheet
es	horario	schedule
es	horas	hours
es	horas extra	overtime
es	horas punta	peak hours
es	impago	non-payment
es	importante	important
es	importar	import
es	impuestos	taxes
es	incidencia	incident
es	incidencias	incidents
es	incorporación	onboarding
es	indicadores	indicators
es	informe	report
es	informes	reports
es	ingreso	admission
es	inventario	inventory
es	investigación	research
es	jefe	boss
es	jefe de tienda	store manager
es	jornada	working day
es	laboratorio	lab
es	lento	slow
es	limpieza	cleaning
es	lista	list
es	lista de espera	waiting list
es	listado	list
es	llave	key
es	lugar	place
es	línea de producción	production line
es	manipulación	handling
es	mantenimiento	maintenance
es	manualmente	manually
es	mapa	map
es	margen	margin
es	materia prima	raw material
es	materias primas	raw materials
es	matrícula	enrolment
es	media	average
es	medicación	medication
es	medicamentos	medication
es	mediciones	measurements
es	medición	measurement
es	medido	measured
es	medir	measure
es	mejora	improvement
es	mejorar	improve
es	mensaje	message
es	mensual	monthly
es	mercado	market
es	mercancía	goods
es	mercancías	goods
es	montacargas	forklift
es	mozo de almacén	warehouse worker
es	muelle	loading dock
es	muelle de carga	loading dock
es	muestra	sample
es	muestras	samples
es	máquina	machine
es	máquinas	machines
es	más barato	cheaper
es	más rápido	faster
es	médico	doctor
es	médicos	doctors
es	normativa	regulations
es	notas	grades
es	nómina	payroll
es	número de pedido	order number
es	objetivo	goal
es	objetivos	goals
es	obrero	worker
es	ocupación	occupancy
es	oferta	offer
es	oferta de empleo	job offer
es	oficina	office
es	optimizar	optimize
es	orden de compra	purchase order
es	ordenar	sort
es	paciente	patient
es	pacientes	patients
es	pagado	paid
es	pagar	pay
es	pago	payment
es	pagos	payments
es	paleta	pallet
es	palé	pallet
es	palés	pallets
es	paquete	parcel
es	paquetes	parcels
es	parada	downtime
es	participantes	participants
es	pasillo	aisle
es	paso	step
es	pasos	steps
es	pedido	order
es	pedidos	orders
es	pedir	order
es	pendiente	pending
es	perdido	lost
es	periodo	period
es	periódicamente	regularly
es	permiso	leave
es	personal	staff
es	período	period
es	peso	weight
es	piezas	parts
es	planificación	planning
es	planificado	planned
es	planificar	plan
es	planta	ward
es	plantilla	staff
es	plazo	deadline
es	plazo de entrega	delivery time
es	plazos	deadlines
es	precio	price
es	precios	prices
es	preciso	accurate
es	predecir	predict
es	predicción	prediction
es	preparación de pedidos	order picking
es	presupuesto	budget
es	previsión	forecast
es	proceso	process
es	procesos	processes
es	producción	production
es	productividad	productivity
es	producto	product
es	productos	products
es	profesor	teacher
es	profesores	teachers
es	programación	scheduling
es	promedio	average
es	pronóstico	forecast
es	propuesta	proposal
es	proveedor	supplier
es	proveedores	suppliers
es	proyecto	project
es	proyectos	projects
es	prácticas	internship
es	publicidad	advertising
es	punto de recogida	pickup point
es	puntualidad	punctuality
es	pérdida	loss
es	pérdidas	losses
es	público objetivo	target audience
es	queja	complaint
es	quejas	complaints
es	rastrear	track
es	recepción	receiving
es	rechazado	rejected
es	rechazar	reject
es	recibo	receipt
es	reclamaciones	complaints
es	reclamación	complaint
es	recogida	pickup
es	recorrido	route
es	recursos humanos	human resources
es	reducción	reduction
es	reducir	reduce
es	registrar	record
es	relevo	handover
es	rellenar	fill in
es	remitente	sender
es	rendimiento	performance
es	rentabilidad	profitability
es	reparación	repair
es	repartidor	delivery driver
es	repartidores	delivery drivers
es	repartir	distribute
es	reparto	delivery
es	repetir	repeat
es	reporte	report
es	repuestos	spare parts
es	residencia	care home
es	residuos	waste
es	responsable	manager
es	resultado	result
es	resultados	results
es	resumen	summary
es	resumir	summarize
es	retraso	delay
es	retrasos	delays
es	reuniones	meetings
es	reunión	meeting
es	revisar	review
es	roto	broken
es	rotura de stock	stockout
es	rrhh	hr
es	ruta	route
es	rutas	routes
es	rápido	fast
es	sala de reuniones	meeting room
es	salario	salary
es	satisfacción del cliente	customer satisfaction
es	sede	site
es	seguimiento	tracking
es	seguridad	safety
es	selección	recruitment
es	semanal	weekly
es	solicitar	request
es	solicitud	request
es	solicitud de vacaciones	leave request
es	solicitudes	requests
es	solución	solution
es	sostenibilidad	sustainability
es	subida	rise
es	sucursal	branch
es	sucursales	branches
es	sueldo	salary
es	surtido	product range
es	sustituto	substitute
es	taller	workshop
es	tarde	late
es	tarea	task
es	tareas	tasks
es	teclear	type in
es	tedioso	tedious
es	tendencia	trend
es	tendencias	trends
es	terminado	finished
es	tesorería	treasury
es	tiempo de entrega	delivery time
es	tiempo de espera	waiting time
es	tiempos de espera	waiting times
es	tienda	shop
es	tiendas	shops
es	todas las semanas	every week
es	todos los días	every day
es	trabajador	worker
es	trabajadores	workers
es	transferencia	bank transfer
es	transportista	carrier
es	traspaso	handover
es	tratamiento	treatment
es	trimestre	quarter
es	tráfico	traffic
es	trámite	procedure
es	trámites	procedures
es	turno	shift
es	turno de mañana	morning shift
es	turno de noche	night shift
es	turno de tarde	afternoon shift
es	turnos	shifts
es	ubicaciones	locations
es	ubicación	location
es	universidad	university
es	urgencias	emergency department
es	urgente	urgent
es	vacaciones	holidays
es	vacante	vacancy
es	vehículo	vehicle
es	vehículos	vehicles
es	vencimiento	due date
es	vender	sell
es	vendido	sold
es	venta	sale
es	ventas	sales
es	verificar	verify
es	viaje	trip
es	viajes	trips
es	visión general	overview
es	visto bueno	approval
fr	absentéisme	absenteeism
fr	achats	purchasing
fr	affectation	assignment
fr	affecter	assign
fr	agence	branch
fr	aide-soignant	care assistant
fr	aide-soignante	care assistant
fr	amélioration	improvement
fr	améliorer	improve
fr	analyser	analyse
fr	annuel	annual
fr	annulation	cancellation
fr	annuler	cancel
fr	annulé	cancelled
fr	aperçu	overview
fr	approbation	approval
fr	approvisionnement	procurement
fr	arrêt	downtime
fr	arrêt maladie	sick leave
fr	articles	items
fr	astreinte	on-call duty
fr	atelier	workshop
fr	attendre	wait
fr	attente	waiting
fr	augmentation	increase
fr	augmenter	increase
fr	automatiquement	automatically
fr	baisse	decrease
fr	bilan	review
fr	bon de commande	purchase order
fr	bon de livraison	delivery note
fr	bouchons	traffic jams
fr	boutique	shop
fr	brouillon	draft
fr	bureau	office
fr	bureaux	offices
fr	bâtiment	building
fr	bâtiments	buildings
fr	bénéfice	profit
fr	cadence	pace
fr	caisse	checkout
fr	calcul	calculation
fr	calculer	calculate
fr	calendrier	schedule
fr	camion	truck
fr	camions	trucks
fr	campagne	campaign
fr	candidats	candidates
fr	candidature	application
fr	candidatures	applications
fr	capacité	capacity
fr	carburant	fuel
fr	carte	map
fr	carton	box
fr	cartons	boxes
fr	casse	breakage
fr	centre de coûts	cost centre
fr	chaque fois	every time
fr	chaque jour	every day
fr	chaque semaine	every week
fr	charge de travail	workload
fr	chargement	loading
fr	charger	load
fr	chariot élévateur	forklift
fr	chauffage	heating
fr	chauffeur	driver
fr	chauffeurs	drivers
fr	chaîne d'approvisionnement	supply chain
fr	chaîne de production	production line
fr	chef	boss
fr	cher	expensive
fr	chiffre d'affaires	revenue
fr	chiffres	figures
fr	chronophage	time-consuming
fr	cible	target
fr	circulation	traffic
fr	citoyens	citizens
fr	classe	class
fr	client	customer
fr	cliente	customer
fr	clients	customers
fr	clinique	clinic
fr	clé	key
fr	code-barres	barcode
fr	colis	parcel
fr	collaborateur	colleague
fr	collaborateurs	colleagues
fr	collectivité	local authority
fr	collègue	colleague
fr	collègues	colleagues
fr	commande	order
fr	commander	order
fr	commandes	orders
fr	commandé	ordered
fr	commerce de détail	retail
fr	commercial	sales
fr	comparaison	comparison
fr	comparer	compare
fr	comparé	compared
fr	comptabilité	accounting
fr	comptable	accountant
fr	compte rendu	report
fr	compter	count
fr	conditionnement	packaging
fr	conducteur	driver
fr	confirmer	confirm
fr	conformité	compliance
fr	congé	leave
fr	congés	leave
fr	consommation	consumption
fr	consommation de carburant	fuel consumption
fr	contrat	contract
fr	contrats	contracts
fr	contrôle qualité	quality control
fr	contrôler	check
fr	coordonner	coordinate
fr	copie	copy
fr	copier	copy
fr	cours	course
fr	cours magistral	lecture
fr	coût	cost
fr	coûteux	costly
fr	coûts	costs
fr	créer	create
fr	créneau	time slot
fr	créneaux	time slots
fr	date limite	deadline
fr	demande	request
fr	demande de congé	leave request
fr	demandes	requests
fr	destinataire	recipient
fr	devis	quote
fr	directeur	director
fr	disponible	available
fr	distribuer	distribute
fr	dommage	damage
fr	données	data
fr	dossier	file
fr	dossiers	files
fr	douane	customs
fr	décharger	unload
fr	déchets	waste
fr	défaut	defect
fr	défauts	defects
fr	dégâts	damage
fr	délai	deadline
fr	délai d'attente	waiting time
fr	délai de livraison	delivery time
fr	délais	lead times
fr	département	department
fr	dépenses	expenses
fr	dépôt	depot
fr	détecter	detect
fr	déterminer	determine
fr	développement durable	sustainability
fr	effectifs	staffing
fr	efficacité	efficiency
fr	ehpad	care home
fr	emballage	packaging
fr	embauche	hiring
fr	embouteillage	traffic jam
fr	emplacement	location
fr	emploi du temps	timetable
fr	employé	employee
fr	employés	employees
fr	en attente	pending
fr	en retard	late
fr	endommagé	damaged
fr	enlèvement	pickup
fr	enquête	survey
fr	enquêtes	surveys
fr	enregistrer	record
fr	enseignant	teacher
fr	enseignants	teachers
fr	entreposage	warehousing
fr	entrepôt	warehouse
fr	entrepôts	warehouses
fr	entretien	maintenance
fr	envoi	shipment
fr	envois	shipments
fr	envoyer	send
fr	envoyé	sent
fr	erreur	error
fr	erreurs	errors
fr	essai	trial
fr	essais	trials
fr	estimation	estimate
fr	estimer	estimate
fr	estimé	estimated
fr	examen	exam
fr	examens	exams
fr	expédier	ship
fr	expéditeur	sender
fr	expédition	shipment
fr	expéditions	shipments
fr	expédié	shipped
fr	expérience	experiment
fr	fabrication	manufacturing
fr	fac	university
fr	facturation	invoicing
fr	facture	invoice
fr	facturer	invoice
fr	factures	invoices
fr	fait	done
fr	fastidieux	tedious
fr	fenêtre de livraison	delivery window
fr	feuille de calcul	spreadsheet
fr	fiable	reliable
fr	filiale	subsidiary
fr	filtrer	filter
fr	finances	finance
fr	flotte	fleet
fr	force de vente	sales force
fr	formation	training
fr	formations	trainings
fr	formulaire	form
fr	formulaires	forms
fr	fournisseur	supplier
fr	fournisseurs	suppliers
fr	frais	expenses
fr	frais de livraison	delivery costs
fr	frais de port	shipping costs
fr	fret	freight
fr	fusionner	merge
fr	gain de temps	time savings
fr	gamme	product range
fr	garde	on-call duty
fr	gardien	caretaker
fr	gestion	management
fr	goulot d'étranglement	bottleneck
fr	graphique	chart
fr	gérant	manager
fr	gérer	manage
fr	hausse	rise
fr	hebdomadaire	weekly
fr	heures de pointe	peak hours
fr	heures supplémentaires	overtime
fr	horaires	schedule
fr	hôpital	hospital
fr	idée	idea
fr	impayés	unpaid invoices
fr	importer	import
fr	impôts	taxes
fr	indicateurs	indicators
fr	infirmier	nurse
fr	infirmiers	nurses
fr	infirmière	nurse
fr	infirmières	nurses
fr	inscription	enrolment
fr	intégration	onboarding
fr	inventaire	inventory
fr	itinéraire	route
fr	jeu de données	dataset
fr	justificatif	receipt
fr	labo	lab
fr	laboratoire	lab
fr	lent	slow
fr	licenciement	dismissal
fr	lieu	location
fr	ligne de production	production line
fr	liste	list
fr	liste d'attente	waiting list
fr	listes	lists
fr	lit	bed
fr	lits	beds
fr	livraison	delivery
fr	livraison en retard	late delivery
fr	livraisons	deliveries
fr	livrer	deliver
fr	livreur	delivery driver
fr	livreurs	delivery drivers
fr	livré	delivered
fr	livrée	delivered
fr	magasin	shop
fr	magasinier	warehouse worker
fr	magasins	shops
fr	main-d'œuvre	labour
fr	mairie	town hall
fr	manquant	missing
fr	manque de personnel	staff shortage
fr	manuellement	manually
fr	manutention	handling
fr	marchandise	goods
fr	marchandises	goods
fr	marché	market
fr	marge	margin
fr	matières premières	raw materials
fr	mensuel	monthly
fr	mesure	measurement
fr	mesurer	measure
fr	mesures	measurements
fr	mesuré	measured
fr	modèle	template
fr	moins cher	cheaper
fr	moyenne	average
fr	médecin	doctor
fr	médecins	doctors
fr	médicaments	medication
fr	ménage	cleaning
fr	nettoyage	cleaning
fr	norme	standard
fr	normes	standards
fr	note de frais	expense report
fr	notes	grades
fr	numéro de commande	order number
fr	objectif	goal
fr	objectifs	goals
fr	offre	offer
fr	offre d'emploi	job offer
fr	optimiser	optimize
fr	opérateur	operator
fr	ouvrier	worker
fr	ouvriers	workers
fr	paie	payroll
fr	paiement	payment
fr	paiements	payments
fr	palette	pallet
fr	palettes	pallets
fr	panne	breakdown
fr	pannes	breakdowns
fr	part de marché	market share
fr	passation	handover
fr	patiente	patient
fr	personnel	staff
fr	perte	loss
fr	perte de temps	waste of time
fr	pièce jointe	attachment
fr	pièces	parts
fr	pièces détachées	spare parts
fr	plainte	complaint
fr	planification	planning
fr	planifier	plan
fr	planning	schedule
fr	plus rapide	faster
fr	poids	weight
fr	poids lourd	truck
fr	ponctualité	punctuality
fr	poste	shift
fr	poste de nuit	night shift
fr	prix	price
fr	processus	process
fr	procès-verbal	minutes
fr	procédure	procedure
fr	productivité	productivity
fr	produit	product
fr	produits	products
fr	professeur	teacher
fr	projet	project
fr	projets	projects
fr	proposition	proposal
fr	précis	accurate
fr	prédire	predict
fr	prélèvement	sample
fr	préparateur de commandes	order picker
fr	préparation de commandes	order picking
fr	prévision	forecast
fr	prévisions	forecasts
fr	prévoir	predict
fr	prévu	planned
fr	publicité	advertising
fr	période	period
fr	quai	loading dock
fr	quai de chargement	loading dock
fr	qualité	quality
fr	quantité	quantity
fr	quantités	quantities
fr	quotidien	daily
fr	quotidiennement	daily
fr	ramassage	pickup
fr	rapide	fast
fr	rapport	report
fr	rapports	reports
fr	rapprocher	reconcile
fr	rayon	aisle
fr	rebut	scrap
fr	recettes	revenue
fr	recherche	research
fr	recrutement	recruitment
fr	refuser	reject
fr	refusé	rejected
fr	relance	reminder
fr	relève	handover
fr	remise	discount
fr	remplacement	replacement
fr	remplaçant	substitute
fr	remplir	fill in
fr	rendement	yield
fr	rendez-vous	appointment
fr	rentabilité	profitability
fr	responsable	manager
fr	ressources humaines	human resources
fr	retard	delay
fr	retards	delays
fr	retour	return
fr	retour d'information	feedback
fr	retours	returns
fr	reçu	receipt
fr	rh	hr
fr	rupture de stock	stockout
fr	réception	receiving
fr	réclamation	complaint
fr	réclamations	complaints
fr	réduction	reduction
fr	réduire	reduce
fr	réglementation	regulation
fr	régulièrement	regularly
fr	réparation	repair
fr	répartition	distribution
fr	répondants	respondents
fr	répéter	repeat
fr	réservation de salle	room booking
fr	résidents	residents
fr	résultat	result
fr	résultats	results
fr	résumer	summarize
fr	résumé	summary
fr	réunion	meeting
fr	réunions	meetings
fr	saisie	data entry
fr	saisie manuelle	manual entry
fr	saisir	type in
fr	saisonnier	seasonal
fr	salaire	salary
fr	salarié	employee
fr	salariés	employees
fr	salle	room
fr	salle de réunion	meeting room
fr	salles	rooms
fr	satisfaction client	customer satisfaction
fr	service client	customer service
fr	service hospitalier	hospital ward
fr	services	departments
fr	signer	sign
fr	signé	signed
fr	soins	care
fr	sondage	survey
fr	sortie	discharge
fr	soumettre	submit
fr	source d'erreurs	error-prone
fr	stage	internship
fr	stockage	storage
fr	stocker	store
fr	succursale	branch
fr	suivi	tracking
fr	suivi des colis	parcel tracking
fr	suivre	track
fr	sécurité	safety
fr	tableau	table
fr	tableau de bord	dashboard
fr	tableau de suivi	tracking sheet
fr	tableur	spreadsheet
fr	taux d'erreur	error rate
fr	taux d'occupation	occupancy rate
fr	temps d'attente	waiting time
fr	temps de travail	working time
fr	tendance	trend
fr	tendances	trends
fr	terminé	finished
fr	tournée	route
fr	tournées	routes
fr	tous les jours	every day
fr	toutes les semaines	every week
fr	traitement	treatment
fr	trajet	trip
fr	trajets	trips
fr	transmissions	handover notes
fr	transporteur	carrier
fr	trier	sort
fr	trimestre	quarter
fr	trésorerie	cash flow
fr	tâche	task
fr	tâches	tasks
fr	télécharger	download
fr	université	university
fr	urgences	emergency department
fr	usagers	users
fr	usine	factory
fr	valeurs aberrantes	outliers
fr	validation	approval
fr	valider	approve
fr	validé	approved
fr	vendre	sell
fr	vendu	sold
fr	vente	sale
fr	ventes	sales
fr	virement	bank transfer
fr	vue d'ensemble	overview
fr	véhicule	vehicle
fr	véhicules	vehicles
fr	vérification	check
fr	vérifier	check
fr	à l'heure	on time
fr	à la main	by hand
fr	écart	deviation
fr	écarts	deviations
fr	échantillon	sample
fr	échantillons	samples
fr	échéance	deadline
fr	école	school
fr	écoles	schools
fr	économies	savings
fr	économiser	save
fr	électricité	electricity
fr	élèves	pupils
fr	émissions	emissions
fr	énergie	energy
fr	équipe	team
fr	équipes	teams
fr	étagère	shelf
fr	étape	step
fr	étapes	steps
fr	étiquette	label
fr	étiquettes	labels
fr	étude	study
fr	études	studies
fr	étudiant	student
fr	étudiants	students
fr	évaluation	evaluation
fr	évaluer	evaluate
fr	évolution	trend
it	a mano	by hand
it	acquisti	purchasing
it	acquisto	purchase
it	affitto	rent
it	aggiornamento	update
it	aggiornare	update
it	allegato	attachment
it	amministrazione	administration
it	analisi	analysis
it	analisi del sangue	blood test
it	analizzare	analyze
it	andamento	trend
it	annuale	annual
it	annullare	cancel
it	annullato	cancelled
it	anziani	elderly
it	approvare	approve
it	approvato	approved
it	approvazione	approval
it	approvvigionamento	procurement
it	appuntamento	appointment
it	arrivo	arrival
it	articoli	items
it	articolo	item
it	assenze	absences
it	assistenza	care support
it	assistenza clienti	customer service
it	assunzione	hiring
it	attesa	waiting
it	attività	activity
it	aula	classroom
it	aumentare	increase
it	aumento	increase
it	autista	driver
it	autisti	drivers
it	autocarro	truck
it	automaticamente	automatically
it	automatico	automatic
it	automatizzare	automate
it	automazione	automation
it	baia di carico	loading bay
it	bancale	pallet
it	bancali	pallets
it	banchina	dock
it	bilancio	balance sheet budget
it	bolla	delivery note
it	bolletta	bill
it	bollette	bills
it	bonifico	bank transfer
it	busta paga	payslip
it	calcolare	calculate
it	calcolo	calculation
it	calendario	schedule
it	calo	decrease
it	cambio turno	shift handover
it	camion	truck
it	campagna	campaign
it	campione	sample
it	campioni	samples
it	candidato	candidate
it	cantiere	construction site
it	capo	boss
it	caposala	head nurse
it	carburante	fuel
it	caricare	load
it	carico	load
it	carico di lavoro	workload
it	carrello elevatore	forklift
it	cartella	folder
it	cartella clinica	medical record
it	cartina	map
it	casa di riposo	nursing home
it	cassa	checkout
it	cercare	search
it	certificato	certificate
it	chilometri	kilometers
it	cifre	figures
it	cliente	customer
it	clienti	customers
it	codice	code
it	collega	colleague
it	colleghi	colleagues
it	colli	packages
it	collo	package
it	collo di bottiglia	bottleneck
it	colloquio	interview
it	commercialista	accountant
it	competenze	skills
it	compilare	fill in
it	compilato	filled in
it	compiti	tasks
it	compito	task
it	completato	completed
it	comprare	buy
it	comune	municipality
it	concorrenti	competitors
it	confrontare	compare
it	confrontato	compared
it	confronto	comparison
it	consegna	delivery
it	consegnare	deliver
it	consegnata	delivered
it	consegnato	delivered
it	consegne	deliveries
it	consumi	consumption
it	consumo	consumption
it	contabile	accountant
it	contabilità	accounting
it	conto	account
it	contratti	contracts
it	contratto	contract
it	controllare	check
it	controllato	checked
it	controlli	checks
it	controllo	check
it	copia	copy
it	copiare	copy
it	corriere	courier
it	corsi	courses
it	corso	course
it	costi	costs
it	costo	cost
it	costoso	expensive
it	crescita	growth
it	cura	care
it	danneggiata	damaged
it	danneggiato	damaged
it	danni	damage
it	danno	damage
it	data di consegna	delivery date
it	dati	data
it	deposito	depot
it	destinatario	recipient
it	difetto	defect
it	difettoso	defective
it	differenza	difference
it	digitare	type
it	diminuire	decrease
it	dimissione	discharge
it	dimissioni	discharges resignation
it	dipendente	employee
it	dipendenti	employees
it	direttore	director
it	direzione	management
it	dirigente	manager
it	disponibile	available
it	disponibilità	availability
it	docente	teacher
it	documenti	documents
it	documento	document
it	documento di trasporto	delivery note
it	domanda	application
it	doppione	duplicate
it	economico	cheap
it	edificio	building
it	efficiente	efficient
it	efficienza	efficiency
it	elenco	list
it	elettricità	electricity
it	emissioni	emissions
it	energia	energy
it	entrate	revenue
it	errore	error
it	errori	errors
it	esame	exam
it	esami	exams
it	esaurito	out of stock
it	esperimenti	experiments
it	esperimento	experiment
it	etichetta	label
it	etichette	labels
it	evasione ordini	order fulfillment
it	farmaci	medications
it	farmaco	medication
it	fasi	phases
it	fattura	invoice
it	fatturato	turnover
it	fatturazione	invoicing
it	fatture	invoices
it	ferie	vacation
it	fermata	stop
it	fermo macchina	downtime
it	filiale	branch
it	filiali	branches
it	firma	signature
it	firmare	sign
it	firmato	signed
it	firme	signatures
it	flotta	fleet
it	foglio	sheet
it	foglio di calcolo	spreadsheet
it	formazione	training
it	fornitore	supplier
it	fornitori	suppliers
it	fornitura	supply
it	forniture	supplies
it	furgone	van
it	furgoni	vans
it	garanzia	warranty
it	gasolio	diesel
it	giacenza	stock
it	giacenze	stock
it	giornaliero	daily
it	giorni	days
it	giri	routes
it	giro	route
it	grafici	charts
it	grafico	chart
it	gratuito	free
it	gruppo	group
it	guasti	breakdowns
it	guasto	breakdown
it	imballaggio	packaging
it	imballo	packing
it	impianto	plant installation
it	impiegati	employees
it	impiegato	clerk
it	impronta di carbonio	carbon footprint
it	in ritardo	late
it	in sospeso	pending
it	incidente	accident
it	incontro	meeting
it	indagine	survey
it	indicatori	indicators
it	indirizzo	address
it	infermiera	nurse
it	infermiere	nurse
it	infermieri	nurses
it	infortunio	injury
it	insegnante	teacher
it	inserire	enter
it	inserire a mano	type in by hand
it	inventario	inventory
it	inviare	send
it	inviato	sent
it	iscrizione	enrollment
it	ispezione	inspection
it	iva	vat
it	laboratorio	lab workshop
it	lento	slow
it	letti	beds
it	letto	bed
it	lezione	lesson lecture
it	lezioni	lessons
it	licenziamento	dismissal
it	linea di produzione	production line
it	lista	list
it	lista d'attesa	waiting list
it	lotti	batches
it	lotto	batch
it	luogo	location
it	macchina	machine
it	macchinari	machinery
it	magazzini	warehouses
it	magazziniere	warehouse worker
it	magazzino	warehouse
it	magazzino ricambi	spare parts store
it	malattia	sick leave
it	mancante	missing
it	mancanti	missing
it	mancata consegna	failed delivery
it	mansione	duty
it	mansioni	duties
it	manuale	manual
it	manualmente	manually
it	manutenzione	maintenance
it	mappa	map
it	marchio	brand
it	media	average
it	medici	doctors
it	medico	doctor
it	mensile	monthly
it	mercato	market
it	merce	goods
it	merci	goods
it	mese	month
it	mesi	months
it	miglioramento	improvement
it	migliorare	improve
it	misura	measure
it	misurare	measure
it	misurazione	measurement
it	misurazioni	measurements
it	mittente	sender
it	moduli	forms
it	modulo	form
it	muletto	forklift
it	negozi	shops
it	negozio	shop
it	noleggio	rental
it	nota di credito	credit note
it	numeri	numbers figures
it	numero di tracciamento	tracking number
it	obiettivi	targets
it	obiettivo	target
it	offerta	offer
it	ogni giorno	every day
it	ogni mese	every month
it	ogni settimana	every week
it	operai	workers
it	operaio	worker
it	orario	schedule timetable
it	orario di lavoro	working hours
it	ordinare	order
it	ordinato	ordered
it	ordine	order
it	ordine d'acquisto	purchase order
it	ordini	orders
it	ore	hours
it	ospedale	hospital
it	pacchi	parcels
it	pacco	parcel
it	pagamenti	payments
it	pagamento	payment
it	pagare	pay
it	panoramica	overview
it	paragonare	compare
it	paragone	comparison
it	partenza	departure
it	passaggi	steps
it	passaggio di consegne	handover
it	passi	steps
it	paziente	patient
it	pazienti	patients
it	pedana	pallet
it	pedane	pallets
it	percentuale	percentage
it	percorsi	routes
it	percorso	route
it	perdita	loss
it	permesso	permit
it	personale	staff
it	pezzi	parts
it	pezzo	part
it	pianificare	plan
it	pianificato	planned
it	pianificazione	planning
it	piano	plan
it	più economico	cheaper
it	più veloce	faster
it	posizione	location
it	pratica	case file
it	pratiche	case files
it	prelievi	sample collections
it	prelievo	sample collection picking
it	prenotazione	booking
it	presenze	attendance
it	prevedere	predict
it	preventivi	quotes
it	preventivo	quote
it	previsione	forecast
it	previsioni	forecasts
it	previsto	expected
it	prezzi	prices
it	prezzo	price
it	priorità	priority
it	problema	problem
it	problemi	problems
it	procedura	procedure
it	processi	processes
it	processo	process
it	prodotti	products
it	prodotto	product
it	produrre	produce
it	produzione	production
it	progetti	projects
it	progetto	project
it	programma	schedule
it	programmato	scheduled
it	pronto soccorso	emergency department
it	proposta	proposal
it	prova	test
it	prove	tests
it	provetta	test tube
it	provette	test tubes
it	pubblicità	advertising
it	pulizia	cleaning
it	punto vendita	store
it	quadro	overview
it	qualità	quality
it	questionari	questionnaires
it	questionario	questionnaire
it	quotidiano	daily
it	rapporto	report
it	reclami	complaints
it	reclamo	complaint
it	relazione	report
it	reparti	wards departments
it	reparto	ward department
it	reperibilità	on call
it	resi	returns
it	reso	return
it	resoconto	report
it	responsabile	manager
it	ricambi	spare parts
it	ricavi	revenue
it	ricerca	research
it	ricercatore	researcher
it	ricevere	receive
it	ricevuta	receipt
it	ricevuto	received
it	richiesta	request
it	richieste	requests
it	riciclo	recycling
it	ricoveri	admissions
it	ricovero	admission
it	ridurre	reduce
it	riduzione	reduction
it	rifiuti	waste
it	rifornimento	replenishment
it	rimborso	refund
it	riparazione	repair
it	riscaldamento	heating
it	rischi	risks
it	rischio	risk
it	risorse umane	human resources
it	risparmi	savings
it	risparmiare	save
it	risparmio	savings
it	risultati	results
it	risultato	result
it	ritardi	delays
it	ritardo	delay
it	ritirare	pick up
it	ritiro	pickup
it	riunione	meeting
it	riunioni	meetings
it	rotto	broken
it	rottura di stock	stockout
it	ruolo	role
it	sala operatoria	operating room
it	sbagliato	wrong
it	scadenza	deadline due date
it	scadenze	deadlines
it	scaffale	shelf
it	scaffali	shelves
it	scaricare	unload
it	scarico	unloading
it	scarti	scrap
it	scarto	scrap
it	sconto	discount
it	scontrino	receipt
it	scorta	stock
it	scorte	stock
it	scuola	school
it	sede	site headquarters
it	segnalazione	report ticket
it	segnalazioni	reports tickets
it	semestre	semester
it	servizio clienti	customer service
it	settimana	week
it	settimanale	weekly
it	settimane	weeks
it	sicurezza	safety
it	smarrito	lost
it	smistamento	sorting
it	soglia	threshold
it	sollecito	reminder
it	soluzione	solution
it	sondaggio	survey
it	sopralluogo	site visit
it	sostenibilità	sustainability
it	sostituire	replace
it	sostituzione	replacement
it	spedire	ship
it	spedita	shipped
it	spedito	shipped
it	spedizione	shipment
it	spedizioni	shipments
it	spese	expenses
it	squadra	team
it	stabilimento	plant
it	stima	estimate
it	stimare	estimate
it	stimato	estimated
it	stime	estimates
it	stipendio	salary
it	stoccaggio	storage
it	straordinari	overtime
it	strumenti	tools
it	strumento	tool
it	studente	student
it	studenti	students
it	tabella	table
it	tasse	taxes
it	tecnici	technicians
it	tecnico	technician
it	tempi di attesa	waiting times
it	tempi di consegna	delivery times
it	tempo di attesa	waiting time
it	tendenza	trend
it	terapia	therapy
it	totale	total
it	tracciamento	tracking
it	tragitto	route
it	trasportatore	carrier
it	trasporti	transport
it	trasporto	transport
it	trimestre	quarter
it	trovare	find
it	turnazione	roster
it	turni	shifts
it	turno	shift
it	turno di notte	night shift
it	ubicazione	storage location
it	uffici	offices
it	ufficio	office
it	ufficio acquisti	purchasing department
it	università	university
it	urgente	urgent
it	utile	profit
it	valore	value
it	valori	values
it	valutazione	evaluation
it	veicoli	vehicles
it	veicolo	vehicle
it	veloce	fast
it	vendere	sell
it	vendita	sale
it	vendite	sales
it	venditore	salesperson
it	verifica	verification
it	verificare	verify
it	viaggio	trip
it	visita	visit
it	visite	visits
it	voti	grades
it	voto	grade
nl	aanbieding	offer
nl	aandeel	share
nl	aanmaken	create
nl	aanmaning	payment reminder
nl	aantal	number
nl	aantallen	numbers
nl	aanvraag	request
nl	aanvragen	requests
nl	achterstand	backlog
nl	administratie	administration
nl	afdeling	department
nl	afdelingen	departments
nl	afgekeurd	rejected
nl	afgerond	completed
nl	afhalen	pick up
nl	afkeur	rejects
nl	afleveradres	delivery address
nl	afspraak	appointment
nl	afspraken	appointments
nl	afval	waste
nl	afwezigheid	absence
nl	afwijking	deviation
nl	afwijkingen	deviations
nl	afwijzen	reject
nl	afzender	sender
nl	ambtenaar	civil servant
nl	analyseren	analyse
nl	annulering	cancellation
nl	artikel	item
nl	artikelen	items
nl	arts	doctor
nl	artsen	doctors
nl	assortiment	product range
nl	automatisch	automatically
nl	baas	boss
nl	balans	balance sheet
nl	bedden	beds
nl	begroting	budget
nl	behandeling	treatment
nl	beheer	management
nl	beheren	manage
nl	beladingsgraad	load factor
nl	belangrijk	important
nl	belasting	tax
nl	beoordelen	assess
nl	beoordeling	assessment
nl	bepalen	determine
nl	bereikbaarheidsdienst	on-call duty
nl	berekenen	calculate
nl	berekening	calculation
nl	bericht	message
nl	beschadigd	damaged
nl	beschikbaar	available
nl	beslissing	decision
nl	besluit	decision
nl	bespaard	saved
nl	besparen	save
nl	besparing	savings
nl	besparingen	savings
nl	besteld	ordered
nl	bestellen	order
nl	bestelling	order
nl	bestellingen	orders
nl	bestuurder	driver
nl	betaling	payment
nl	betalingen	payments
nl	betrouwbaar	reliable
nl	bevestigen	confirm
nl	bevestiging	confirmation
nl	bewoners	residents
nl	bezetting	occupancy
nl	bezorgadres	delivery address
nl	bezorgd	delivered
nl	bezorgen	deliver
nl	bezorger	delivery driver
nl	bezorgers	delivery drivers
nl	bezorging	delivery
nl	bijhouden	keep track
nl	bijlage	attachment
nl	boekhouder	accountant
nl	boekhouding	accounting
nl	bon	receipt
nl	bonnetje	receipt
nl	brandstof	fuel
nl	brandstofverbruik	fuel consumption
nl	burgers	citizens
nl	campagne	campaign
nl	capaciteit	capacity
nl	chauffeurs	drivers
nl	cijfers	figures
nl	cliënt	client
nl	cliënten	clients
nl	collega	colleague
nl	collega's	colleagues
nl	collegezaal	lecture hall
nl	conciërge	caretaker
nl	contracten	contracts
nl	controle	check
nl	controleren	check
nl	coördineren	coordinate
nl	crediteuren	accounts payable
nl	cursus	course
nl	cursussen	courses
nl	dagelijks	daily
nl	daling	decrease
nl	debiteuren	accounts receivable
nl	declaratie	expense claim
nl	deelnemers	participants
nl	detailhandel	retail
nl	dienst	shift
nl	diensten	shifts
nl	dienstoverdracht	shift handover
nl	dienstrooster	roster
nl	distributiecentrum	distribution centre
nl	docent	teacher
nl	docenten	teachers
nl	documenten	documents
nl	doel	goal
nl	doelen	goals
nl	doelgroep	target group
nl	dokter	doctor
nl	doorlooptijd	lead time
nl	doos	box
nl	douane	customs
nl	dozen	boxes
nl	dringend	urgent
nl	duur	expensive
nl	duurzaamheid	sustainability
nl	efficiëntie	efficiency
nl	elke dag	every day
nl	elke week	every week
nl	energie	energy
nl	energieverbruik	energy consumption
nl	enquête	survey
nl	enquêtes	surveys
nl	etiket	label
nl	etiketten	labels
nl	examen	exam
nl	fabriek	factory
nl	facilitaire dienst	facilities department
nl	facturatie	invoicing
nl	facturen	invoices
nl	factureren	invoice
nl	factuur	invoice
nl	file	traffic jam
nl	filiaal	branch
nl	filiaalmanager	store manager
nl	filteren	filter
nl	financiën	finance
nl	formulier	form
nl	formulieren	forms
nl	fout	error
nl	fouten	errors
nl	foutgevoelig	error-prone
nl	geannuleerd	cancelled
nl	gebouw	building
nl	gebouwen	buildings
nl	gedaald	decreased
nl	gegevens	data
nl	geleverd	delivered
nl	gemeente	municipality
nl	gemeten	measured
nl	gemiddeld	average
nl	gemiddelde	average
nl	gepland	planned
nl	geschat	estimated
nl	gestegen	increased
nl	gewicht	weight
nl	goederen	goods
nl	goederenontvangst	goods receipt
nl	goedgekeurd	approved
nl	goedkeuren	approve
nl	goedkeuring	approval
nl	goedkoop	cheap
nl	goedkoper	cheaper
nl	grafiek	chart
nl	grondstoffen	raw materials
nl	handmatig	manually
nl	handtekening	signature
nl	heftruck	forklift
nl	herhalen	repeat
nl	herinnering	reminder
nl	hoeveelheden	quantities
nl	hoeveelheid	quantity
nl	hogeschool	university of applied sciences
nl	hr-afdeling	hr department
nl	idee	idea
nl	iedere dag	every day
nl	importeren	import
nl	indicatoren	indicators
nl	indienen	submit
nl	ingepland	scheduled
nl	inkomsten	income
nl	inkoop	purchasing
nl	inkooporder	purchase order
nl	inplannen	schedule
nl	inschrijving	enrolment
nl	inventarisatie	stocktaking
nl	invoeren	enter
nl	invullen	fill in
nl	inwerken	onboarding
nl	inwoners	residents
nl	jaarlijks	yearly
nl	jaarrekening	annual accounts
nl	kaart	map
nl	kantoor	office
nl	kapot	broken
nl	kassa	checkout
nl	kassabon	receipt
nl	klaar	done
nl	klacht	complaint
nl	klachten	complaints
nl	klant	customer
nl	klanten	customers
nl	klantenservice	customer service
nl	klantnummer	customer number
nl	klanttevredenheid	customer satisfaction
nl	klas	class
nl	kliniek	clinic
nl	knelpunt	bottleneck
nl	knelpunten	bottlenecks
nl	kopie	copy
nl	kopiëren	copy
nl	korting	discount
nl	kosten	costs
nl	kwaliteit	quality
nl	kwaliteitscontrole	quality control
nl	kwartaal	quarter
nl	laaddock	loading dock
nl	laadperron	loading dock
nl	laadvermogen	payload
nl	laboratorium	lab
nl	labresultaten	lab results
nl	laden	load
nl	lading	load
nl	langzaam	slow
nl	late dienst	late shift
nl	leerkracht	teacher
nl	leerlingen	pupils
nl	leidinggevende	manager
nl	leraar	teacher
nl	lesrooster	timetable
nl	leverancier	supplier
nl	leveranciers	suppliers
nl	leverdatum	delivery date
nl	leveren	deliver
nl	levering	delivery
nl	leveringen	deliveries
nl	levertijd	delivery time
nl	levertijden	delivery times
nl	lijst	list
nl	lijsten	lists
nl	locatie	location
nl	locaties	locations
nl	lokaal	classroom
nl	loon	wage
nl	lopende band	assembly line
nl	lossen	unload
nl	maandelijks	monthly
nl	magazijn	warehouse
nl	magazijnen	warehouses
nl	magazijnmedewerker	warehouse worker
nl	markt	market
nl	marktaandeel	market share
nl	medewerker	employee
nl	medewerkers	employees
nl	medicatie	medication
nl	medicijnen	medication
nl	meetwaarden	measured values
nl	melding	report
nl	meldingen	reports
nl	met de hand	by hand
nl	meten	measure
nl	meting	measurement
nl	metingen	measurements
nl	monster	sample
nl	monsters	samples
nl	nachtdienst	night shift
nl	nakijken	check
nl	naleving	compliance
nl	nauwkeurig	accurate
nl	norm	standard
nl	notulen	minutes
nl	offerte	quote
nl	omslachtig	cumbersome
nl	omzet	revenue
nl	onderdelen	parts
nl	onderhoud	maintenance
nl	ondertekend	signed
nl	ondertekenen	sign
nl	onderzoek	research
nl	ongeluk	accident
nl	ongeval	accident
nl	ontbreekt	missing
nl	ontbrekend	missing
nl	ontslag	discharge
nl	ontvanger	recipient
nl	ontvangst	receipt
nl	ontwikkeling	trend
nl	op tijd	on time
nl	opbrengst	yield
nl	openstaand	outstanding
nl	openstaande facturen	outstanding invoices
nl	ophalen	pick up
nl	opleiding	training
nl	oplossing	solution
nl	opname	admission
nl	opslaan	store
nl	opslag	storage
nl	opsporen	detect
nl	optimaliseren	optimize
nl	ordernummer	order number
nl	orderpicken	order picking
nl	orderpicker	order picker
nl	overboeking	bank transfer
nl	overdracht	handover
nl	overeenkomst	agreement
nl	overheid	government
nl	overleg	meeting
nl	overtypen	type in by hand
nl	overuren	overtime
nl	overzicht	overview
nl	pakbon	packing slip
nl	pakje	parcel
nl	pakket	parcel
nl	pakketten	parcels
nl	patiënt	patient
nl	patiënten	patients
nl	periode	period
nl	personeel	staff
nl	personeelstekort	staff shortage
nl	personeelszaken	hr
nl	piekuren	peak hours
nl	plannen	plan
nl	planning	schedule
nl	plattegrond	floor plan
nl	ploeg	shift team
nl	ploegendienst	shift work
nl	prijs	price
nl	prijzen	prices
nl	proces	process
nl	processen	processes
nl	producten	products
nl	productie	production
nl	productielijn	production line
nl	productiviteit	productivity
nl	proef	experiment
nl	proeven	experiments
nl	prognose	forecast
nl	projecten	projects
nl	rapport	report
nl	rapportage	report
nl	reclame	advertising
nl	regelgeving	regulations
nl	regelmatig	regularly
nl	registreren	record
nl	rekenblad	spreadsheet
nl	rendement	return
nl	reparatie	repair
nl	reserveonderdelen	spare parts
nl	respondenten	respondents
nl	resultaat	result
nl	resultaten	results
nl	retouren	returns
nl	retourzending	return shipment
nl	rit	trip
nl	ritplanning	route planning
nl	ritten	trips
nl	ronde	round
nl	rooster	roster
nl	routeplanning	route planning
nl	ruimte	room
nl	ruimtes	rooms
nl	salaris	salary
nl	samenvatten	summarize
nl	samenvatting	summary
nl	schade	damage
nl	schap	shelf
nl	schappen	shelves
nl	schatten	estimate
nl	schatting	estimate
nl	schema	schedule
nl	scholen	schools
nl	schommelingen	fluctuations
nl	schoonmaak	cleaning
nl	schoonmakers	cleaners
nl	seizoen	season
nl	sjabloon	template
nl	sleutel	key
nl	snel	fast
nl	sneller	faster
nl	sollicitant	applicant
nl	sollicitanten	applicants
nl	sollicitatie	application
nl	sorteren	sort
nl	spits	rush hour
nl	spoed	urgent
nl	spoedeisende hulp	emergency department
nl	stage	internship
nl	stap	step
nl	stappen	steps
nl	steekproef	sample
nl	stijging	increase
nl	stilstand	downtime
nl	stiptheid	punctuality
nl	storing	fault
nl	storingen	faults
nl	storingsmelding	fault report
nl	streepjescode	barcode
nl	stroom	electricity
nl	studenten	students
nl	studie	study
nl	taak	task
nl	taken	tasks
nl	te laat	late
nl	teamleider	team leader
nl	tekort	shortage
nl	tekorten	shortages
nl	telkens	every time
nl	tellen	count
nl	tentamen	exam
nl	terugkoppeling	feedback
nl	thuiszorg	home care
nl	tijdrovend	time-consuming
nl	tijdslot	time slot
nl	tijdvak	time slot
nl	tijdvenster	time window
nl	tijdwinst	time savings
nl	toeleveringsketen	supply chain
nl	toets	test
nl	toewijzen	assign
nl	totaal	total
nl	traag	slow
nl	uitgaven	expenses
nl	uitkomst	outcome
nl	uitschieters	outliers
nl	uitstoot	emissions
nl	uitverkocht	sold out
nl	universiteit	university
nl	vacature	vacancy
nl	vacatures	vacancies
nl	vakantie	holiday
nl	veiligheid	safety
nl	verbeteren	improve
nl	verbetering	improvement
nl	verbruik	consumption
nl	verdelen	distribute
nl	verdeling	distribution
nl	vergadering	meeting
nl	vergaderingen	meetings
nl	vergaderruimte	meeting room
nl	vergeleken	compared
nl	vergelijken	compare
nl	vergelijking	comparison
nl	verhogen	increase
nl	verkeer	traffic
nl	verkocht	sold
nl	verkoop	sales
nl	verkoopafdeling	sales department
nl	verkoopcijfers	sales figures
nl	verkopen	sell
nl	verlagen	reduce
nl	verlies	loss
nl	verlof	leave
nl	verlofaanvraag	leave request
nl	verminderen	reduce
nl	verpakking	packaging
nl	verpleegafdeling	ward
nl	verpleeghuis	nursing home
nl	verpleegkundige	nurse
nl	verpleegkundigen	nurses
nl	verpleegster	nurse
nl	verslag	report
nl	versturen	send
nl	verstuurd	sent
nl	vertraging	delay
nl	vertragingen	delays
nl	vervanger	substitute
nl	vervoer	transport
nl	vervoerder	carrier
nl	verwarming	heating
nl	verzenden	ship
nl	verzendkosten	shipping costs
nl	verzonden	shipped
nl	verzorgende	carer
nl	verzuim	absenteeism
nl	vestiging	branch
nl	vestigingen	branches
nl	voertuig	vehicle
nl	voertuigen	vehicles
nl	volgen	track
nl	voorraad	stock
nl	voorraadbeheer	inventory management
nl	voorraadniveau	stock level
nl	voorraden	stocks
nl	voorspellen	predict
nl	voorspelling	prediction
nl	voorstel	proposal
nl	vracht	freight
nl	vrachtbrief	waybill
nl	vrachtwagen	truck
nl	vrachtwagenchauffeur	truck driver
nl	vrachtwagens	trucks
nl	vragenlijst	questionnaire
nl	vragenlijsten	questionnaires
nl	vroege dienst	early shift
nl	wachten	wait
nl	wachtlijst	waiting list
nl	wachtlijsten	waiting lists
nl	wachttijd	waiting time
nl	wachttijden	waiting times
nl	wagenpark	fleet
nl	wekelijks	weekly
nl	werkdruk	workload
nl	werknemer	employee
nl	werknemers	employees
nl	werkplaats	workshop
nl	werktijden	working hours
nl	werkvoorraad	backlog
nl	werving	recruitment
nl	winkel	shop
nl	winkels	shops
nl	winst	profit
nl	zending	shipment
nl	zendingen	shipments
nl	ziekenhuis	hospital
nl	ziekmelding	sick report
nl	ziekteverzuim	sick leave
nl	zorg	care
nl	zorgplan	care plan
nl	zorgverlener	care provider
pl	administracja	administration
pl	adres	address
pl	akceptacja	approval
pl	aktualizacja	update
pl	analiza	analysis
pl	analizować	analyze
pl	analizy	analyses
pl	ankiet	surveys
pl	ankieta	survey
pl	ankiety	surveys
pl	ankietę	survey
pl	anulowane	cancelled
pl	anulować	cancel
pl	arkusz	spreadsheet sheet
pl	arkusz kalkulacyjny	spreadsheet
pl	arkusza	spreadsheet sheet
pl	arkusze	spreadsheets
pl	artykuł	item
pl	artykuły	items
pl	asortyment	assortment
pl	automatyczne	automatic
pl	automatycznie	automatically
pl	automatyczny	automatic
pl	automatyzacja	automation
pl	automatyzować	automate
pl	awaria	breakdown failure
pl	awarie	breakdowns
pl	awarii	breakdown
pl	awizacja	delivery notice
pl	awizo	delivery notice
pl	badania	studies tests research
pl	badania naukowe	research
pl	badanie	study survey test
pl	badań	studies tests
pl	baza	depot base
pl	bezpieczeństwo	safety
pl	bhp	occupational safety
pl	bilans	balance sheet
pl	biura	office
pl	biuro	office
pl	biurze	office
pl	blok operacyjny	operating theatre
pl	brak	missing lack
pl	brak na stanie	out of stock
pl	braki	shortages
pl	brakuje	is missing
pl	budowa	construction site
pl	budynek	building
pl	budynku	building
pl	budżet	budget
pl	budżetu	budget
pl	błąd	error
pl	błędnie	incorrectly
pl	błędy	errors
pl	błędów	errors
pl	cel	target goal
pl	cele	targets
pl	cen	prices
pl	cena	price
pl	centrum dystrybucyjne	distribution center
pl	ceny	prices
pl	cenę	price
pl	certyfikat	certificate
pl	ciężarówek	trucks
pl	ciężarówka	truck
pl	ciężarówki	trucks
pl	ciężarówką	truck
pl	co miesiąc	every month
pl	co tydzień	every week
pl	codziennie	every day daily
pl	codzienny	daily
pl	comiesięczny	monthly
pl	cotygodniowy	weekly
pl	czas dostawy	delivery time
pl	czas oczekiwania	waiting time
pl	czas realizacji	lead time
pl	czasu oczekiwania	waiting time
pl	czynsz	rent
pl	części	parts
pl	części zamienne	spare parts
pl	część	part
pl	dane	data
pl	danych	data
pl	darmowy	free
pl	dni	days
pl	dokument	document
pl	dokumentacja	documentation
pl	dokumentacja medyczna	medical record
pl	dokumenty	documents
pl	dokumentów	documents
pl	dom opieki	nursing home
pl	dostarczamy	we deliver
pl	dostarczać	deliver
pl	dostarczenie	delivery
pl	dostarczona	delivered
pl	dostarczone	delivered
pl	dostarczony	delivered
pl	dostarczyć	deliver
pl	dostaw	deliveries
pl	dostawa	delivery
pl	dostawca	supplier
pl	dostawcy	suppliers
pl	dostawczak	van
pl	dostawców	suppliers
pl	dostawcą	supplier
pl	dostawie	delivery
pl	dostawy	deliveries
pl	dostawę	delivery
pl	dostałem	i got
pl	dostępność	availability
pl	dostępny	available
pl	dowód dostawy	delivery note
pl	drogi	expensive
pl	duplikat	duplicate
pl	dyrekcja	management
pl	dyrektor	director
pl	dyżur	duty shift
pl	dyżuru	duty shift
pl	dyżury	duty shifts
pl	dziale	department
pl	dział	department
pl	dział kadr	hr department
pl	dział sprzedaży	sales department
pl	dział zakupów	purchasing department
pl	działu	department
pl	działy	departments
pl	działów	departments
pl	dzienny	daily
pl	dzień	day
pl	efektywność	efficiency
pl	egzamin	exam
pl	egzaminu	exam
pl	egzaminy	exams
pl	egzaminów	exams
pl	eksperyment	experiment
pl	emisja	emission
pl	emisje	emissions
pl	emisji	emissions
pl	energia	energy
pl	energia elektryczna	electricity
pl	energii	energy
pl	etap	stage step
pl	etapie	stage
pl	etapy	stages
pl	etykieta	label
pl	etykiety	labels
pl	faktur	invoices
pl	faktura	invoice
pl	faktura korygująca	credit note
pl	fakturowanie	invoicing
pl	faktury	invoices
pl	fakturze	invoice
pl	fakturę	invoice
pl	filia	branch
pl	flota	fleet
pl	formularz	form
pl	formularza	form
pl	formularze	forms
pl	formularzy	forms
pl	gmina	municipality
pl	godziny pracy	working hours
pl	gotowe	done
pl	grafik	roster schedule
pl	grafiki	rosters
pl	grafiku	roster
pl	gwarancja	warranty
pl	handlowcy	salespeople
pl	handlowiec	salesperson
pl	harmonogram	schedule
pl	harmonogramie	schedule
pl	harmonogramu	schedule
pl	inwentaryzacja	stocktaking
pl	inwentaryzacji	stocktaking
pl	izba przyjęć	admissions
pl	jakości	quality
pl	jakość	quality
pl	kadry	hr
pl	kampania	campaign
pl	kampanii	campaign
pl	kandydaci	candidates
pl	kandydat	candidate
pl	karetka	ambulance
pl	kasa	checkout
pl	katalog	folder catalog
pl	kierowca	driver
pl	kierowcy	drivers
pl	kierowców	drivers
pl	kierowcą	driver
pl	kierownicy	managers
pl	kierownik	manager
pl	kierownika	manager
pl	kierownikiem	manager
pl	kilometrów	kilometers
pl	klienci	customers
pl	klient	customer
pl	klienta	customer
pl	klientami	customers
pl	klientem	customer
pl	klientowi	customer
pl	klientów	customers
pl	kod	code
pl	kolega	colleague
pl	kolejka	queue
pl	kolejki	queues
pl	koleżanka	colleague
pl	kompetencje	skills
pl	kompletacja	picking
pl	kompletowanie	picking
pl	konkurencja	competition
pl	konserwacja	maintenance
pl	kontener	container
pl	konto	account
pl	kontrola	inspection check
pl	kontroli	inspection
pl	kopia	copy
pl	kopie	copies
pl	kopiować	copy
pl	kopię	copy
pl	korekta	correction
pl	koszt	cost
pl	kosztach	costs
pl	kosztorys	cost estimate
pl	koszty	costs
pl	koszty stałe	fixed costs
pl	kosztów	costs
pl	krok	step
pl	kroki	steps
pl	kroków	steps
pl	księgowa	accountant
pl	księgowanie	posting
pl	księgowości	accounting
pl	księgowość	accounting
pl	księgowy	accountant
pl	kupić	buy
pl	kurier	courier
pl	kuriera	courier
pl	kurs	run course
pl	kursu	course
pl	kursy	runs courses
pl	kursy online	online courses
pl	kwartał	quarter
pl	kwartału	quarter
pl	kwestionariusz	questionnaire
pl	kwestionariusze	questionnaires
pl	l4	sick leave
pl	laborant	lab technician
pl	laboratorium	laboratory
pl	lek	medication
pl	lekarz	doctor
pl	lekarza	doctor
pl	lekarze	doctors
pl	lekarzy	doctors
pl	lekcja	lesson
pl	leki	medications
pl	leków	medications
pl	liczby	figures numbers
pl	liczyć	count calculate
pl	linia produkcyjna	production line
pl	list przewozowy	waybill
pl	lista	list
pl	lista oczekujących	waiting list
pl	listy	lists
pl	listę	list
pl	liście	list
pl	lokalizacja	location
pl	lokalizacje	locations
pl	lokalizacji	location
pl	magazyn	warehouse
pl	magazynie	warehouse
pl	magazynier	warehouse worker
pl	magazynierzy	warehouse workers
pl	magazynu	warehouse
pl	magazyny	warehouses
pl	magazynów	warehouses
pl	mapa	map
pl	mapie	map
pl	mapy	maps
pl	mapę	map
pl	marka	brand
pl	maszyn	machines
pl	maszyna	machine
pl	maszyny	machines
pl	menedżer	manager
pl	miejsca	places
pl	miejsce	place location
pl	mierzyć	measure
pl	miesiąc	month
pl	miesiąca	month
pl	miesięcy	months
pl	miesięcznie	monthly
pl	naczepa	trailer
pl	nadanie	dispatch
pl	nadawca	sender
pl	nadać	send
pl	nadgodziny	overtime
pl	należności	receivables
pl	naprawa	repair
pl	naprawić	repair
pl	narada	meeting
pl	narzędzia	tools
pl	narzędzie	tool
pl	nauczyciel	teacher
pl	nauczyciele	teachers
pl	naukowiec	researcher
pl	niedostępny	unavailable
pl	nieobecności	absences
pl	nieobecność	absence
pl	nocna zmiana	night shift
pl	numer przesyłki	tracking number
pl	obciążenie pracą	workload
pl	obecność	attendance
pl	obliczenia	calculations
pl	obliczyć	calculate
pl	obniżyć	reduce
pl	obowiązki	duties
pl	obrót	turnover
pl	obsługa klienta	customer service
pl	ocena	grade evaluation
pl	ocena pracownicza	performance review
pl	oceny	grades
pl	oczekiwanie	waiting
pl	oczekujące	pending
pl	odbiorca	recipient customer
pl	odbiorcy	recipients customers
pl	odbioru	pickup
pl	odbiór	pickup collection
pl	oddziale	ward branch
pl	oddział	ward branch
pl	oddział ratunkowy	emergency department
pl	oddziałowa	head nurse
pl	oddziału	ward branch
pl	oddziały	wards branches
pl	oddziałów	wards branches
pl	odebrać	pick up collect
pl	odpady	waste
pl	oferta	offer quote
pl	oferty	offers quotes
pl	ofertę	offer quote
pl	ogrzewanie	heating
pl	opakowania	packaging
pl	opakowanie	packaging
pl	opieka	care
pl	opieki	care
pl	opiekun	caregiver
pl	opiekunka	caregiver
pl	opóźnienia	delays
pl	opóźnienie	delay
pl	opóźnień	delays
pl	opóźniona	delayed
pl	opóźniony	delayed
pl	oszacować	estimate
pl	oszczędności	savings
pl	oszczędność	saving
pl	oszczędzać	save
pl	otrzymać	receive
pl	otrzymałem	i received
pl	pacjenci	patients
pl	pacjent	patient
pl	pacjenta	patient
pl	pacjentem	patient
pl	pacjentki	patients
pl	pacjentów	patients
pl	paczek	parcels
pl	paczka	parcel
pl	paczki	parcels
pl	paczkomat	parcel locker
pl	paczkę	parcel
pl	palet	pallets
pl	paleta	pallet
pl	palety	pallets
pl	paletę	pallet
pl	paliwa	fuel
pl	paliwo	fuel
pl	paragon	receipt
pl	partia	batch
pl	partii	batch
pl	pasek wypłaty	payslip
pl	pensja	salary
pl	personel	staff
pl	pielęgniarek	nurses
pl	pielęgniarka	nurse
pl	pielęgniarki	nurses
pl	pielęgniarz	nurse
pl	pilne	urgent
pl	pilny	urgent
pl	placówka	branch facility
pl	placówki	branches facilities
pl	planowanie	planning
pl	planowany	planned
pl	planować	plan
pl	planu	plan
pl	pobranie	sample collection
pl	pobranie krwi	blood draw
pl	podatek	tax
pl	podatki	taxes
pl	podpis	signature
pl	podpisana	signed
pl	podpisany	signed
pl	podpisać	sign
pl	podpisu	signature
pl	podpisy	signatures
pl	podróż	trip
pl	podsumowanie	summary
pl	pojazd	vehicle
pl	pojazdy	vehicles
pl	pojazdów	vehicles
pl	policzyć	count
pl	pomiar	measurement
pl	pomiaru	measurement
pl	pomiary	measurements
pl	pomiarów	measurements
pl	poprawa	improvement
pl	poprawić	improve
pl	porównania	comparison
pl	porównanie	comparison
pl	porównać	compare
pl	porównałem	i compared
pl	porównywać	compare
pl	postój	stop
pl	pozwolenie	permit
pl	praca	work job
pl	pracownicy	employees
pl	pracownik	employee
pl	pracownika	employee
pl	pracowników	employees
pl	pracy	work
pl	priorytet	priority
pl	problemu	problem
pl	problemy	problems
pl	probówka	test tube
pl	procent	percent
pl	proces	process
pl	procesu	process
pl	procesy	processes
pl	procesów	processes
pl	produkcja	production
pl	produkcji	production
pl	produkować	produce
pl	produkt	product
pl	produktu	product
pl	produkty	products
pl	produktów	products
pl	prognoza	forecast
pl	prognozowanie	forecasting
pl	prognozy	forecasts
pl	projekt	project
pl	projektu	project
pl	projekty	projects
pl	prośba	request
pl	przegląd	overview review
pl	przekazanie zmiany	shift handover
pl	przelew	bank transfer
pl	przepisać	retype
pl	przepisywać	retype copy over
pl	przestoje	downtime
pl	przestój	downtime
pl	przesyłek	shipments
pl	przesyłka	shipment parcel
pl	przesyłki	shipments
pl	przesyłką	shipment
pl	przesyłkę	shipment
pl	przewidywany	expected
pl	przewidywać	predict
pl	przewidzieć	predict
pl	przewoźnik	carrier
pl	przełożony	supervisor
pl	przychodnia	clinic
pl	przychody	revenue
pl	przychód	revenue
pl	przyczepa	trailer
pl	przyjazd	arrival
pl	przyjęcia	admissions
pl	przyjęcie	admission
pl	przypomnienie	reminder
pl	przystanek	stop
pl	próbek	samples
pl	próbka	sample
pl	próbki	samples
pl	próbkę	sample
pl	prąd	electricity
pl	punkt odbioru	pickup point
pl	półka	shelf
pl	półki	shelves
pl	płatności	payments
pl	płatność	payment
pl	rabat	discount
pl	rachunek	bill
pl	rachunki	bills
pl	rampa	loading dock
pl	raport	report
pl	raportowanie	reporting
pl	raportu	report
pl	raporty	reports
pl	raportów	reports
pl	ratownik	paramedic
pl	realizacja	fulfillment implementation
pl	realizacji	fulfillment
pl	reklama	advertising
pl	reklamacja	complaint
pl	reklamacje	complaints
pl	reklamacji	complaint
pl	reklamację	complaint
pl	rekrutacja	recruitment
pl	rezerwacja	booking
pl	robotnik	worker
pl	roczny	annual
pl	roku	year
pl	rozliczenia	settlements
pl	rozliczenie	settlement
pl	rozmowa kwalifikacyjna	job interview
pl	rozwiązanie	solution
pl	rozładować	unload
pl	rozładunek	unloading
pl	rozładunku	unloading
pl	rynek	market
pl	rynku	market
pl	ryzyko	risk
pl	różnica	difference
pl	ręczne	manual
pl	ręcznie	manually by hand
pl	ręczny	manual
pl	sala	room
pl	saldo	balance
pl	samochodu	vehicle
pl	samochody	vehicles
pl	samochód	vehicle car
pl	semestr	semester
pl	seniorzy	elderly
pl	serwis	service
pl	skarga	complaint
pl	skargi	complaints
pl	sklep	shop
pl	sklepie	shop
pl	sklepu	shop
pl	sklepy	shops
pl	sklepów	shops
pl	składowanie	storage
pl	sortowanie	sorting
pl	spadek	decrease drop
pl	spedycja	freight forwarding
pl	spedytor	freight forwarder
pl	spotkania	meetings
pl	spotkanie	meeting
pl	spotkaniu	meeting
pl	spotkań	meetings
pl	sprawa	case matter
pl	sprawdzać	check
pl	sprawdzić	check
pl	sprawdziłem	i checked
pl	sprawdzone	checked
pl	sprawozdanie	report
pl	sprawy	cases
pl	sprzedawać	sell
pl	sprzedaż	sales
pl	sprzedaży	sales
pl	sprzątanie	cleaning
pl	spóźniony	late
pl	stan magazynowy	stock level
pl	stanie	stock
pl	stanowisko	position
pl	stany magazynowe	stock levels
pl	strata	loss
pl	studenci	students
pl	studentów	students
pl	suma	total
pl	szacunek	estimate
pl	szacunkowo	estimated
pl	szef	boss
pl	szefa	boss
pl	szkoda	damage
pl	szkody	damages
pl	szkole	school
pl	szkolenia	training
pl	szkolenie	training
pl	szkoleniu	training
pl	szkoleń	trainings
pl	szkoła	school
pl	szkoły	schools
pl	szpital	hospital
pl	szpitala	hospital
pl	szpitalu	hospital
pl	szukać	search
pl	szybciej	faster
pl	szybki	fast
pl	szybko	quickly
pl	szybszy	faster
pl	tabela	table
pl	tabeli	table
pl	tabelka	table
pl	tani	cheap
pl	taniej	cheaper
pl	tańszy	cheaper
pl	technik	technician
pl	tendencja	trend
pl	termin	deadline date
pl	termin dostawy	delivery date
pl	termin płatności	due date
pl	terminie	on time
pl	terminu	deadline
pl	towar	goods
pl	towaru	goods
pl	towary	goods
pl	towarów	goods
pl	transportu	transport
pl	tras	routes
pl	trasa	route
pl	trasie	route
pl	trasy	routes
pl	trasę	route
pl	tydzień	week
pl	tygodni	weeks
pl	tygodnia	week
pl	tygodniowo	weekly
pl	uczelnia	university
pl	uczniowie	pupils students
pl	uczniów	pupils students
pl	umowa	contract
pl	umowie	contract
pl	umowy	contracts
pl	umowę	contract
pl	umów	contracts
pl	uniwersytet	university
pl	urlop	vacation leave
pl	urlopu	leave
pl	urząd	office authority
pl	urzędu	office authority
pl	uszkodzenia	damages
pl	uszkodzenie	damage
pl	uszkodzona	damaged
pl	uszkodzone	damaged
pl	uszkodzony	damaged
pl	uzupełnianie	replenishment
pl	w toku	in progress
pl	wada	defect
pl	wadliwy	defective
pl	wady	defects
pl	warsztat	workshop
pl	warsztaty	workshops
pl	weryfikacja	verification
pl	wizyta	appointment visit
pl	wizyty	appointments visits
pl	wniosek	application request
pl	wnioski	applications
pl	wniosku	application
pl	wniosków	applications
pl	woda	water
pl	wolno	slowly
pl	wpisać	enter
pl	wpisywać	type in
pl	wpisywać ręcznie	type in by hand
pl	wprowadzać	enter
pl	wprowadzić	enter
pl	wskaźnik	indicator
pl	wskaźniki	indicators kpis
pl	wycena	quote valuation
pl	wyceny	quotes
pl	wydajność	productivity
pl	wydajny	efficient
pl	wydatki	expenses
pl	wyjazd	departure
pl	wykres	chart
pl	wykresy	charts
pl	wykład	lecture
pl	wykładowca	lecturer
pl	wyliczyć	calculate
pl	wymienić	replace
pl	wynagrodzenie	salary
pl	wynajem	rental
pl	wynik	result
pl	wynikach	results
pl	wyniki	results
pl	wyniki badań	test results
pl	wyników	results
pl	wypadek	accident
pl	wypełniony	filled in
pl	wypełnić	fill in
pl	wypis	discharge
pl	wypowiedzenie	notice termination
pl	wypłata	payout salary
pl	wysyłamy	we send
pl	wysyłać	send
pl	wysyłek	shipments
pl	wysyłka	shipment dispatch
pl	wysyłki	shipments
pl	wysyłkę	shipment
pl	wysłane	sent
pl	wysłany	sent
pl	wysłać	send
pl	wysłał	sent
pl	wysłała	sent
pl	wysłałam	i sent
pl	wysłałem	i sent
pl	wyzwanie	challenge
pl	wzrost	increase growth
pl	wózek widłowy	forklift
pl	wąskie gardło	bottleneck
pl	zadania	tasks
pl	zadanie	task
pl	zadań	tasks
pl	zaginiona	missing
pl	zajezdnia	depot
pl	zajęcia	classes
pl	zakończone	completed
pl	zaktualizować	update
pl	zakup	purchase
pl	zakupu	purchase
pl	zakupy	purchasing
pl	zakład	plant site
pl	zakładu	plant
pl	zakładzie	plant
pl	zamawiamy	we order
pl	zamawiać	order
pl	zamówienia	orders
pl	zamówienie	order
pl	zamówienie zakupu	purchase order
pl	zamówieniem	order
pl	zamówieniu	order
pl	zamówień	orders
pl	zamówiony	ordered
pl	zamówić	order
pl	zamówiłem	i ordered
pl	zaopatrzenie	procurement
pl	zaoszczędzić	save
pl	zapas	stock
pl	zapasy	stock
pl	zapasów	stock
pl	zaplanować	plan
pl	zapłacić	pay
pl	zarząd	board management
pl	zastępstwo	substitution
pl	zatrudnienie	employment
pl	zatwierdzenie	approval
pl	zatwierdzić	approve
pl	zatwierdzony	approved
pl	załadować	load
pl	załadunek	loading
pl	załadunku	loading
pl	załącznik	attachment
pl	załączniku	attachment
pl	zaświadczenie	certificate
pl	zebranie	meeting
pl	zepsuty	broken
pl	zepsuło się	broke down
pl	zespole	team
pl	zespołu	team
pl	zespoły	teams
pl	zespół	team
pl	zestawienia	summaries
pl	zestawienie	summary overview
pl	zgoda	consent approval
pl	zgody	approval consent
pl	zgubiony	lost
pl	zgłoszenia	tickets
pl	zgłoszenie	ticket report
pl	zmian	shifts
pl	zmiana	shift change
pl	zmianie	shift
pl	zmiany	shifts changes
pl	zmianę	shift
pl	zmierzyć	measure
pl	zmniejszyć	reduce
pl	znaleźć	find
pl	zniżka	discount
pl	zobowiązania	liabilities
pl	zrównoważony rozwój	sustainability
pl	zużycia	consumption
pl	zużycie	consumption
pl	zużycie energii	energy consumption
pl	zwiększyć	increase
pl	zwolnienie	dismissal
pl	zwolnienie lekarskie	sick leave
pl	zwrot	return refund
pl	zwrot pieniędzy	refund
pl	zwrotu	return
pl	zwroty	returns
pl	zwrotów	returns
pl	zysk	profit
pl	ładunek	cargo load
pl	ładunku	cargo
pl	łóżek	beds
pl	łóżka	beds
pl	łóżko	bed
pl	łącznie	in total
pl	ślad węglowy	carbon footprint
pl	śledzenie	tracking
pl	śmieci	waste
pl	średnia	average
pl	średnio	on average
pt	abastecimento	supply
pt	acidente	accident
pt	administração	administration
pt	agência	branch agency
pt	alta	discharge
pt	aluguel	rent
pt	aluguer	rental
pt	aluno	student
pt	alunos	students
pt	amostra	sample
pt	amostras	samples
pt	analisar	analyze
pt	anexo	attachment
pt	anual	annual
pt	análise	analysis
pt	análise de sangue	blood test
pt	análises	lab tests
pt	apoio ao cliente	customer support
pt	aprovado	approved
pt	aprovar	approve
pt	aprovação	approval
pt	aprovisionamento	procurement
pt	aquecimento	heating
pt	ar condicionado	air conditioning
pt	armazenamento	storage
pt	armazém	warehouse
pt	armazéns	warehouses
pt	artigo	item
pt	artigos	items
pt	assinado	signed
pt	assinar	sign
pt	assinatura	signature
pt	assinaturas	signatures
pt	atendimento ao cliente	customer service
pt	atestado	medical certificate
pt	atrasada	late
pt	atrasado	late
pt	atraso	delay
pt	atrasos	delays
pt	atualizar	update
pt	atualização	update
pt	aula	class lesson
pt	aulas	classes
pt	aumentar	increase
pt	aumento	increase
pt	ausência	absence
pt	automaticamente	automatically
pt	automatizar	automate
pt	automatização	automation
pt	automação	automation
pt	automático	automatic
pt	avaliação	evaluation
pt	avaliação de desempenho	performance review
pt	avaria	breakdown
pt	avariado	broken
pt	avarias	breakdowns
pt	baixa médica	sick leave
pt	barato	cheap
pt	bloco operatório	operating room
pt	cais	dock
pt	caixa	checkout
pt	calcular	calculate
pt	calendário	calendar
pt	cama	bed
pt	camas	beds
pt	caminhão	truck
pt	caminhões	trucks
pt	camião	truck
pt	camiões	trucks
pt	campanha	campaign
pt	cancelado	cancelled
pt	cancelar	cancel
pt	candidato	candidate
pt	candidatura	application
pt	carga	load cargo
pt	carga de trabalho	workload
pt	caro	expensive
pt	carregar	load
pt	carrinha	van
pt	centro de distribuição	distribution center
pt	certidão	certificate
pt	certificado	certificate
pt	chefe	boss
pt	chegada	arrival
pt	cliente	customer
pt	clientes	customers
pt	colaborador	employee
pt	colaboradores	employees
pt	colega	colleague
pt	colegas	colleagues
pt	coleta	pickup collection
pt	colheita	sample collection
pt	combustível	fuel
pt	comparado	compared
pt	comparar	compare
pt	comparação	comparison
pt	competências	skills
pt	compra	purchase
pt	comprar	buy
pt	compras	purchasing
pt	concluído	completed
pt	concorrência	competition
pt	condutor	driver
pt	conserto	repair
pt	consulta	appointment consultation
pt	consumo	consumption
pt	consumos	consumption
pt	conta	account
pt	conta de luz	electricity bill
pt	contabilidade	accounting
pt	contabilista	accountant
pt	contador	accountant
pt	contracheque	payslip
pt	contratação	hiring
pt	contrato	contract
pt	contratos	contracts
pt	controle	control
pt	controlo	check control
pt	copiar	copy
pt	crescimento	growth
pt	cronograma	schedule
pt	cuidador	caregiver
pt	cuidados	care
pt	curso	course
pt	cursos	courses
pt	custo	cost
pt	custos	costs
pt	cálculo	calculation
pt	câmara municipal	city council
pt	código	code
pt	cópia	copy
pt	dados	data
pt	danificada	damaged
pt	danificado	damaged
pt	dano	damage
pt	danos	damage
pt	defeito	defect
pt	defeituoso	defective
pt	demissão	resignation dismissal
pt	departamento	department
pt	depósito	depot warehouse
pt	desafio	challenge
pt	descarga	unloading
pt	descarregar	unload
pt	desconto	discount
pt	despedimento	dismissal
pt	despesas	expenses
pt	destinatário	recipient
pt	devolução	return
pt	devoluções	returns
pt	devolver	return
pt	dia	day
pt	diariamente	daily
pt	dias	days
pt	diferença	difference
pt	digitar	type in
pt	diminuição	decrease
pt	direção	management
pt	disponibilidade	availability
pt	disponível	available
pt	diário	daily
pt	doca	dock
pt	documento	document
pt	documentos	documents
pt	doente	patient
pt	doentes	patients
pt	duplicado	duplicate
pt	economia	savings economy
pt	economizar	save
pt	edifício	building
pt	eficiente	efficient
pt	eficiência	efficiency
pt	eletricidade	electricity
pt	em falta	missing
pt	embalagem	packaging
pt	embalagens	packaging
pt	emissões	emissions
pt	empilhadeira	forklift
pt	empilhador	forklift
pt	encomenda	order parcel
pt	encomendar	order
pt	encomendas	orders parcels
pt	encontrar	find
pt	endereço	address
pt	energia	energy
pt	enfermaria	ward
pt	enfermeira	nurse
pt	enfermeiro	nurse
pt	enfermeiros	nurses
pt	ensaio	trial test
pt	ensaios	trials
pt	entrega	delivery
pt	entregar	deliver
pt	entregas	deliveries
pt	entregue	delivered
pt	entregues	delivered
pt	entrevista	interview
pt	enviado	sent
pt	enviar	send
pt	envio	shipment
pt	envios	shipments
pt	equipa	team
pt	equipe	team
pt	errado	wrong
pt	erro	error
pt	erros	errors
pt	escala	roster
pt	escalas	rosters
pt	escola	school
pt	escritório	office
pt	esgotado	out of stock
pt	espera	waiting
pt	estafeta	courier
pt	estimado	estimated
pt	estimar	estimate
pt	estimativa	estimate
pt	estimativas	estimates
pt	estoque	stock
pt	estoques	stock
pt	estrangulamento	bottleneck
pt	estudantes	students
pt	etapas	steps
pt	etiqueta	label
pt	etiquetas	labels
pt	evolução	trend development
pt	exame	exam
pt	exames	exams
pt	existências	stock
pt	expedir	dispatch
pt	expedição	dispatch
pt	experiência	experiment
pt	extraviado	lost
pt	faltando	missing
pt	faltas	absences
pt	fatura	invoice
pt	faturamento	revenue invoicing
pt	faturar	invoice
pt	faturas	invoices
pt	faturação	invoicing
pt	ferramenta	tool
pt	ferramentas	tools
pt	fila	queue
pt	filial	branch
pt	folha	sheet
pt	folha de cálculo	spreadsheet
pt	formação	training
pt	formulário	form
pt	formulários	forms
pt	fornecedor	supplier
pt	fornecedores	suppliers
pt	fornecimento	supply
pt	frota	fleet
pt	funcionário	employee
pt	funcionários	employees
pt	função	role duty
pt	funções	duties
pt	furgão	van
pt	fábrica	factory
pt	férias	vacation
pt	garantia	warranty
pt	gargalo	bottleneck
pt	gasóleo	diesel
pt	gerente	manager
pt	gestor	manager
pt	gestão	management
pt	gratuito	free
pt	gráfico	chart
pt	gráficos	charts
pt	grátis	free
pt	guia de remessa	delivery note
pt	guia de transporte	waybill
pt	holerite	payslip
pt	horas extra	overtime
pt	horas extras	overtime
pt	horário	schedule
pt	horários	schedules
pt	idosos	elderly
pt	impostos	taxes
pt	impresso	form
pt	indicadores	indicators
pt	inquérito	survey
pt	inquéritos	surveys
pt	inserir	enter
pt	inspeção	inspection
pt	instalações	facilities
pt	internamento	admission
pt	internação	hospitalization
pt	introduzir	enter
pt	inventário	inventory
pt	investigador	researcher
pt	investigação	research
pt	itinerário	itinerary
pt	iva	vat
pt	laboratório	laboratory
pt	lar de idosos	nursing home
pt	lembrete	reminder
pt	lento	slow
pt	levantamento	survey data collection
pt	licença	permit license
pt	limpeza	cleaning
pt	linha de produção	production line
pt	lista	list
pt	lista de espera	waiting list
pt	listas	lists
pt	lixo	waste
pt	localização	location
pt	loja	shop
pt	lojas	shops
pt	lote	batch
pt	lotes	batches
pt	lucro	profit
pt	mais barato	cheaper
pt	mais rápido	faster
pt	manualmente	manually
pt	manutenção	maintenance
pt	mapa	map
pt	marca	brand
pt	marcação	appointment
pt	matrícula	enrollment
pt	medicamento	medication
pt	medicamentos	medications
pt	medida	measure
pt	medir	measure
pt	medição	measurement
pt	medições	measurements
pt	melhorar	improve
pt	melhoria	improvement
pt	mensalmente	monthly
pt	mercado	market
pt	mercadoria	goods
pt	mercadorias	goods
pt	meses	months
pt	meta	target
pt	metas	targets
pt	morada	address
pt	motorista	driver
pt	motoristas	drivers
pt	máquina	machine
pt	máquinas	machines
pt	média	average
pt	médico	doctor
pt	médicos	doctors
pt	mês	month
pt	nota	grade
pt	nota de crédito	credit note
pt	nota de encomenda	purchase order
pt	nota fiscal	invoice
pt	notas	grades
pt	números	figures
pt	objetivo	objective
pt	objetivos	objectives
pt	obra	construction site
pt	oficina	workshop
pt	operário	worker
pt	operários	workers
pt	ordem de compra	purchase order
pt	orçamento	budget quote
pt	orçamentos	quotes budgets
pt	paciente	patient
pt	pacientes	patients
pt	pacote	parcel
pt	pacotes	parcels
pt	pagamento	payment
pt	pagamentos	payments
pt	pagar	pay
pt	palete	pallet
pt	paletes	pallets
pt	parada	stop downtime
pt	paragem	stop
pt	partida	departure
pt	passagem de turno	shift handover
pt	passos	steps
pt	pasta	folder
pt	pedido	order request
pt	pedidos	orders
pt	pegada de carbono	carbon footprint
pt	pendente	pending
pt	percentagem	percentage
pt	percurso	route
pt	perdido	lost
pt	pesquisa	survey research
pt	pesquisador	researcher
pt	pessoal	staff
pt	peça	part
pt	peças	parts
pt	peças de reposição	spare parts
pt	planeado	planned
pt	planeamento	planning
pt	planear	plan
pt	planejado	planned
pt	planejamento	planning
pt	planejar	plan
pt	planilha	spreadsheet
pt	planilhas	spreadsheets
pt	plano	plan
pt	porcentagem	percentage
pt	poupança	savings
pt	poupanças	savings
pt	poupar	save
pt	prateleira	shelf
pt	prateleiras	shelves
pt	prazo	deadline
pt	prazo de entrega	delivery time
pt	prazos	deadlines
pt	preencher	fill in
pt	preenchido	filled in
pt	prefeitura	city hall
pt	prejuízo	loss
pt	presença	attendance
pt	prever	predict
pt	previsto	expected
pt	previsão	forecast
pt	previsões	forecasts
pt	preço	price
pt	preços	prices
pt	prioridade	priority
pt	problema	problem
pt	problemas	problems
pt	processo	process
pt	processo clínico	medical record
pt	processos	processes
pt	procurar	search
pt	produto	product
pt	produtos	products
pt	produzir	produce
pt	produção	production
pt	professor	teacher
pt	professores	teachers
pt	projeto	project
pt	projetos	projects
pt	pronto-socorro	emergency room
pt	prontuário	medical record
pt	proposta	proposal
pt	prova	test exam
pt	prédio	building
pt	publicidade	advertising
pt	qualidade	quality
pt	quebrado	broken
pt	queda	drop
pt	queixa	complaint
pt	questionário	questionnaire
pt	questionários	questionnaires
pt	quilómetros	kilometers
pt	quilômetros	kilometers
pt	rastreamento	tracking
pt	rastreio	tracking
pt	receber	receive
pt	recebido	received
pt	receita	revenue
pt	receitas	revenue
pt	recibo	receipt
pt	recibo de vencimento	payslip
pt	reciclagem	recycling
pt	reclamação	complaint
pt	reclamações	complaints
pt	recolha	pickup
pt	recolher	collect
pt	recrutamento	recruitment
pt	recursos humanos	human resources
pt	reduzir	reduce
pt	redução	reduction
pt	reembolso	refund
pt	refugo	scrap
pt	relatório	report
pt	relatórios	reports
pt	remessa	shipment
pt	remessas	shipments
pt	remetente	sender
pt	renda	rent
pt	reparação	repair
pt	reposição	replenishment
pt	requerimento	application request
pt	reserva	booking
pt	responsável	person in charge
pt	resultado	result
pt	resultados	results
pt	resumo	summary
pt	resíduos	waste
pt	reunião	meeting
pt	reuniões	meetings
pt	risco	risk
pt	riscos	risks
pt	rota	route
pt	rotas	routes
pt	rutura de stock	stockout
pt	rápido	fast
pt	sala de aula	classroom
pt	salário	salary
pt	saída	departure exit
pt	sede	headquarters
pt	segurança	safety
pt	semana	week
pt	semanalmente	weekly
pt	semanas	weeks
pt	semestre	semester
pt	separação	picking
pt	serviço	department service
pt	setor	sector department
pt	solução	solution
pt	sondagem	poll
pt	substituir	replace
pt	substituto	substitute
pt	sucata	scrap
pt	sucursal	branch
pt	sustentabilidade	sustainability
pt	sítio	site
pt	tabela	table
pt	tarefa	task
pt	tarefas	tasks
pt	tempo de espera	waiting time
pt	tempos de espera	waiting times
pt	tendência	trend
pt	tendências	trends
pt	todas as semanas	every week
pt	todos os dias	every day
pt	trabalhador	worker
pt	trabalhadores	workers
pt	trajeto	route
pt	transferência	transfer
pt	transportadora	carrier
pt	transporte	transport
pt	treinamento	training
pt	triagem	sorting triage
pt	trimestre	quarter
pt	troca de turno	shift handover
pt	tubo de ensaio	test tube
pt	turno	shift
pt	turno da noite	night shift
pt	turnos	shifts
pt	técnico	technician
pt	técnicos	technicians
pt	universidade	university
pt	urgente	urgent
pt	urgência	emergency department
pt	utente	patient user
pt	utentes	patients users
pt	valores	values
pt	vencimento	due date
pt	venda	sale
pt	vendas	sales
pt	vendedor	salesperson
pt	vender	sell
pt	verificar	check
pt	verificação	check
pt	veículo	vehicle
pt	veículos	vehicles
pt	viagem	trip
pt	visita	visit
pt	visão geral	overview
pt	à mão	by hand
pt	água	water
sv	adress	address
sv	akuten	emergency department
sv	analys	analysis
sv	analysera	analyze
sv	andel	share proportion
sv	ankomst	arrival
sv	anläggning	site facility
sv	anställd	employee
sv	anställda	employees
sv	anställning	employment
sv	ansökan	application
sv	ansökningar	applications
sv	arbetsbelastning	workload
sv	arbetslag	team
sv	arbetsmiljö	work environment
sv	arbetsorder	work order
sv	arbetspass	work shift
sv	arbetsplats	workplace
sv	arbetsplatsen	workplace
sv	arbetstid	working hours
sv	arbetsuppgifter	duties
sv	artikel	item
sv	artiklar	items
sv	attestera	approve
sv	automatisera	automate
sv	automatisering	automation
sv	automatiskt	automatically
sv	avboka	cancel
sv	avbokad	cancelled
sv	avdelning	department ward
sv	avdelningar	departments
sv	avdelningen	department ward
sv	avfall	waste
sv	avgång	departure
sv	avsändare	sender
sv	avtal	contract agreement
sv	avtalet	contract
sv	begäran	request
sv	bemanning	staffing
sv	bemanningsschema	staffing roster
sv	beräkna	calculate
sv	beräknad	estimated
sv	beräkning	calculation
sv	besparing	saving
sv	besparingar	savings
sv	beställa	order
sv	beställning	order
sv	beställningar	orders
sv	beställt	ordered
sv	besök	visit
sv	betala	pay
sv	betalning	payment
sv	betalningar	payments
sv	betyg	grade
sv	bilaga	attachment
sv	billig	cheap
sv	billigare	cheaper
sv	blankett	form
sv	blanketter	forms
sv	blodprov	blood test
sv	bokföring	bookkeeping
sv	bokning	booking
sv	bokslut	year-end closing
sv	borttappad	lost
sv	brukare	care recipient
sv	bränsle	fuel
sv	brådskande	urgent
sv	bud	courier
sv	budfirma	courier company
sv	butik	shop
sv	butiken	shop
sv	butiker	shops
sv	bygge	construction site
sv	byggnad	building
sv	chaufför	driver
sv	chaufförer	drivers
sv	chef	manager
sv	chefen	manager
sv	dagligen	daily
sv	defekt	defect
sv	depå	depot
sv	dokument	document
sv	driftstopp	downtime
sv	dubbletter	duplicates
sv	dyr	expensive
sv	effektiv	efficient
sv	effektivitet	efficiency
sv	ekonomi	finance
sv	el	electricity
sv	elev	pupil
sv	elever	pupils students
sv	elförbrukning	electricity consumption
sv	elräkning	electricity bill
sv	emballage	packaging
sv	energi	energy
sv	energiförbrukning	energy consumption
sv	enhet	unit
sv	enkät	survey questionnaire
sv	enkäten	survey
sv	enkäter	surveys
sv	ersätta	replace
sv	etikett	label
sv	etiketter	labels
sv	examen	degree
sv	faktura	invoice
sv	fakturan	invoice
sv	fakturera	invoice
sv	fakturering	invoicing
sv	fakturor	invoices
sv	fastighet	property building
sv	felaktig	incorrect
sv	felanmälan	fault report
sv	filial	branch
sv	flaskhals	bottleneck
sv	fordon	vehicle
sv	fordonsflotta	fleet
sv	formulär	form
sv	forskare	researcher
sv	forskning	research
sv	frakt	freight
sv	fraktsedel	waybill
sv	frågeformulär	questionnaire
sv	frånvaro	absence
sv	fylla i	fill in
sv	följesedel	delivery note
sv	för hand	by hand
sv	förare	driver
sv	förarna	drivers
sv	förbrukning	consumption
sv	förbättra	improve
sv	förbättring	improvement
sv	föreläsning	lecture
sv	förfallodatum	due date
sv	förfrågan	inquiry
sv	förlust	loss
sv	förpackning	packaging
sv	försenad	delayed
sv	försenat	delayed
sv	försening	delay
sv	förseningar	delays
sv	förslag	proposal
sv	försäljning	sales
sv	försändelse	shipment
sv	försändelser	shipments
sv	försök	experiment trial
sv	förutsäga	predict
sv	gaffeltruck	forklift
sv	garanti	warranty
sv	genomsnitt	average
sv	godkänd	approved
sv	godkänna	approve
sv	godkännande	approval
sv	godkänt	approved
sv	gratis	free
sv	gränsvärde	threshold
sv	handlingar	documents
sv	handläggare	case officer
sv	handläggning	case processing
sv	hemtjänst	home care
sv	hitta	find
sv	hylla	shelf
sv	hyllor	shelves
sv	hyra	rent
sv	hämta	pick up
sv	hållbarhet	sustainability
sv	hållplats	stop
sv	inköp	purchasing
sv	inköpsavdelning	purchasing department
sv	inköpsorder	purchase order
sv	inskrivning	admission
sv	intervju	interview
sv	intyg	certificate
sv	intäkter	revenue
sv	inventering	stocktaking
sv	journal	medical record
sv	jämföra	compare
sv	jämförelse	comparison
sv	jämfört	compared
sv	kaj	dock
sv	kalkyl	cost calculation
sv	kalkylblad	spreadsheet
sv	kampanj	campaign
sv	karta	map
sv	kartan	map
sv	kartor	maps
sv	kassa	checkout
sv	kassaflöde	cash flow
sv	kassation	scrap
sv	klagomål	complaint
sv	klart	done
sv	klassrum	classroom
sv	klimatavtryck	carbon footprint
sv	koldioxid	carbon dioxide
sv	kolla	check
sv	kollega	colleague
sv	kollegor	colleagues
sv	kommun	municipality
sv	kommunen	municipality
sv	kompetens	skills
sv	konkurrenter	competitors
sv	kontor	office
sv	kontoret	office
sv	kontrakt	contract
sv	kontroll	check inspection
sv	kontrollera	check
sv	kopia	copy
sv	kopiera	copy
sv	kostnad	cost
sv	kostnader	costs
sv	kostnaderna	costs
sv	kreditfaktura	credit note
sv	kund	customer
sv	kundbesök	customer visit
sv	kunden	customer
sv	kunder	customers
sv	kunderna	customers
sv	kundnöjdhet	customer satisfaction
sv	kundorder	customer order
sv	kundregister	customer register
sv	kundservice	customer service
sv	kundtjänst	customer service
sv	kurs	course
sv	kurser	courses
sv	kvalitet	quality
sv	kvartal	quarter
sv	kvartalsrapport	quarterly report
sv	kvitto	receipt
sv	kö	queue
sv	köpa	buy
sv	körning	run
sv	körsträcka	driving distance
sv	kötid	queue time
sv	labb	lab
sv	labbresultat	lab results
sv	laboratorium	laboratory
sv	lager	warehouse stock
sv	lagerhållning	warehousing
sv	lagernivå	stock level
sv	lagerplats	storage location
sv	lagersaldo	stock level
sv	lagret	warehouse
sv	lasta	load
sv	lastbil	truck
sv	lastbilar	trucks
sv	lastbilen	truck
sv	lastkaj	loading dock
sv	lastning	loading
sv	lastpall	pallet
sv	ledare	leader
sv	ledning	management
sv	ledtid	lead time
sv	lektion	lesson
sv	leverans	delivery
sv	leveransdatum	delivery date
sv	leveransen	delivery
sv	leveranser	deliveries
sv	leveranstid	delivery time
sv	leverantör	supplier
sv	leverantörer	suppliers
sv	leverera	deliver
sv	levererad	delivered
sv	levereras	is delivered
sv	levererat	delivered
sv	lista	list
sv	listan	list
sv	listor	lists
sv	lossa	unload
sv	lossning	unloading
sv	läkare	doctor
sv	läkemedel	medication
sv	lärare	teacher
sv	långsam	slow
sv	lön	salary
sv	lönebesked	payslip
sv	lönekostnader	payroll costs
sv	lösning	solution
sv	manuellt	manually
sv	mapp	folder
sv	marknad	market
sv	marknadsföring	marketing
sv	maskin	machine
sv	maskiner	machines
sv	medarbetare	employee coworker
sv	medarbetarsamtal	performance review
sv	medicin	medicine
sv	minska	reduce
sv	minskning	decrease
sv	moms	vat
sv	mottagare	recipient
sv	mottaget	received
sv	myndighet	authority agency
sv	mäta	measure
sv	mätning	measurement
sv	mätningar	measurements
sv	mätvärde	measured value
sv	mätvärden	measured values
sv	mål	target goal
sv	månad	month
sv	månadsvis	monthly
sv	möte	meeting
sv	möten	meetings
sv	mötet	meeting
sv	nattskift	night shift
sv	nyckeltal	kpi
sv	närvaro	attendance
sv	offert	quote
sv	offerter	quotes
sv	olycka	accident
sv	omsorg	care
sv	omsättning	turnover
sv	ordern	order
sv	orderrad	order line
sv	ordrar	orders
sv	paket	parcel
sv	paketet	parcel
sv	pall	pallet
sv	pallar	pallets
sv	patienten	patient
sv	patienter	patients
sv	personal	staff
sv	personalavdelning	hr department
sv	personalen	staff
sv	planera	plan
sv	planerad	planned
sv	planering	planning
sv	plats	location site
sv	platser	locations
sv	plock	picking
sv	plocka	pick
sv	plocklista	pick list
sv	plockning	picking
sv	prioritet	priority
sv	pris	price
sv	priser	prices
sv	procent	percent
sv	processen	process
sv	produkt	product
sv	produkter	products
sv	produktion	production
sv	produktionslinje	production line
sv	prognos	forecast
sv	prognoser	forecasts
sv	projekt	project
sv	prov	sample test
sv	prover	samples
sv	provet	sample
sv	provrör	test tube
sv	provsvar	test results
sv	provtagning	sampling
sv	påfyllning	replenishment
sv	pågående	ongoing
sv	påminnelse	reminder
sv	rabatt	discount
sv	rapport	report
sv	rapporter	reports
sv	rapportera	report
sv	redovisning	accounting
sv	reklam	advertising
sv	reklamation	complaint
sv	reklamationer	complaints
sv	rekrytering	recruitment
sv	remiss	referral
sv	reparation	repair
sv	resa	trip
sv	reservdelar	spare parts
sv	restorder	backorder
sv	resultat	results
sv	resultaten	results
sv	retur	return
sv	returer	returns
sv	roll	role
sv	rutt	route
sv	rutten	route
sv	rutter	routes
sv	ruttplanering	route planning
sv	saknade	missing
sv	saknas	missing
sv	sammanställning	summary
sv	schema	schedule
sv	schemaläggning	scheduling
sv	schemat	schedule
sv	semester	vacation
sv	siffror	figures
sv	siffrorna	figures
sv	signatur	signature
sv	sjukfrånvaro	sick leave
sv	sjukhus	hospital
sv	sjukhuset	hospital
sv	sjukskriven	on sick leave
sv	sjuksköterska	nurse
sv	sjuksköterskor	nurses
sv	skada	damage
sv	skadad	damaged
sv	skadat	damaged
sv	skador	damages
sv	skatt	tax
sv	skicka	send ship
sv	skickas	is sent
sv	skickat	sent
sv	skift	shift
sv	skiftbyte	shift handover
sv	skiften	shifts
sv	skillnad	difference
sv	skola	school
sv	skolan	school
sv	skriva in för hand	type in by hand
sv	skåpbil	van
sv	slut i lager	out of stock
sv	snabb	fast
sv	snabbare	faster
sv	snitt	average
sv	sortering	sorting
sv	sortiment	assortment
sv	spara	save
sv	spårning	tracking
sv	statistik	statistics
sv	steg	steps
sv	stillestånd	downtime
sv	sträcka	distance leg
sv	studenter	students
sv	städning	cleaning
sv	svinn	shrinkage
sv	säkerhet	safety
sv	sälja	sell
sv	säljare	salesperson
sv	säljmöte	sales meeting
sv	sändning	shipment
sv	sändningar	shipments
sv	sändningsnummer	tracking number
sv	söka	search
sv	ta emot	receive
sv	tabell	table
sv	tekniker	technician
sv	tenta	exam
sv	tentamen	exam
sv	termin	semester term
sv	tidsbokning	appointment booking
sv	tidsplan	schedule
sv	tillbud	near miss
sv	tillgänglig	available
sv	tillstånd	permit
sv	tillverka	manufacture
sv	tillverkning	manufacturing
sv	tillväxt	growth
sv	tjänstgöringslista	roster
sv	totalt	total
sv	transporter	transports
sv	transportör	carrier
sv	trasig	broken
sv	trasiga	broken
sv	truck	forklift
sv	tur	route tour
sv	turer	tours
sv	underhåll	maintenance
sv	underleverantör	subcontractor
sv	underskrift	signature
sv	undersköterska	assistant nurse
sv	undersköterskor	assistant nurses
sv	undersökning	survey study
sv	universitet	university
sv	uppdatera	update
sv	uppdrag	assignment
sv	uppgift	task
sv	uppgifter	tasks data
sv	upphämtning	pickup
sv	uppskatta	estimate
sv	uppskattning	estimate
sv	uppsägning	termination
sv	utbildning	training education
sv	utbildningar	training courses
sv	utgifter	expenses
sv	utmaning	challenge
sv	utskrivning	discharge
sv	utsläpp	emissions
sv	utveckling	development trend
sv	utvecklingssamtal	appraisal
sv	vara	product item
sv	varje dag	every day
sv	varje månad	every month
sv	varje vecka	every week
sv	varor	goods
sv	varumärke	brand
sv	vatten	water
sv	vecka	week
sv	veckomöte	weekly meeting
sv	veckor	weeks
sv	veckovis	weekly
sv	verkstad	workshop
sv	verkstaden	workshop
sv	verktyg	tool
sv	vikarie	substitute
sv	vinst	profit
sv	väntelista	waiting list
sv	väntetid	waiting time
sv	väntetider	waiting times
sv	väntrum	waiting room
sv	värden	values
sv	värme	heating
sv	vård	care
sv	vårdavdelning	ward
sv	vårdcentral	health center
sv	vårdplats	hospital bed
sv	vårdplatser	hospital beds
sv	äldreboende	nursing home
sv	äldreomsorg	elderly care
sv	ärende	case
sv	ärenden	cases
sv	åkeri	haulier
sv	årlig	annual
sv	årsredovisning	annual report
sv	återbetalning	refund
sv	återvinning	recycling
sv	öka	increase
sv	ökning	increase
sv	överbeläggning	overcrowding
sv	överlämning	handover
sv	översikt	overview
sv	övertid	overtime
"""#
}

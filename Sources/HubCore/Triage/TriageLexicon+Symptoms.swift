extension TriageLexicon {
    /// `lang<TAB>fault<TAB>phrase`: more ways of saying that something does not work for the
    /// person ("keeps failing", "bricht immer ab", "n'arrivent pas", "non riceviamo"), with the
    /// inflected forms people write, in nine languages. Written on 2026-12-07 by a helper from
    /// general knowledge, given only the cues HubBot already had, never a corpus or a tag file.
    /// Read like ``cueText``: a cue hides its words from the topic, so a phrase here holds only
    /// symptom words. Left out: wordings with an everyday meaning outside IT ("freezing",
    /// "fallisce", "est mort"), lone words that also describe people or processes
    /// ("disconnects", "fallan"), repeats of an older cue, and every phrase with a word the
    /// glossary translates ("no recibo correos", "ça ne marche pas"): it would hide what broke,
    /// or, longer than an older cue it contains, take that cue's place and free its words
    /// ("marche" → market). `TriageTests.symptomsNamingTheTopic` holds the file to that.
    static let symptomCueText = #"""
        en	fault	fails
        en	fault	failing
        en	fault	keeps failing
        en	fault	fails every time
        en	fault	always fails
        en	fault	failed again
        en	fault	it failed
        en	fault	it fails
        en	fault	is failing
        en	fault	doesn't do anything
        en	fault	does nothing
        en	fault	nothing happens
        en	fault	throws an error
        en	fault	gives an error
        en	fault	gives me an error
        en	fault	i get an error
        en	fault	keeps erroring
        en	fault	errored out
        en	fault	has stopped working
        en	fault	stopped working again
        en	fault	no longer works
        en	fault	not working anymore
        en	fault	doesn't work anymore
        en	fault	doesn't work for me
        en	fault	stopped responding
        en	fault	isn't responding
        en	fault	won't respond
        en	fault	keeps closing
        en	fault	closes by itself
        en	fault	closes on its own
        en	fault	won't launch
        en	fault	doesn't start
        en	fault	not opening
        en	fault	not starting
        en	fault	not launching
        en	fault	won't work
        en	fault	didn't arrive
        en	fault	never arrived
        en	fault	haven't received
        en	fault	cannot connect
        en	fault	can't connect anymore
        en	fault	couldn't connect
        en	fault	keeps cutting out
        en	fault	lost connection
        en	fault	keeps timing out
        en	fault	painfully slow
        en	fault	takes forever to load
        en	fault	went blank
        en	fault	lost my files
        en	fault	files are gone
        en	fault	won't save
        en	fault	doesn't save
        en	fault	not saving
        en	fault	can't save
        en	fault	not showing up
        en	fault	doesn't show up
        en	fault	keeps asking for password
        en	fault	keeps prompting for password
        en	fault	keeps logging me out
        en	fault	it's broken
        en	fault	cannot open
        en	fault	bluescreen
        en	fault	no internet
        de	fault	bricht ab
        de	fault	bricht immer ab
        de	fault	bricht jedes mal ab
        de	fault	bricht dauernd ab
        de	fault	schlägt fehl
        de	fault	schlaegt fehl
        de	fault	schlägt immer fehl
        de	fault	schlägt ständig fehl
        de	fault	ist fehlgeschlagen
        de	fault	fehlgeschlagen
        de	fault	schlug fehl
        de	fault	hat sich aufgehängt
        de	fault	hängt sich ständig auf
        de	fault	haengt sich auf
        de	fault	hängt ständig
        de	fault	reagiert nicht mehr
        de	fault	reagiert gar nicht
        de	fault	funktioniert nicht richtig
        de	fault	funktioniert nicht mehr richtig
        de	fault	funktioniert nichtmehr
        de	fault	funktioniert net
        de	fault	geht net
        de	fault	geht gar nicht
        de	fault	geht garnicht
        de	fault	klappt nicht mehr
        de	fault	funkt nicht
        de	fault	es passiert nichts
        de	fault	tut sich nichts
        de	fault	lädt und lädt
        de	fault	laedt ewig
        de	fault	startet nicht richtig
        de	fault	öffnet sich nicht
        de	fault	oeffnet nicht
        de	fault	lässt sich nicht öffnen
        de	fault	lässt sich nicht starten
        de	fault	stürzt immer ab
        de	fault	stürzt dauernd ab
        de	fault	stuerzt immer ab
        de	fault	schmiert ab
        de	fault	schmiert ständig ab
        de	fault	ist abgeschmiert
        de	fault	friert ständig ein
        de	fault	schließt sich von selbst
        de	fault	schließt sich einfach
        de	fault	beendet sich einfach
        de	fault	startet ständig neu
        de	fault	startet immer neu
        de	fault	bekomme keine emails
        de	fault	ist nicht angekommen
        de	fault	sind nicht angekommen
        de	fault	nicht angekommen
        de	fault	bekomme keine benachrichtigungen
        de	fault	kann mich nicht verbinden
        de	fault	fliegt ständig raus
        de	fault	fliege ständig raus
        de	fault	fliege immer raus
        de	fault	trennt sich ständig
        de	fault	laggt
        de	fault	ruckelt
        de	fault	alles ist weg
        de	fault	sind verschwunden
        de	fault	synchronisiert nicht
        de	fault	synct nicht
        de	fault	synchronisiert nicht mehr
        de	fault	speichert nicht
        de	fault	speichert nicht mehr
        de	fault	lässt sich nicht speichern
        de	fault	kann nicht speichern
        de	fault	wird nicht angezeigt
        de	fault	erscheint nicht
        de	fault	taucht nicht auf
        de	fault	druckt nichts
        de	fault	ist tot
        de	fault	lädt nicht auf
        de	fault	hat den geist aufgegeben
        de	fault	hängt beim start
        fr	fault	n'arrivent pas
        fr	fault	narrivent pas
        fr	fault	n'arrive plus
        fr	fault	n'arrivent plus
        fr	fault	n'est pas arrivé
        fr	fault	n'est pas arrivée
        fr	fault	ne sont pas arrivés
        fr	fault	ne sont pas arrivées
        fr	fault	n'est jamais arrivé
        fr	fault	je ne reçois rien
        fr	fault	je reçois rien
        fr	fault	ne reçoit pas
        fr	fault	ne reçoit plus
        fr	fault	ne reçoivent pas
        fr	fault	on ne reçoit pas
        fr	fault	plantent
        fr	fault	crashe
        fr	fault	a crashé
        fr	fault	ça bugge
        fr	fault	échoue
        fr	fault	échoue à chaque fois
        fr	fault	a échoué
        fr	fault	ça échoue
        fr	fault	n'apparaît pas
        fr	fault	n'apparaît plus
        fr	fault	fonctionne plus
        fr	fault	ça ne fonctionne pas
        fr	fault	ça ne fonctionne plus
        fr	fault	répond plus
        fr	fault	ne réagit pas
        fr	fault	ne réagit plus
        fr	fault	se ferme tout seul
        fr	fault	se ferme toute seule
        fr	fault	s'éteint tout seul
        fr	fault	s'éteint toute seule
        fr	fault	redémarre tout seul
        fr	fault	redémarre en boucle
        fr	fault	ne se lance plus
        fr	fault	ne s'ouvre plus
        fr	fault	ne souvre pas
        fr	fault	charge à l'infini
        fr	fault	tourne dans le vide
        fr	fault	mouline
        fr	fault	impossible de me connecter
        fr	fault	rame à mort
        fr	fault	ça lag
        fr	fault	ça lague
        fr	fault	tout a disparu
        fr	fault	ne se synchronise pas
        fr	fault	ne se synchronise plus
        fr	fault	ne synchronise pas
        fr	fault	n'enregistre pas
        fr	fault	n'enregistre plus
        fr	fault	ne se recharge pas
        fr	fault	ne se recharge plus
        fr	fault	ne fonctionne pas bien
        es	fault	no cargan
        es	fault	no me cargan
        es	fault	se queda cargando
        es	fault	se queda pensando
        es	fault	se cuelgan
        es	fault	se me cuelga
        es	fault	se ha colgado
        es	fault	se me colgó
        es	fault	se me traba
        es	fault	se trabó
        es	fault	no llegan
        es	fault	no llegó
        es	fault	no han llegado
        es	fault	no ha llegado
        es	fault	no me ha llegado
        es	fault	no me han llegado
        es	fault	no recibimos
        es	fault	no recibe
        es	fault	no reciben
        es	fault	no me entran
        es	fault	da un error
        es	fault	me sale un error
        es	fault	sale error
        es	fault	me da un error
        es	fault	salta un error
        es	fault	me salta un error
        es	fault	tira error
        es	fault	falla siempre
        es	fault	sigue fallando
        es	fault	ha fallado
        es	fault	no funciona bien
        es	fault	no funciona nada
        es	fault	no funcionan
        es	fault	no funciona más
        es	fault	ya no funciona más
        es	fault	no me funciona
        es	fault	dejó de andar
        es	fault	ya no anda
        es	fault	no responden
        es	fault	dejó de responder
        es	fault	no reacciona
        es	fault	se me cierra
        es	fault	se cierra de repente
        es	fault	se apaga sola
        es	fault	se reinicia solo
        es	fault	se reinicia sola
        es	fault	no me abre
        es	fault	no se inicia
        es	fault	no consigo conectarme
        es	fault	no me conecta
        es	fault	se me desconecta
        es	fault	se cayó el sistema
        es	fault	se cae todo
        es	fault	va fatal
        es	fault	lentísimo
        es	fault	se queda en negro
        es	fault	se pone en negro
        es	fault	han desaparecido
        es	fault	desaparecieron
        es	fault	se borraron
        es	fault	se me borró
        es	fault	no sincroniza
        es	fault	no se sincroniza
        es	fault	no guarda
        es	fault	no se guarda
        es	fault	no me deja guardar
        es	fault	no aparece
        es	fault	no aparecen
        es	fault	no me aparece
        es	fault	está muerto
        es	fault	se estropeó
        es	fault	va a tirones
        es	fault	da fallos
        es	fault	se congeló
        es	fault	se bloqueó
        es	fault	funciona mal
        es	fault	no funciona nada bien
        es	fault	no me anda
        it	fault	non riceve
        it	fault	non riceviamo
        it	fault	non ricevono
        it	fault	non ricevi
        it	fault	non mi arrivano
        it	fault	non è arrivata
        it	fault	non è arrivato
        it	fault	non sono arrivate
        it	fault	non sono arrivati
        it	fault	non mi è arrivato
        it	fault	non mi è arrivata
        it	fault	si bloccano
        it	fault	si blocca sempre
        it	fault	si blocca continuamente
        it	fault	non caricano
        it	fault	non mi carica
        it	fault	resta in caricamento
        it	fault	rimane in caricamento
        it	fault	carica all'infinito
        it	fault	non funziona bene
        it	fault	funziona male
        it	fault	non funzionano
        it	fault	non funziona niente
        it	fault	non funge
        it	fault	non va niente
        it	fault	non partono
        it	fault	non parte più
        it	fault	non mi si apre
        it	fault	non si aprono
        it	fault	non si avvia più
        it	fault	si chiude da sola
        it	fault	si chiude sempre
        it	fault	si spegne da solo
        it	fault	si spegne da sola
        it	fault	si riavvia da solo
        it	fault	continua a riavviarsi
        it	fault	crasha sempre
        it	fault	è crashato
        it	fault	è andato in crash
        it	fault	si impianta
        it	fault	si è impiantato
        it	fault	fallisce sempre
        it	fault	continua a fallire
        it	fault	non risponde più
        it	fault	non rispondono
        it	fault	non riesco a connettermi
        it	fault	non si connette più
        it	fault	si disconnette sempre
        it	fault	cade la linea
        it	fault	lentissima
        it	fault	va a scatti
        it	fault	lagga
        it	fault	schermata nera
        it	fault	schermata bianca
        it	fault	ho perso i file
        it	fault	sono sparite
        it	fault	è sparita
        it	fault	mi sono spariti
        it	fault	non sincronizza
        it	fault	non si sincronizza
        it	fault	non salva
        it	fault	non si salva
        it	fault	non riesco a salvare
        it	fault	non compare
        it	fault	non compaiono
        it	fault	non appare
        it	fault	non appaiono
        it	fault	non si vede
        it	fault	chiede continuamente la password
        it	fault	non si ricarica
        it	fault	non mi funziona
        it	fault	non funziona più bene
        it	fault	non funziona neanche
        it	fault	non va proprio
        nl	fault	werkt nie
        nl	fault	werkt helemaal niet
        nl	fault	werkt niet meer goed
        nl	fault	doet raar
        nl	fault	doet vreemd
        nl	fault	mislukt
        nl	fault	mislukt steeds
        nl	fault	mislukt elke keer
        nl	fault	is mislukt
        nl	fault	faalt
        nl	fault	faalt steeds
        nl	fault	gaat steeds mis
        nl	fault	crashte
        nl	fault	liep vast
        nl	fault	hangt steeds
        nl	fault	bevriest steeds
        nl	fault	sluit vanzelf af
        nl	fault	sluit zichzelf af
        nl	fault	gaat vanzelf uit
        nl	fault	herstart steeds
        nl	fault	start steeds opnieuw op
        nl	fault	opent niet
        nl	fault	wil niet openen
        nl	fault	wil niet starten
        nl	fault	laadt eindeloos
        nl	fault	reageert niet meer
        nl	fault	reageert nergens op
        nl	fault	krijg een error
        nl	fault	krijg foutmeldingen
        nl	fault	geeft een error
        nl	fault	geeft error
        nl	fault	ontvang geen mail
        nl	fault	ontvang niks
        nl	fault	ontvang niets
        nl	fault	krijg geen mail
        nl	fault	krijg geen notificaties
        nl	fault	is niet aangekomen
        nl	fault	zijn niet aangekomen
        nl	fault	niet ontvangen
        nl	fault	nooit ontvangen
        nl	fault	verbreekt steeds
        nl	fault	ligt er steeds uit
        nl	fault	hapert
        nl	fault	laggt
        nl	fault	zwart beeld
        nl	fault	alles is weg
        nl	fault	zijn verdwenen
        nl	fault	synchroniseert niet
        nl	fault	synct niet
        nl	fault	sync werkt niet
        nl	fault	slaat niet op
        nl	fault	wordt niet opgeslagen
        nl	fault	print niks
        nl	fault	print niet meer
        nl	fault	verschijnt niet
        nl	fault	wordt niet weergegeven
        nl	fault	is dood
        nl	fault	doet helemaal niks
        nl	fault	doet helemaal niets
        nl	fault	er gebeurt niks
        nl	fault	er gebeurt niets
        nl	fault	laadt niet meer op
        nl	fault	laadt niet meer
        nl	fault	werkt niet sinds update
        nl	fault	is kapotgegaan
        nl	fault	kapotgegaan
        sv	fault	funkar ej
        sv	fault	fungerar ej
        sv	fault	funkar inte alls
        sv	fault	fungerar inte alls
        sv	fault	slutade fungera
        sv	fault	slutade funka
        sv	fault	har slutat funka
        sv	fault	misslyckas
        sv	fault	misslyckas hela tiden
        sv	fault	misslyckades
        sv	fault	misslyckas varje gång
        sv	fault	har kraschat
        sv	fault	kraschat
        sv	fault	krashar
        sv	fault	har frusit
        sv	fault	hänger sig hela tiden
        sv	fault	hängde sig
        sv	fault	låser sig
        sv	fault	låste sig
        sv	fault	stänger av sig själv
        sv	fault	stänger sig själv
        sv	fault	startar om hela tiden
        sv	fault	startar om sig själv
        sv	fault	går inte att öppna
        sv	fault	öppnar inte
        sv	fault	laddar bara
        sv	fault	laddar hela tiden
        sv	fault	laddar i evighet
        sv	fault	laddas inte
        sv	fault	svarar inte längre
        sv	fault	reagerar inte
        sv	fault	har inte kommit fram
        sv	fault	kom aldrig fram
        sv	fault	kom inte fram
        sv	fault	får inga samtal
        sv	fault	får inga notiser
        sv	fault	har inte fått
        sv	fault	kan inte koppla upp
        sv	fault	kan inte ansluta längre
        sv	fault	tappar uppkopplingen
        sv	fault	tappar nätet
        sv	fault	nätet försvinner
        sv	fault	bryts hela tiden
        sv	fault	kopplas bort
        sv	fault	superlångsam
        sv	fault	jätteseg
        sv	fault	går så segt
        sv	fault	laggar
        sv	fault	hackar hela tiden
        sv	fault	svart bild
        sv	fault	filerna är borta
        sv	fault	mailen är borta
        sv	fault	allt är borta
        sv	fault	försvann
        sv	fault	försvunna
        sv	fault	synkar inte
        sv	fault	synkroniserar inte
        sv	fault	sparar inte
        sv	fault	sparas inte
        sv	fault	syns inte
        sv	fault	visas inte
        sv	fault	dyker inte upp
        sv	fault	fungerar dåligt
        sv	fault	det funkar inte
        sv	fault	vill inte starta
        sv	fault	funkar inte längre alls
        sv	fault	inget händer
        sv	fault	det händer ingenting
        sv	fault	händer inget
        pt	fault	não carregam
        pt	fault	fica carregando
        pt	fault	fica só carregando
        pt	fault	carregando infinito
        pt	fault	travando
        pt	fault	fica travando
        pt	fault	tá travando
        pt	fault	travado
        pt	fault	travada
        pt	fault	crasha
        pt	fault	crashando
        pt	fault	fecha sozinha
        pt	fault	fecha do nada
        pt	fault	desliga sozinha
        pt	fault	reinicia sozinho
        pt	fault	fica reiniciando
        pt	fault	não inicializa
        pt	fault	parou de responder
        pt	fault	não chegam
        pt	fault	não chegou
        pt	fault	não chegaram
        pt	fault	não está chegando
        pt	fault	não recebi
        pt	fault	não recebemos
        pt	fault	não recebe
        pt	fault	não recebem
        pt	fault	falhou
        pt	fault	continua falhando
        pt	fault	fica falhando
        pt	fault	não conecto
        pt	fault	não consigo me conectar
        pt	fault	fica desconectando
        pt	fault	lentíssima
        pt	fault	sumiram
        pt	fault	desapareceram
        pt	fault	meus emails sumiram
        pt	fault	não sincroniza
        pt	fault	não salva
        pt	fault	não guarda
        pt	fault	não grava
        pt	fault	não aparece
        pt	fault	não aparecem
        pt	fault	pede sempre a palavra-passe
        pt	fault	não funciona mais
        pt	fault	não funcionam
        pt	fault	não tá funcionando
        pt	fault	pifou
        pt	fault	deu pane
        pt	fault	parou do nada
        pt	fault	não está a responder
        pt	fault	não faz nada
        pl	fault	przestała działać
        pl	fault	przestały działać
        pl	fault	nie działają
        pl	fault	nic nie działa
        pl	fault	coś nie działa
        pl	fault	nie udało się
        pl	fault	ciągle się nie udaje
        pl	fault	sypie błędami
        pl	fault	wyrzuca mnie
        pl	fault	zawiesiło się
        pl	fault	zawiesiła się
        pl	fault	zamroziło się
        pl	fault	zamyka się sam
        pl	fault	sam się zamyka
        pl	fault	sama się zamyka
        pl	fault	sam się restartuje
        pl	fault	ciągle się restartuje
        pl	fault	nie chce się uruchomić
        pl	fault	nie chce się otworzyć
        pl	fault	nie otwiera
        pl	fault	nie wczytuje
        pl	fault	ciągle się ładuje
        pl	fault	ładuje się w nieskończoność
        pl	fault	nie reaguje
        pl	fault	przestał odpowiadać
        pl	fault	nie dostaję
        pl	fault	nie otrzymuję
        pl	fault	nie dotarł
        pl	fault	nie dotarło
        pl	fault	nie dotarły
        pl	fault	nie dochodzą
        pl	fault	nie mogę się podłączyć
        pl	fault	rwie się
        pl	fault	tnie się
        pl	fault	wszystko zniknęło
        pl	fault	zniknęło
        pl	fault	znikły
        pl	fault	nie synchronizuje
        pl	fault	nie synchronizuje się
        pl	fault	nie zapisuje się
        pl	fault	nie zapisało
        pl	fault	nie pokazuje się
        pl	fault	nie wyświetla się
        pl	fault	nie pojawia się
        pl	fault	padła
        pl	fault	zdechł
        pl	fault	zepsuła się
        pl	fault	zepsuło się
        pl	fault	scrashował się
        pl	fault	wykrzacza się
        pl	fault	nie odpowiada już
        fr	fault	redemande tout le temps
        es	fault	falla todo el rato
        it	fault	chiede sempre la password
        sv	fault	funkar inte sedan uppdateringen
        pt	fault	falhando
        de	fault	geht seit update nicht
        es	fault	se corta constantemente
        sv	fault	stänger ner sig själv
        pl	fault	powiadomienia nie przychodzą
        """#
}

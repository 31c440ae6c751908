// Fault and routine-request cues in nine languages, written by a multilingual
// service-desk helper from general knowledge (never from a corpus): symptoms ("se queda
// congelada", "fliegt immer raus") and routine asks ("me pide permisos de administrador",
// "lägga till mig"). Same format as `cueText`.
extension TriageLexicon {
    static let requestCueText = #"""
        de	fault	abgestürzt
        de	fault	account entsperren
        de	fault	account gesperrt
        de	fault	akku hält nicht
        de	fault	akku ist schnell leer
        de	fault	aus versehen gelöscht
        de	fault	ausgegraut
        de	fault	berechtigung erteilen
        de	fault	bildschirm bleibt schwarz
        de	fault	bin gesperrt
        de	fault	bitte aktualisieren
        de	fault	bitte austauschen
        de	fault	bitte freischalten
        de	fault	bitte hinzufügen
        de	fault	bitte installieren
        de	fault	bitte updaten
        de	fault	bootet nicht
        de	fault	brauche adminrechte
        de	fault	brauche einen neuen
        de	fault	brauche installiert
        de	fault	bricht ständig ab
        de	fault	crasht
        de	fault	defekt
        de	fault	druckt nicht
        de	fault	eingefroren
        de	fault	extrem langsam
        de	fault	fehlende rechte
        de	fault	fehlermeldung
        de	fault	fliegt immer raus
        de	fault	fragt nach adminrechten
        de	fault	friert ein
        de	fault	funktioniert nich
        de	fault	funktioniert nicht
        de	fault	funktioniert nicht mehr
        de	fault	fährt nicht hoch
        de	fault	füge mich hinzu
        de	fault	geht bei allen nicht
        de	fault	geht nicht
        de	fault	geht nicht an
        de	fault	geht nicht mehr
        de	fault	haengt
        de	fault	handy verloren
        de	fault	hängt
        de	fault	hängt in der warteschlange
        de	fault	hängt sich auf
        de	fault	ist ausgefallen
        de	fault	ist kaputt
        de	fault	ist verschwunden
        de	fault	kann ich ein neues bekommen
        de	fault	kann nicht drucken
        de	fault	kaputt
        de	fault	kein sound
        de	fault	kein ton
        de	fault	keine berechtigung
        de	fault	keine rechte
        de	fault	keine rückmeldung
        de	fault	keine verbindung
        de	fault	keinen zugriff
        de	fault	kennwort zurücksetzen
        de	fault	klappt nicht
        de	fault	kommen nicht an
        de	fault	kommt die meldung
        de	fault	kommt ein fehler
        de	fault	kommt nicht an
        de	fault	konto entsperren
        de	fault	laedt nicht
        de	fault	laptop verloren
        de	fault	liest nicht
        de	fault	lizenz abgelaufen
        de	fault	lizenz verlängern
        de	fault	lädt ewig
        de	fault	lädt nicht
        de	fault	lädt nicht mehr auf
        de	fault	lässt sich nicht einschalten
        de	fault	neuer akku
        de	fault	nicht erreichbar
        de	fault	passwort zurücksetzen
        de	fault	reagiert nicht
        de	fault	scannt nicht
        de	fault	schwarzer bildschirm
        de	fault	sehr langsam
        de	fault	sind weg
        de	fault	spinnt
        de	fault	startet nicht
        de	fault	stuerzt ab
        de	fault	stürzt ab
        de	fault	stürzt ständig ab
        de	fault	verbindet sich nicht
        de	fault	verbindung bricht ab
        de	fault	verdaechtige mail
        de	fault	verdächtige mail
        de	fault	verdächtige sms
        de	fault	verlangt admin-rechte
        de	fault	versehentlich gelöscht
        de	fault	versehentlich überschrieben
        de	fault	zeigt nichts an
        de	fault	zeitüberschreitung
        de	fault	zugriff geben
        de	fault	zugriff verweigert
        en	fault	access denied
        en	fault	accidentally deleted
        en	fault	accidentally overwrote
        en	fault	account is locked
        en	fault	add me to
        en	fault	asks for admin password
        en	fault	asks for admin rights
        en	fault	battery dies quickly
        en	fault	battery drains fast
        en	fault	black screen
        en	fault	blank screen
        en	fault	can i get a new
        en	fault	can you install
        en	fault	can't connect
        en	fault	can't hear anything
        en	fault	can't print
        en	fault	cant connect
        en	fault	cant print
        en	fault	connection drops
        en	fault	cracked screen
        en	fault	crashed
        en	fault	crashes when
        en	fault	deleted by mistake
        en	fault	disappeared
        en	fault	doesn't boot
        en	fault	doesn't charge
        en	fault	doesn't load
        en	fault	doesn't print
        en	fault	doesn't scan
        en	fault	doesn't turn on
        en	fault	doesn't work
        en	fault	doesnt work
        en	fault	don't have permission
        en	fault	dont have permission
        en	fault	down for everyone
        en	fault	error message
        en	fault	error says
        en	fault	extremely slow
        en	fault	freezes
        en	fault	getting an error
        en	fault	give me access
        en	fault	grant me access
        en	fault	grayed out
        en	fault	greyed out
        en	fault	hangs on
        en	fault	have no rights
        en	fault	insufficient permissions
        en	fault	is broken
        en	fault	is down for everyone
        en	fault	is frozen
        en	fault	isn't reachable
        en	fault	isn't working
        en	fault	keeps crashing
        en	fault	keeps disconnecting
        en	fault	keeps dropping
        en	fault	keeps freezing
        en	fault	keeps hanging
        en	fault	lack permission
        en	fault	licence expired
        en	fault	license expired
        en	fault	locked out
        en	fault	lost my laptop
        en	fault	lost my phone
        en	fault	need a new
        en	fault	need admin rights
        en	fault	need it installed
        en	fault	new battery
        en	fault	no access to
        en	fault	no rights
        en	fault	no sound
        en	fault	not arriving
        en	fault	not charging
        en	fault	not loading
        en	fault	not reachable
        en	fault	not receiving emails
        en	fault	not responding
        en	fault	not working
        en	fault	overwritten by mistake
        en	fault	password reset
        en	fault	please add me
        en	fault	please install
        en	fault	please update
        en	fault	please upgrade
        en	fault	renew the licence
        en	fault	renew the license
        en	fault	replace my
        en	fault	reset my password
        en	fault	screen stays black
        en	fault	shows nothing
        en	fault	stopped working
        en	fault	stuck in queue
        en	fault	stuck in the queue
        en	fault	super slow
        en	fault	suspicious email
        en	fault	suspicious login
        en	fault	suspicious mail
        en	fault	suspicious sms
        en	fault	timed out
        en	fault	times out
        en	fault	unlock my account
        en	fault	unreachable
        en	fault	very slow
        en	fault	won't boot
        en	fault	won't charge
        en	fault	won't connect
        en	fault	won't load
        en	fault	won't print
        en	fault	won't scan
        en	fault	won't start
        en	fault	won't turn on
        en	fault	wont start
        es	fault	acceso denegado
        es	fault	actualizar por favor
        es	fault	agregame
        es	fault	agrégame
        es	fault	aparece en gris
        es	fault	atascado en la cola
        es	fault	añadirme
        es	fault	batería nueva
        es	fault	borrado por error
        es	fault	borré sin querer
        es	fault	cambiar mi
        es	fault	caído para todos
        es	fault	correo sospechoso
        es	fault	crashea
        es	fault	cuenta bloqueada
        es	fault	da error
        es	fault	darme acceso
        es	fault	dejó de funcionar
        es	fault	desaparecio
        es	fault	desapareció
        es	fault	desbloquear mi cuenta
        es	fault	esta caido
        es	fault	está caído
        es	fault	está roto
        es	fault	ha desaparecido
        es	fault	inaccesible
        es	fault	la bateria dura poco
        es	fault	la batería dura poco
        es	fault	licencia caducada
        es	fault	licencia vencida
        es	fault	me da error
        es	fault	me puedes instalar
        es	fault	me sale error
        es	fault	necesito permisos de administrador
        es	fault	necesito que me instalen
        es	fault	necesito uno nuevo
        es	fault	no accesible
        es	fault	no anda
        es	fault	no arranca
        es	fault	no carga
        es	fault	no carga la batería
        es	fault	no conecta
        es	fault	no enciende
        es	fault	no escanea
        es	fault	no funciona
        es	fault	no hay sonido
        es	fault	no imprime
        es	fault	no inicia
        es	fault	no lee
        es	fault	no llega
        es	fault	no me deja
        es	fault	no me llegan
        es	fault	no muestra nada
        es	fault	no prende
        es	fault	no puedo conectarme
        es	fault	no puedo imprimir
        es	fault	no responde
        es	fault	no sale nada
        es	fault	no se conecta
        es	fault	no tengo acceso
        es	fault	no tengo permisos
        es	fault	no tengo sonido
        es	fault	no va
        es	fault	pantalla en blanco
        es	fault	pantalla en negro
        es	fault	pantalla negra
        es	fault	perdí mi
        es	fault	pide contraseña de administrador
        es	fault	pide permisos de administrador
        es	fault	por favor instalar
        es	fault	pueden instalar
        es	fault	renovar la licencia
        es	fault	renovar licencia
        es	fault	resetear contraseña
        es	fault	restablecer contraseña
        es	fault	sale en gris
        es	fault	sale un error
        es	fault	se bloquea
        es	fault	se cierra sola
        es	fault	se cierra solo
        es	fault	se congela
        es	fault	se corta la conexion
        es	fault	se corta la conexión
        es	fault	se cuelga
        es	fault	se descarga rápido
        es	fault	se desconecta
        es	fault	se queda colgado
        es	fault	se rompio
        es	fault	se rompió
        es	fault	se traba
        es	fault	sin permisos
        es	fault	sms sospechoso
        es	fault	sobrescrito por error
        es	fault	tarda mucho en cargar
        es	fault	tiempo de espera agotado
        es	fault	va lentísimo
        es	fault	va muy lento
        es	fault	ya no funciona
        fr	fault	a disparu
        fr	fault	a planté
        fr	fault	acces refuse
        fr	fault	accès refusé
        fr	fault	ajoutez-moi
        fr	fault	alerte de connexion
        fr	fault	batterie se vide vite
        fr	fault	besoin des droits admin
        fr	fault	bloqué
        fr	fault	bloqué dans la file d'attente
        fr	fault	c'est hs
        fr	fault	ca plante
        fr	fault	cassé
        fr	fault	compte bloqué
        fr	fault	compte verrouillé
        fr	fault	debloquer mon compte
        fr	fault	demande des droits administrateur
        fr	fault	demande les droits admin
        fr	fault	donner les droits
        fr	fault	droits insuffisants
        fr	fault	débloquer mon compte
        fr	fault	délai d'attente dépassé
        fr	fault	ecran noir
        fr	fault	effacé par erreur
        fr	fault	en panne
        fr	fault	est cassé
        fr	fault	est hs
        fr	fault	figé
        fr	fault	fonctionne pas
        fr	fault	grisé
        fr	fault	impossible d'imprimer
        fr	fault	impossible de se connecter
        fr	fault	inaccessible
        fr	fault	injoignable
        fr	fault	j'ai pas accès
        fr	fault	j'ai perdu mon
        fr	fault	j'ai une erreur
        fr	fault	j'arrive pas à me connecter
        fr	fault	je n'ai pas accès
        fr	fault	je reçois pas
        fr	fault	la batterie ne tient pas
        fr	fault	licence expirée
        fr	fault	m'ajouter au
        fr	fault	mail suspect
        fr	fault	marche pas
        fr	fault	me donner accès
        fr	fault	merci d'installer
        fr	fault	message d'erreur
        fr	fault	mettre à jour svp
        fr	fault	mise à jour svp
        fr	fault	n'affiche rien
        fr	fault	n'arrive pas
        fr	fault	n'imprime pas
        fr	fault	n'imprime plus
        fr	fault	ne charge pas
        fr	fault	ne demarre pas
        fr	fault	ne démarre pas
        fr	fault	ne démarre plus
        fr	fault	ne fonctionne pas
        fr	fault	ne fonctionne plus
        fr	fault	ne lit pas
        fr	fault	ne marche pas
        fr	fault	ne marche plus
        fr	fault	ne repond pas
        fr	fault	ne répond pas
        fr	fault	ne répond plus
        fr	fault	ne s'affiche pas
        fr	fault	ne s'affiche plus
        fr	fault	ne s'allume pas
        fr	fault	ne s'allume plus
        fr	fault	ne s'ouvre pas
        fr	fault	ne scanne pas
        fr	fault	ne se charge pas
        fr	fault	ne se connecte pas
        fr	fault	ne se lance pas
        fr	fault	nouvelle batterie
        fr	fault	ont disparu
        fr	fault	pas accessible
        fr	fault	pas de son
        fr	fault	pas les droits
        fr	fault	peux-tu installer
        fr	fault	plante tout le temps
        fr	fault	plus de son
        fr	fault	pouvez vous installer
        fr	fault	pouvez-vous installer
        fr	fault	rame
        fr	fault	reinitialiser mon mot de passe
        fr	fault	remplacer mon
        fr	fault	renouveler la licence
        fr	fault	réinitialiser mon mot de passe
        fr	fault	se deconnecte
        fr	fault	se déconnecte sans arrêt
        fr	fault	se fige
        fr	fault	sms suspect
        fr	fault	supprime par erreur
        fr	fault	supprimé par erreur
        fr	fault	tombé pour tout le monde
        fr	fault	tres lent
        fr	fault	très lent
        fr	fault	ça coupe tout le temps
        fr	fault	ça plante
        fr	fault	ça rame
        fr	fault	écran noir
        fr	fault	écran reste noir
        fr	fault	écrasé par erreur
        it	fault	accesso negato
        it	fault	account bloccato
        it	fault	aggiornare per favore
        it	fault	aggiungermi a
        it	fault	aggiungetemi
        it	fault	batteria nuova
        it	fault	bloccato
        it	fault	bloccato in coda
        it	fault	cade la connessione
        it	fault	cancellato per errore
        it	fault	chiede diritti admin
        it	fault	chiede i permessi di amministratore
        it	fault	continua a cadere
        it	fault	crasha
        it	fault	da errore
        it	fault	darmi accesso
        it	fault	disattivato
        it	fault	eliminato per sbaglio
        it	fault	giù per tutti
        it	fault	guasto
        it	fault	ho perso il
        it	fault	impallato
        it	fault	irraggiungibile
        it	fault	la batteria dura poco
        it	fault	lentissimo
        it	fault	licenza scaduta
        it	fault	mail sospetta
        it	fault	messaggio di errore
        it	fault	mi da errore
        it	fault	mi dà errore
        it	fault	mi serve installato
        it	fault	mi serve un nuovo
        it	fault	mi servono i diritti admin
        it	fault	molto lento
        it	fault	niente audio
        it	fault	non arriva
        it	fault	non arrivano
        it	fault	non c'è audio
        it	fault	non carica
        it	fault	non ce audio
        it	fault	non funziona
        it	fault	non funziona piu
        it	fault	non funziona più
        it	fault	non ho accesso
        it	fault	non ho i permessi
        it	fault	non legge
        it	fault	non parte
        it	fault	non raggiungibile
        it	fault	non riesco a collegarmi
        it	fault	non riesco a stampare
        it	fault	non risponde
        it	fault	non scansiona
        it	fault	non si accende
        it	fault	non si avvia
        it	fault	non si carica
        it	fault	non si connette
        it	fault	non si vede niente
        it	fault	non stampa
        it	fault	non va
        it	fault	non va più
        it	fault	non visualizza niente
        it	fault	per favore installare
        it	fault	permessi insufficienti
        it	fault	posso avere un nuovo
        it	fault	potete installare
        it	fault	puoi installare
        it	fault	reimpostare la password
        it	fault	resettare la password
        it	fault	rinnovare la licenza
        it	fault	rotto
        it	fault	sbloccare l'account
        it	fault	schermo bianco
        it	fault	schermo nero
        it	fault	si blocca
        it	fault	si chiude da solo
        it	fault	si disconnette
        it	fault	si impalla
        it	fault	si pianta
        it	fault	si scarica subito
        it	fault	sms sospetto
        it	fault	sono spariti
        it	fault	sostituire il mio
        it	fault	sovrascritto per errore
        it	fault	timeout
        it	fault	va in crash
        it	fault	è giù
        it	fault	è grigio
        it	fault	è rotto
        it	fault	è sparito
        nl	fault	account geblokkeerd
        nl	fault	account ontgrendelen
        nl	fault	accu loopt snel leeg
        nl	fault	ben mijn laptop kwijt
        nl	fault	bevriest
        nl	fault	bevroren
        nl	fault	bijwerken aub
        nl	fault	blijft hangen
        nl	fault	boot niet
        nl	fault	crasht
        nl	fault	doet het niet
        nl	fault	doet het niet meer
        nl	fault	erg traag
        nl	fault	foutmelding
        nl	fault	gaat niet aan
        nl	fault	geeft een fout
        nl	fault	geen geluid
        nl	fault	geen rechten
        nl	fault	geen toegang
        nl	fault	geen verbinding
        nl	fault	graag installeren
        nl	fault	graag updaten
        nl	fault	graag vervangen
        nl	fault	hangt
        nl	fault	hangt in de wachtrij
        nl	fault	heb adminrechten nodig
        nl	fault	heb geen toegang
        nl	fault	heel traag
        nl	fault	is gecrasht
        nl	fault	is kapot
        nl	fault	is stuk
        nl	fault	is verdwenen
        nl	fault	kan ik een nieuwe krijgen
        nl	fault	kan niet printen
        nl	fault	kapot
        nl	fault	komen niet binnen
        nl	fault	komt niet aan
        nl	fault	krijg een foutmelding
        nl	fault	kunnen jullie installeren
        nl	fault	kwijt
        nl	fault	laadt niet
        nl	fault	laadt niet op
        nl	fault	laat niks zien
        nl	fault	leest niet
        nl	fault	licentie verlengen
        nl	fault	licentie verlopen
        nl	fault	ligt eruit
        nl	fault	ligt plat
        nl	fault	loopt vast
        nl	fault	maakt geen verbinding
        nl	fault	moet geïnstalleerd worden
        nl	fault	niet bereikbaar
        nl	fault	nieuwe accu
        nl	fault	nieuwe batterij
        nl	fault	onbereikbaar
        nl	fault	onvoldoende rechten
        nl	fault	per ongeluk gewist
        nl	fault	per ongeluk overschreven
        nl	fault	per ongeluk verwijderd
        nl	fault	print niet
        nl	fault	reageert niet
        nl	fault	scant niet
        nl	fault	scherm blijft zwart
        nl	fault	staat grijs
        nl	fault	start niet
        nl	fault	start niet op
        nl	fault	super traag
        nl	fault	time-out
        nl	fault	toegang geven
        nl	fault	toegang geweigerd
        nl	fault	toevoegen aan
        nl	fault	toont niets
        nl	fault	valt steeds uit
        nl	fault	valt steeds weg
        nl	fault	verbinding valt weg
        nl	fault	verdachte mail
        nl	fault	verdachte sms
        nl	fault	voeg me toe
        nl	fault	vraagt om adminrechten
        nl	fault	vraagt om beheerdersrechten
        nl	fault	wachtwoord herstellen
        nl	fault	wachtwoord resetten
        nl	fault	werkt niet
        nl	fault	werkt niet goed
        nl	fault	werkt niet meer
        nl	fault	zwart scherm
        pl	fault	bardzo wolno działa
        pl	fault	bateria szybko się rozładowuje
        pl	fault	biały ekran
        pl	fault	brak dostępu
        pl	fault	brak dźwięku
        pl	fault	brak uprawnień
        pl	fault	ciągle się rozłącza
        pl	fault	crashuje
        pl	fault	czarny ekran
        pl	fault	czy mogę dostać nowy
        pl	fault	dodajcie mnie
        pl	fault	jest wyszarzony
        pl	fault	już nie działa
        pl	fault	komunikat błędu
        pl	fault	konto zablokowane
        pl	fault	licencja wygasła
        pl	fault	możecie zainstalować
        pl	fault	możesz zainstalować
        pl	fault	muli
        pl	fault	nadać dostęp
        pl	fault	nadpisałem przez pomyłkę
        pl	fault	nic nie wyświetla
        pl	fault	nie bootuje
        pl	fault	nie czyta
        pl	fault	nie dochodzi
        pl	fault	nie dochodzą maile
        pl	fault	nie drukuje
        pl	fault	nie dziala
        pl	fault	nie działa
        pl	fault	nie działa dla wszystkich
        pl	fault	nie laczy sie
        pl	fault	nie ma dźwięku
        pl	fault	nie mam dostępu
        pl	fault	nie mam uprawnień
        pl	fault	nie mogę drukować
        pl	fault	nie mogę się połączyć
        pl	fault	nie odpowiada
        pl	fault	nie skanuje
        pl	fault	nie startuje
        pl	fault	nie uruchamia się
        pl	fault	nie wczytuje się
        pl	fault	nie wlacza sie
        pl	fault	nie włącza się
        pl	fault	nie ładuje
        pl	fault	nie ładuje się
        pl	fault	nie łączy się
        pl	fault	niedostępna
        pl	fault	niedostępny
        pl	fault	nowa bateria
        pl	fault	odblokować konto
        pl	fault	odmowa dostępu
        pl	fault	odnowić licencję
        pl	fault	podejrzany mail
        pl	fault	podejrzany sms
        pl	fault	pokazuje błąd
        pl	fault	potrzebuję uprawnień admina
        pl	fault	prosi o hasło admina
        pl	fault	proszę dodać mnie
        pl	fault	proszę o dostęp
        pl	fault	proszę o instalację
        pl	fault	proszę zainstalować
        pl	fault	proszę zaktualizować
        pl	fault	przekroczono limit czasu
        pl	fault	przestał działać
        pl	fault	przestało działać
        pl	fault	reset hasła
        pl	fault	rozłącza się
        pl	fault	strasznie muli
        pl	fault	usunięte przez przypadek
        pl	fault	usunąłem przez pomyłkę
        pl	fault	uszkodzony
        pl	fault	utknął w kolejce
        pl	fault	wisi w kolejce
        pl	fault	wszystko leży
        pl	fault	wymaga uprawnień administratora
        pl	fault	wymienić mój
        pl	fault	wyskakuje błąd
        pl	fault	wysypuje się
        pl	fault	wyszarzone
        pl	fault	wywala się
        pl	fault	zacina się
        pl	fault	zamarza
        pl	fault	zawiesil sie
        pl	fault	zawiesił się
        pl	fault	zawiesza się
        pl	fault	zepsuty
        pl	fault	zepsuł się
        pl	fault	zgubiłam
        pl	fault	zgubiłem
        pl	fault	zniknął
        pl	fault	zniknęły
        pl	fault	zresetować hasło
        pl	fault	zrywa połączenie
        pt	fault	acesso negado
        pt	fault	apagado por engano
        pt	fault	apaguei sem querer
        pt	fault	aparece em cinza
        pt	fault	aparece um erro
        pt	fault	atualizar por favor
        pt	fault	avariado
        pt	fault	bateria acaba rápido
        pt	fault	bateria nova
        pt	fault	bateria não dura
        pt	fault	cai a conexão
        pt	fault	caiu para todos
        pt	fault	congela
        pt	fault	congelou
        pt	fault	conta bloqueada
        pt	fault	crashou
        pt	fault	da erro
        pt	fault	desapareceu
        pt	fault	desbloquear minha conta
        pt	fault	desconecta toda hora
        pt	fault	deu erro
        pt	fault	dá erro
        pt	fault	e-mail suspeito
        pt	fault	ecrã preto
        pt	fault	email suspeito
        pt	fault	estragou
        pt	fault	está quebrado
        pt	fault	está travando
        pt	fault	fecha sozinho
        pt	fault	fica caindo
        pt	fault	fica cinza
        pt	fault	fora do ar
        pt	fault	inacessível
        pt	fault	lentíssimo
        pt	fault	liberar acesso
        pt	fault	licença expirada
        pt	fault	me adiciona
        pt	fault	me adicionem
        pt	fault	me dar acesso
        pt	fault	mensagem de erro
        pt	fault	muito lento
        pt	fault	nao abre
        pt	fault	nao conecta
        pt	fault	nao funciona
        pt	fault	nao imprime
        pt	fault	nao liga
        pt	fault	nao tenho permissao
        pt	fault	não abre
        pt	fault	não acessível
        pt	fault	não aparece nada
        pt	fault	não arranca
        pt	fault	não carrega
        pt	fault	não chega
        pt	fault	não conecta
        pt	fault	não consigo conectar
        pt	fault	não consigo imprimir
        pt	fault	não digitaliza
        pt	fault	não estou recebendo
        pt	fault	não está carregando
        pt	fault	não funciona
        pt	fault	não imprime
        pt	fault	não inicia
        pt	fault	não liga
        pt	fault	não lê
        pt	fault	não mostra nada
        pt	fault	não responde
        pt	fault	não tem som
        pt	fault	não tenho acesso
        pt	fault	não tenho permissão
        pt	fault	parou de funcionar
        pt	fault	pede permissão de administrador
        pt	fault	pede senha de admin
        pt	fault	perdi o meu
        pt	fault	pode instalar
        pt	fault	podem instalar
        pt	fault	por favor instalar
        pt	fault	preciso de permissão de admin
        pt	fault	preciso de um novo
        pt	fault	preciso que instalem
        pt	fault	preso na fila
        pt	fault	quebrou
        pt	fault	redefinir senha
        pt	fault	renovar a licença
        pt	fault	repor a palavra-passe
        pt	fault	resetar a senha
        pt	fault	sem acesso
        pt	fault	sem permissão
        pt	fault	sem permissões
        pt	fault	sem som
        pt	fault	sms suspeito
        pt	fault	sobrescrevi sem querer
        pt	fault	substituir o meu
        pt	fault	sumiu
        pt	fault	tela branca
        pt	fault	tela preta
        pt	fault	tempo esgotado
        pt	fault	trava
        pt	fault	travou
        pt	fault	trocar meu
        sv	fault	ansluter inte
        sv	fault	batteriet tar slut snabbt
        sv	fault	behöver adminrättigheter
        sv	fault	behöver det installerat
        sv	fault	ber om adminrättigheter
        sv	fault	bootar inte
        sv	fault	borttappad
        sv	fault	byta ut
        sv	fault	fast i kön
        sv	fault	felmeddelande
        sv	fault	fryser
        sv	fault	frös
        sv	fault	fungerar inte
        sv	fault	funkar inte
        sv	fault	funkar inte längre
        sv	fault	får ett fel
        sv	fault	får ingen anslutning
        sv	fault	förnya licensen
        sv	fault	försvunnit
        sv	fault	ge mig åtkomst
        sv	fault	gråmarkerad
        sv	fault	går inte att nå
        sv	fault	går inte att starta
        sv	fault	går inte igång
        sv	fault	går segt
        sv	fault	gått sönder
        sv	fault	hanger sig
        sv	fault	har försvunnit
        sv	fault	har hängt sig
        sv	fault	har inte behörighet
        sv	fault	hänger sig
        sv	fault	ingen åtkomst
        sv	fault	inget ljud
        sv	fault	installera tack
        sv	fault	inte nåbar
        sv	fault	jättesegt
        sv	fault	kan du installera
        sv	fault	kan inte ansluta
        sv	fault	kan inte skriva ut
        sv	fault	kan jag få en ny
        sv	fault	kan ni installera
        sv	fault	kommer inte fram
        sv	fault	kontot är låst
        sv	fault	kopplas ner hela tiden
        sv	fault	kraschade
        sv	fault	kraschar
        sv	fault	kräver administratörsbehörighet
        sv	fault	laddar inte
        sv	fault	licensen har gått ut
        sv	fault	ligger nere
        sv	fault	lägg till mig
        sv	fault	lägga till mig
        sv	fault	läser inte
        sv	fault	låsa upp mitt konto
        sv	fault	misstänkt mail
        sv	fault	misstänkt mejl
        sv	fault	misstänkt sms
        sv	fault	nere för alla
        sv	fault	nollställa lösenordet
        sv	fault	nytt batteri
        sv	fault	raderade av misstag
        sv	fault	råkade radera
        sv	fault	saknar behörighet
        sv	fault	skannar inte
        sv	fault	skrev över av misstag
        sv	fault	skriver inte ut
        sv	fault	skärmen är svart
        sv	fault	slutat fungera
        sv	fault	slås inte på
        sv	fault	startar inte
        sv	fault	svarar inte
        sv	fault	svart skärm
        sv	fault	sönder
        sv	fault	tappar anslutningen
        sv	fault	tappat bort
        sv	fault	timeout
        sv	fault	trasig
        sv	fault	uppdatera tack
        sv	fault	utgråad
        sv	fault	visar ingenting
        sv	fault	väldigt långsam
        sv	fault	är trasig
        sv	fault	återställa lösenord
        sv	fault	åtkomst nekad
        en	fault	get … installed
        en	fault	get … unlocked
        en	fault	all gone
        en	fault	is gone
        en	fault	are gone
        en	fault	went missing
        en	fault	i overwrote
        de	fault	kann jemand … installieren
        de	fault	kann jemand … freischalten
        de	fault	kann jemand … zurücksetzen
        de	fault	kann jemand … entsperren
        de	fault	kannst du … installieren
        de	fault	könnt ihr … installieren
        de	fault	keine mails
        de	fault	in quarantäne
        nl	fault	kan iemand … installeren
        nl	fault	kan iemand … resetten
        nl	fault	kan iemand … ontgrendelen
        nl	fault	kun je … installeren
        nl	fault	op mijn … zetten
        nl	fault	geen mails
        fr	fault	je ne reçois … plus
        fr	fault	en quarantaine
        es	fault	en cuarentena
        it	fault	in quarantena
        pt	fault	não recebo
        pt	fault	em quarentena
        sv	fault	få tillgång
        sv	fault	behöver tillgång
        sv	fault	ingen tillgång
        sv	fault	saknar tillgång
        sv	fault	få åtkomst
        sv	fault	behöver åtkomst
        sv	fault	i karantän
        pl	fault	w kwarantannie
        en	fault	on my new laptop
        en	fault	on my new phone
        en	fault	need a newer
        en	fault	same rights as
        en	fault	need rights
        en	fault	no permission
        en	fault	kicks me out
        en	fault	kicked out
        en	fault	lose signal
        en	fault	red light
        en	fault	keeps rebooting
        en	fault	keep rebooting
        en	fault	restarts on its own
        en	fault	haven't come through
        en	fault	not coming through
        en	fault	not updating
        en	fault	connection … lost
        en	fault	didn't finish
        de	fault	erscheinen nicht mehr
        de	fault	wirft mich raus
        nl	fault	niet verbonden
        nl	fault	gooit me eruit
        es	fault	ruido raro
        es	fault	no coge
        it	fault	non inviano più
        it	fault	non arrivano più
        it	fault	mi butta fuori
        sv	fault	behörighet till
        sv	fault	läsbehörighet
        sv	fault	får inte upp
        sv	fault	kastar ut mig
        pt	fault	não aparecem mais
        pl	fault	nie widzi
        en	fault	was quarantined
        en	fault	got quarantined
        en	fault	it quarantined
        en	fault	refuses to open
        en	fault	refuses to start
        en	fault	refuses to connect
        en	fault	loses signal
        en	fault	not getting any mail
        en	fault	not getting any emails
        en	fault	not getting any calls
        de	fault	kann mir jemand … installieren
        de	fault	kann mir jemand … freischalten
        de	fault	brauche rechte
        de	fault	brauche zugriff
        de	fault	brauche lesezugriff
        de	fault	steht komplett still
        de	fault	auf meinem neuen laptop
        nl	fault	op mijn nieuwe laptop
        nl	fault	bestanden versleuteld
        fr	fault	sur mon nouveau pc
        es	fault	en mi portátil nuevo
        it	fault	sul nuovo portatile
        sv	fault	på min nya dator
        pt	fault	no portátil novo
        pl	fault	na nowym laptopie
        """#
}

extension MessageCatalogue {
    /// Spanish (español): "tú", as colleagues write in chat.
    static let spanishTexts: [MessageID: String] = [
        .faultConfirm:
            "Parece una incidencia para soporte técnico. ¿Se la paso? Responde 1 (sí), o cuéntame más en una frase.",
        .faultConfirmOrPick:
            "Parece una incidencia para soporte técnico. ¿Se la paso? Responde 1 (sí), o elige otro número si es una pregunta para alguien del hub.",
        .triageWhichField:
            "Me gustaría encontrar a las personas adecuadas para esto, pero no tengo claro de qué área es. ¿Es alguna de estas?",
        .triageHubOrFault: "¿Es una pregunta para alguien del hub o una incidencia para soporte técnico?",
        .triageWhichFits: "Me gustaría encontrar a las personas adecuadas para esto. ¿Qué encaja mejor?",
        .triageNotUnderstood: "No sé si te he entendido bien. ¿Tiene que ver con alguna de estas opciones?",
        .greeting:
            "¡Hola, {name}! Cuéntame en una frase en qué estás trabajando o qué no funciona, y buscaré a alguien que sepa del tema o pasaré la incidencia a soporte técnico. `!help` muestra qué más puedo hacer.",
        .greetingAgain:
            "Con una frase basta: en qué estás trabajando (aquí hay gente que sabe de {examples} y más: `!help`), o qué no funciona («la impresora de la planta 2 se atasca»).",
        .guessFault: "{number}. algo que no funciona: {description}",
        .guessInterest: "{number}. #{tag} — {description}",
        .guessInterestBare: "{number}. #{tag}",
        .guessPrompt: "Responde con un número, o cuéntame más en una frase.",
        .faultRecordedOnly:
            "Parece una incidencia para soporte técnico ({description}). La he registrado como {fault}, pero todavía no tengo conectado ningún sistema de tickets, así que nadie de soporte técnico la ve desde aquí: por favor, avísales también directamente.",
        .adminNoTicketRoutes:
            "Están llegando incidencias ({fault}, {category}), pero no hay ninguna ruta de tickets configurada (`tickets.routes` en la config): se registran pero no se envían, y se pide a los compañeros que las comuniquen directamente.",
        .faultGrouped:
            "¡Gracias! Esa incidencia ya se había comunicado hace un rato, así que he añadido tu aviso como {fault}. Te diré por aquí cuando esté resuelta.",
        .faultGroupedTicket:
            "¡Gracias! Esa incidencia ya se había comunicado hace un rato (ticket {ticket}), así que he añadido tu aviso como {fault}. Te diré por aquí cuando esté resuelta.",
        .faultPassedOn:
            "Parece una incidencia para soporte técnico ({description}). Se la paso como {fault} y te diré por aquí cuando esté resuelta.",
        .faultFiled: "Soporte técnico ya tiene tu aviso {fault} como ticket {ticket}.",
        .faultFiledLink: "Soporte técnico ya tiene tu aviso {fault} como ticket {ticket} ({url}).",
        .faultDeliveryFailed:
            "Lo siento: no he podido pasar {fault} a soporte técnico. Ya se ha avisado a los admins y se encargarán.",
        .adminDeliveryFailed:
            "No se pudo entregar el ticket de la incidencia {fault} de {name} ({category}, ruta {route}): {reason}. La incidencia se conserva; corrige la ruta y vuelve a enviarla, o crea el ticket a mano.",
        .faultFixed: "Buenas noticias: la incidencia que comunicaste como {fault} está marcada como resuelta.",
        .faultFixedTicket:
            "Buenas noticias: la incidencia que comunicaste como {fault} (ticket {ticket}) está marcada como resuelta.",
        .shortlistNobody:
            "Ahora mismo nadie que sepa de {tags} puede atender solicitudes nuevas, por eso la he anotado como solicitud {request}: le indica al hub hacia dónde crecer. Prueba más tarde, o pregúntalo con otras palabras.",
        .shortlistExact: "Solicitud {request} ({tags}): estas personas saben del tema.",
        .shortlistClose:
            "Solicitud {request} ({tags}): nadie ofrece exactamente eso, pero estas personas saben de algo parecido.",
        .shortlistLine: "{number}. {name} — {reasons}; {status}",
        .shortlistPickNobodyFree:
            "Ahora mismo no hay nadie libre; responde «cualquiera» y preguntaré en cuanto alguien lo esté, o cancélala con `!cancel {request}`.",
        .shortlistPick:
            "Responde con un número o un nombre para preguntar a esa persona, o con «cualquiera» y preguntaré a los primeros que estén libres.",
        .reasonShares: "sabe de {tags}",
        .reasonNeighbour: "un tema cercano",
        .statusFree: "libre",
        .statusBusy: "no disponible",
        .statusBusyUntil: "no disponible hasta {time}",
        .statusOutsideHours: "fuera de su horario",
        .offerChosenUnavailable:
            "{name} no puede atender solicitudes ahora mismo, así que se lo preguntaré a otra persona.",
        .offer:
            "¡Hola, {name}! {requester} busca a alguien que sepa de {tags} (solicitud {request}):\n{question}\nResponde `!accept {request}` para aceptarla o `!decline {request}` para pasar.",
        .offerReact:
            "¡Hola, {name}! {requester} busca a alguien que sepa de {tags} (solicitud {request}):\n{question}\nResponde `!accept {request}` para aceptarla o `!decline {request}` para pasar, o reacciona con ✅ o ❌.",
        .offerDeadline: "La propuesta sigue abierta hasta {time}.",
        .offerTakenBy:
            "La solicitud {request} ya no está abierta: la ha aceptado {name}. ¡Gracias por echarle un vistazo!",
        .offerWithdrawnBy:
            "La solicitud {request} ya no está abierta: {name} la ha retirado. ¡Gracias por echarle un vistazo!",
        .offerMovedOn:
            "La solicitud {request} ya no está abierta: ha pasado a otra persona porque no hubo respuesta a tiempo. No pasa nada. ¡Gracias por echarle un vistazo!",
        .offerTooLate:
            "¡Gracias, {name}! {winner} aceptó la solicitud {request} justo antes que tú, así que no hace falta que hagas nada más.",
        .offerTooLateSomeone:
            "¡Gracias, {name}! Alguien aceptó la solicitud {request} justo antes que tú, así que no hace falta que hagas nada más.",
        .requestUnmet:
            "Lo siento, {name}: nadie ha podido atender la solicitud {request} ahora mismo. La he anotado para que el hub sepa dónde falta gente; vuelve a intentarlo más tarde, o pregúntalo con otras palabras.",
        .ratingAsk:
            "¿Qué tal tu conversación con {name} sobre la solicitud {request}? Responde del 1 al 5 o con 👍/👎, con un comentario si quieres. Tu respuesta ayuda al hub y queda entre nosotros.",
        .ratingThanksHelper: "¡Gracias por ayudar a {name} con la solicitud {request}! 🙌",
        .offersAskedOne:
            "{count, plural, one {He consultado a {names} sobre la solicitud {request} y te diré cuando responda.} other {He consultado a {names} sobre la solicitud {request}; te presentaré a quien la acepte primero.}}",
        .offersDeclined: "{name} no puede atender tu solicitud ahora mismo.",
        .offersTimedOut: "Nadie respondió a tiempo, así que pruebo con otras personas.",
        .requestWithdrawn: "Solicitud {request} retirada. Pregunta de nuevo cuando quieras.",
        .introByNameColleague:
            "Buenas noticias: ¡{name} ha aceptado la solicitud {request}! Escribe a {name} directamente (/msg {name}); ya conoce tu pregunta.",
        .introByNameSpecialist:
            "¡Gracias, {name}! La solicitud {request} es tuya. {requester} preguntó: {question}. Escribe a {requester} directamente (/msg {requester}). Escríbeme `!done {request}` cuando hayas terminado.",
        .introRoomName: "HubBot {request}: {summary}",
        .introRoomTopic: "{requester} y {name} — contacto a través de HubBot ({tags})",
        .introRoomFirst:
            "{requester} preguntó: {question}\n{name} se ha ofrecido a ayudar. ¡Adelante! Al terminar, cualquiera de los dos puede escribirme `!done {request}`.",
        .introRoomColleague:
            "Buenas noticias: ¡{name} ha aceptado la solicitud {request}! He invitado a los dos a una sala nueva, «{room}».",
        .introRoomSpecialist:
            "¡Gracias, {name}! La solicitud {request} es tuya: te he invitado a ti y a {requester} a una sala nueva. Escríbeme `!done {request}` cuando hayas terminado.",
        .fallbackPost:
            "¿Alguien puede echar una mano? {name} ha preguntado sobre {tags} (solicitud {request}) y no había nadie libre: {question}. Si puedes, escríbele directamente.",
        .rateNotYours: "Solo puedes valorar tus propias solicitudes; `!status` te las muestra.",
        .rateNotFinished: "La solicitud {request} aún no ha terminado; te pediré una valoración cuando termine.",
        .rateThanksGood: "¡Gracias! Me alegra que {name} haya podido ayudarte. 🙂",
        .rateThanks: "Gracias por contármelo. Ayuda a que el hub mejore.",
        .recipientAway:
            "{name} no está en línea ahora mismo, así que mi mensaje sobre la solicitud {request} esperará a que vuelva.",
        .meetInvited: "Te he invitado a {room}, por si prefieres hablar allí.",
        .meetInvitedWith: "Te he invitado a {room}, por si prefieres hablar allí con {name}.",
        .adminInviteFailed:
            "No he podido invitar a {name} a {room}: {reason}. HubBot tiene que poder entrar en ese canal e invitar a gente (irc.meet_in).",
        .reasonTalkedBefore: "ya has hablado con esta persona (valoración: {rating})",
        .reasonNewToYou: "alguien nuevo para ti",
        .quoteWhole: "{quote}",
        .quoteShortenedLink: "{quote} (acortado; mensaje completo: {url})",
        .quoteShortened: "{quote} (acortado, tenía {count} caracteres)",
        .adminUndelivered:
            "No se pudo entregar un mensaje a {room} y se ha descartado: {reason}. Empezaba así: {beginning}",
        .adminUndeliveredDirect:
            "No se pudo entregar un mensaje a {room} (el chat directo con {name}) y se ha descartado: {reason}. Empezaba así: {beginning}",
        .welcome:
            "¡Hola, {name}! Soy HubBot, la puerta de entrada al hub de IT. Cuéntame en una frase en qué estás trabajando o qué dudas tienes, y buscaré compañeros que sepan del tema. Si algo no funciona (una contraseña, una impresora, la VPN…), cuéntamelo también y se lo pasaré a soporte técnico. `!help` muestra todo lo demás.",
        .encryptedUnreadable:
            "Aquí no puedo leer mensajes cifrados: {reason}. Avisa a un admin, o escríbeme en una sala sin cifrado.",
        .undecryptable:
            "{name}, no he podido leer uno de tus mensajes cifrados aquí: la clave para descifrarlo nunca llegó a mi dispositivo (se la pedí a tu app). Vuelve a enviarlo, por favor; si sigue pasando, puede que tu app haya bloqueado mi dispositivo.",
        .adminOnly: "`!{command}` es solo para admins (hub.admins en la config); pídeselo a alguno.",
        .notChanged: "Cambio rechazado: {problem}",
        .tagHolders:
            "{count, plural, one {1 especialista tiene} other {# especialistas tienen}} #{tag} ({names}). Seguirá entre sus temas, pero cuando ya no exista no coincidirá con nada. Para eliminarla de todos modos, escribe `!tag remove #{tag} confirm`.",
        .tagExists:
            "#{tag} ya existe; `!tag alias #{tag} …` añade una palabra clave, `!tag describe #{tag} …` cambia su descripción",
        .tagMissing: "no existe la etiqueta #{tag}",
        .tagMissingNear: "no existe la etiqueta #{tag} (¿querías decir #{near}?)",
        .tagDoneAddInterest: "Hecho: he añadido #{tag}. {message}",
        .tagDoneAddKeyword: "Hecho: #{tag} tiene ahora la palabra clave «{keyword}». {message}",
        .tagDoneDescribe: "Hecho: #{tag} tiene una descripción nueva. {message}",
        .tagDoneRemove: "Hecho: he eliminado #{tag}. {message}",
        .tagNotChanged: "Cambio rechazado: {change}. {message}",
        .interestsNone: "ninguno",
        .specialistInterestsSet: "Hecho. Temas de {name} ({id}): {interests}.",
        .specialistInterestsTold:
            "{admin}, admin del hub, ha fijado tus temas: {interests}. `!interests` te los muestra; avisa a {admin} si no es correcto.",
        .specialistNoInterests:
            "{name} aún no ofrece ningún tema; asígnale alguno primero, p. ej. `!specialist set {id} interests #{tag}`",
        .specialistCapacitySet:
            "Hecho: {name} ({id}) ahora atiende como máximo {count, plural, one {# conversación abierta} other {# conversaciones abiertas}} a la vez.",
        .specialistCapacityTold:
            "{admin}, admin del hub, ha ajustado tu capacidad: tendrás como máximo {count, plural, one {# conversación abierta} other {# conversaciones abiertas}} a la vez. `!capacity <n>` la cambia.",
        .personNoAccount: "no existe la cuenta {who} (el homeserver no la conoce)",
        .personUnknown: "no conozco a nadie que se llame {who}; escribe su id, p. ej. @bob:example.org",
        .personAmbiguous: "{who} coincide con varias cuentas ({ids}); escribe el id",
        .unknownTag: "No conozco #{tag}.",
        .unknownTagNear: "No conozco #{tag} (¿querías decir #{near}?).",
        .unknownTagsMore: "… y {count} más que no conozco.",
        .auditNone: "Todavía no hay cambios de admins.",
        .auditHeading:
            "{count, plural, one {El último cambio de admins:} other {Los últimos # cambios de admins, del más reciente al más antiguo:}}",
        .auditLine: "• {line}",
        .noOpenRequests: "No tienes solicitudes abiertas.",
        .rateWhich: "¿Qué solicitud? Escribe `!rate <request> <1-5>`; `!status` te muestra las tuyas.",
        .profileFree: "Estás libre: puedo volver a proponerte solicitudes.",
        .profileBusy:
            "Estás en modo ocupado: tus compañeros te ven, pero no te propondré solicitudes. `!free` lo desactiva.",
        .profileBusyUntil:
            "Estás en modo ocupado hasta {time}: tus compañeros te ven, pero no te propondré solicitudes. `!free` lo desactiva.",
        .profileAway: "Estás ausente: no te incluiré en las listas ni te propondré solicitudes. `!free` lo desactiva.",
        .profileAwayUntil:
            "Estás ausente hasta {time}: no te incluiré en las listas ni te propondré solicitudes. `!free` lo desactiva.",
        .profileCapacity:
            "Tendrás como máximo {count, plural, one {# conversación abierta} other {# conversaciones abiertas}} a la vez.",
        .profileHours: "Te propondré solicitudes de {start} a {end} {zone}, {days}.",
        .profileHoursAny: "Te propondré solicitudes a cualquier hora del día.",
        .reloading: "Vuelvo a leer la configuración de etiquetas; luego te cuento cómo ha ido.",
        .explainReport: "{report}",
        .unknownCommand: "No conozco `!{name}`. `!help` muestra lo que puedo hacer.",
        .unknownCommandNear: "No conozco `!{name}`. ¿Querías decir `!{near}`? `!help` muestra lo que puedo hacer.",
        .malformedCommand: "`!{name}`: {problem}.",
        .statusEmpty: "No tienes solicitudes abiertas. Escribe una frase sobre lo que necesitas y buscaré a alguien.",
        .statusChoosing: "esperando a que elijas a alguien",
        .statusClarifying: "esperando a que me cuentes más",
        .statusLooking: "buscando a alguien",
        .statusAsked: "consultando a {names}",
        .statusTalking: "hablando con {name}",
        .statusOpen: "abierta",
        .statusLine: "• {request}: {summary} {tags} — {state}",
        .statusHeading: "Tus solicitudes abiertas:",
        .statusFooter: "`!cancel <number>` retira una.",
        .answeredPrivately: "Te he enviado la respuesta por mensaje directo.",
        .cancelNotYours: "La solicitud {request} no es tuya; `!status` te muestra las tuyas.",
        .cancelClosed: "La solicitud {request} ya está cerrada.",
        .noOpenOffers: "Ahora mismo no tienes propuestas abiertas.",
        .severalOffers: "Tienes varias propuestas abiertas ({requests}); indica una, p. ej. `!accept {first}`.",
        .noConversations: "No tienes conversaciones abiertas.",
        .whichConversation: "¿Cuál? Tienes abiertas las solicitudes {requests}; p. ej. `!done {first}`.",
        .noSuchOffer: "No hay ninguna propuesta {request} para ti; `!mine` muestra tus propuestas abiertas.",
        .alreadyTaken: "Ya has aceptado la solicitud {request}.",
        .acceptWithdrawn:
            "{name} ha retirado la solicitud {request}, así que ya no hay nada que aceptar. ¡Gracias de todos modos!",
        .acceptNoLonger: "La solicitud {request} ya no está abierta para ti; `!mine` muestra tus propuestas abiertas.",
        .acceptNotOffered: "La solicitud {request} no se te ha propuesto; `!mine` muestra tus propuestas abiertas.",
        .declineNoOffer: "No tienes ninguna propuesta abierta para la solicitud {request}.",
        .declineNotePassed: "{name} ha declinado la solicitud {request} y me ha pedido que te diga: {note}",
        .declineNoteSent: "De acuerdo, declinas la solicitud {request}; le he pasado tu nota a {name}.",
        .declined: "De acuerdo, declinas la solicitud {request}. ¡Gracias por avisar!",
        .declinedReasonKept:
            "De acuerdo, declinas la solicitud {request}. ¡Gracias por avisar! Tu motivo se queda conmigo; `!decline {request} tell: …` le hace llegar una nota a quien preguntó.",
        .doneNotYours: "La solicitud {request} no es una conversación tuya; `!mine` muestra las tuyas.",
        .doneNotTaken: "Nadie ha aceptado aún la solicitud {request}; `!cancel {request}` la retira.",
        .doneClosed: "Solicitud {request} cerrada. ¡Gracias!",
        .mineOffer: "• propuesta {request} de {name} {tags}: {summary} — `!accept {request}` o `!decline {request}`",
        .mineConversation: "• {request} con {name}: {summary} — `!done {request}` al terminar",
        .mineNone: "No tienes propuestas ni conversaciones abiertas.",
        .mineOffers: "Propuestas abiertas:",
        .mineConversations: "Conversaciones:",
        .profileNoInterests:
            "Todavía no ofreces ningún tema. Añade alguno con `!interests add #tag:strength …` (nivel 1 = curiosidad, 2 = experiencia, 3 = dominio), p. ej. `!interests add #statistics:3 #r`. Entre las etiquetas están {examples} y {count} más.",
        .profileAvailabilityFree: "libre",
        .profileAvailabilityBusy: "en modo ocupado",
        .profileAvailabilityBusyUntil: "en modo ocupado hasta {time}",
        .profileAvailabilityAway: "ausente",
        .profileAvailabilityAwayUntil: "ausente hasta {time}",
        .profileHoursText: "{start}–{end} {zone}, {days}",
        .profileAnyTime: "a cualquier hora",
        .profileShow:
            "Tus temas: {interests}.\nComo máximo {count, plural, one {# conversación} other {# conversaciones}} a la vez; {availability}; horario: {hours}.",
        .interestsThanks: "¡Gracias!",
        .interestsNow: "Ahora ofreces {interests}.",
        .interestsShowHint: "`!interests` muestra lo que ofreces.",
        .interestsNoneYet: "Todavía no ofreces ningún tema.",
        .interestsNotOffered: "No ofrecías esos temas.",
        .interestsRemoved: "He quitado {tags}.",
        .interestsNoneLeft: "Ya no ofreces ningún tema.",
        .interestsLeft: "Sigues ofreciendo {tags}.",
        .specialistsOnly:
            "Eso es para especialistas: primero di qué ofreces, p. ej. `!interests add #statistics:3 #r`.",
        .usageAsk: "escribe tu pregunta después de !ask",
        .usageBusy: "escribe `!busy`, `!busy until 14:00` o `!busy for 2h`",
        .usageAway: "escribe `!away`, `!away until 09:00` o `!away for 3d`",
        .usageCapacity: "escribe un número del 0 al 50, p. ej. `!capacity 2`",
        .usageExplain: "escribe la frase después de !explain",
        .usageStats: "escribe `!stats` (los últimos 7 días) o un periodo como `!stats 30d`",
        .usageRetag: "escribe la solicitud y la etiqueta que le corresponde, p. ej. `!retag 12 #python`",
        .usageNumber: "escribe el número de la solicitud, p. ej. `!{command} 12`",
        .usageRate: "escribe `!rate <request> <1-5> [comment]`, p. ej. `!rate 12 5 thanks!`",
        .usageInterestsAdd: "indica las etiquetas que quieres añadir, p. ej. `!interests add #statistics:3 #r`",
        .usageInterestsRemove: "indica las etiquetas que quieres quitar, p. ej. `!interests remove #r`",
        .usageInterests: "escribe `!interests`, `!interests add #tag:3 …` o `!interests remove #tag …`",
        .usageHours: "escribe `!hours 09:00-17:00 [time zone] [mon-fri]`, o `!hours off`",
        .usageHoursWord: "`{word}` no es ni una zona horaria (como Europe/Berlin) ni días (como mon-fri)",
        .usageTag:
            "escribe `!tag add #name \"description\" keyword, keyword …`, `!tag alias #name word or phrase`, `!tag describe #name new description` o `!tag remove #name`; en `!help tag` hay ejemplos",
        .usageTagQuotes:
            "pon la descripción entre comillas y luego las palabras clave separadas por comas, p. ej. `!tag add #{tag} \"What it is about.\" keyword, another phrase`",
        .usageTagKeywords:
            "después de la descripción, enumera las palabras y frases que apuntan a #{tag}, separadas por comas",
        .usageTagAlias: "escribe la palabra o frase después de la etiqueta, p. ej. `!tag alias #{tag} qubit`",
        .usageTagDescribe: "escribe la nueva descripción después de la etiqueta",
        .usageTagRemove: "escribe `!tag remove #{tag}` y luego `confirm` si te lo pido",
        .usageSpecialist:
            "escribe `!specialist set <person> interests #tag[:strength] …` o `!specialist set <person> capacity <n>`",
        .usageSpecialistTags: "indica las etiquetas, p. ej. `!specialist set {person} interests #r:3`, o `none`",
        .usageSpecialistCapacity: "la capacidad es un número del 0 al 50",
        .usageAudit: "escribe `!audit` (los 10 últimos) o un número hasta 200, p. ej. `!audit 25`",
        .usageExamplesRemove: "escribe `!examples remove 3`; `!examples` los muestra",
        .usageExamples: "escribe `!examples` (los 10 últimos), un número hasta 200, o `!examples remove 3`",
        .usageStrength: "el nivel es 1, 2 o 3, p. ej. `#{tag}:3`",
        .usageLanguage: "escribe `!language`, `!language de` (en, de, fr, es, nl) o `!language auto`",
        .retagNotOffered:
            "La solicitud {request} no se te propuso, así que no puedo tener en cuenta tu opinión sobre su etiqueta.",
        .retagThanks:
            "¡Gracias! A partir de ahora entenderé que las solicitudes parecidas a la {request} son de #{tag} (los admins lo ven en `!examples`).",
        .examplesNone:
            "Todavía no he aprendido ninguna frase. Cuando alguien elige una de mis sugerencias, la frase se convierte en un ejemplo de esa etiqueta.",
        .examplesHeading:
            "{count, plural, one {1 frase aprendida} other {# frases aprendidas}}; estas son las {shown} últimas, la más reciente primero (`!examples remove <n>` olvida una):",
        .examplesLine: "• {line}",
        .examplesNoSuch: "No existe el ejemplo aprendido {id}; `!examples` los muestra.",
        .examplesForgotten: "Olvidado: {line}. Ya no lo uso para clasificar frases.",
        .adminImported: "Especialistas importados desde {source} por {admin}: {summary}.",
        .adminSynced: "Especialistas sincronizados desde {source} por {admin}: {summary}.",
        .directoryGained: "ahora ofreces {interests}",
        .directoryLost:
            "{count, plural, one {{tags} ya no aparece entre tus temas} other {{tags} ya no aparecen entre tus temas}}",
        .directoryNotice:
            "¡Hola, {name}! El directorio {directory} (sincronizado por {admin}) ha cambiado tu perfil de especialista: {changes}. {left} Lo que añadas o quites tú con `!interests` se queda como lo dejes; `!away` pausa las propuestas.",
        .interestsOfferNow: "Ofreces {interests}.",
        .importNotice:
            "¡Hola, {name}! Los admins del hub ({admin}) te han añadido como especialista: {profile}. A partir de ahora podré proponerte preguntas de compañeros que encajen contigo; tú eliges cuáles aceptas. `!interests`, `!capacity <n>` y `!hours` lo muestran y lo cambian todo, y `!away` pausa las propuestas.",
        .importNoInterests: "sin temas por ahora",
        .importInterests: "los temas {interests}",
        .importCapacity:
            "como máximo {count, plural, one {# conversación abierta} other {# conversaciones abiertas}} a la vez",
        .importHours: "propuestas solo de {start} a {end} {days} ({zone})",
        .listSeparator: "; ",
        .listComma: ", ",
        .helpAsk: "pide al hub personas que sepan de algo",
        .helpStatus: "tus solicitudes abiertas",
        .helpCancel: "retira una solicitud (la última si no indicas número)",
        .helpRate: "di qué tal fue una conversación",
        .helpInterests: "muestra o cambia lo que ofreces, nivel 1–3",
        .helpFree: "vuelves a recibir propuestas",
        .helpBusy: "apareces en las listas, pero no recibes propuestas",
        .helpAway: "ni apareces en las listas ni recibes propuestas",
        .helpCapacity: "cuántas conversaciones quieres tener abiertas a la vez como máximo",
        .helpHours: "cuándo puedes recibir propuestas",
        .helpAccept: "acepta una solicitud que se te propone (o reacciona con ✅)",
        .helpDecline:
            "declina una propuesta (o reacciona con ❌); el motivo se queda con HubBot, `tell:` pasa una nota a quien preguntó",
        .helpMine: "tus propuestas y conversaciones abiertas",
        .helpDone: "cierra una conversación",
        .helpHelp: "esta lista, o un comando en detalle",
        .helpExplain: "la decisión, sus pruebas y los candidatos",
        .helpReload: "vuelve a leer la config de etiquetas (si tiene errores, se rechaza)",
        .helpStats: "cómo ha atendido el hub a la gente últimamente, sin nombres",
        .helpTag:
            "cambia el archivo de etiquetas desde el chat (se comprueba como una edición del archivo, se guarda y queda auditado)",
        .helpSpecialist: "fija los temas o la capacidad de otra persona",
        .helpAudit: "los últimos cambios de admins (10 si no indicas otro número), aceptados o rechazados",
        .helpRetag:
            "la etiqueta que de verdad corresponde a una solicitud que se te propuso; a partir de entonces clasifico así esas frases",
        .helpExamples:
            "frases que HubBot ha aprendido de las respuestas de los compañeros (10 si no indicas otro número); olvida una",
        .helpLanguage: "el idioma en que te hablo: en, de, fr, es, nl, o auto (según escribas)",
        .helpIntro:
            "Cuéntame en una frase en qué estás trabajando y buscaré compañeros que sepan del tema; si algo no funciona, se lo pasaré a soporte técnico. Comandos:",
        .helpLine: "`{usage}` — {summary}",
        .helpSpecialistHeading: "Para especialistas:",
        .helpAdminHeading: "Para admins:",
        .helpFooter: "`!help <command>` muestra un ejemplo.",
        .helpFooterSpecialists:
            "`!help <command>` muestra un ejemplo; `!interests add #tag` te convierte en especialista.",
        .helpNoCommand: "No tengo ningún comando `!{topic}`.",
        .helpNoCommandNear: "No tengo ningún comando `!{topic}`. ¿Querías decir `!help {near}`?",
        .helpCommand: "`{usage}`: {summary}.\nEjemplo: `{example}`",
        .helpMoreTagAlias: "`!tag alias #quantum-computing quantum annealing` añade una palabra clave o frase",
        .helpMoreTagDescribe:
            "`!tag describe #quantum-computing Qubits, quantum algorithms and what they are good for.` sustituye la descripción",
        .helpMoreTagRemove:
            "`!tag remove #quantum-computing` la elimina; si hay gente que la tiene, digo cuántas personas son y pido `!tag remove #quantum-computing confirm`",
        .helpMoreTagChecked:
            "Cada cambio se comprueba como una edición del archivo de etiquetas (si falla, se rechaza indicando los problemas), se guarda en el archivo y aparece en `!audit`.",
        .helpMoreSpecialistCapacity:
            "`!specialist set @bob:example.org capacity 2` fija cuántas conversaciones atiende Bob a la vez",
        .helpMoreSpecialistNone:
            "`!specialist set Bob interests none` borra sus temas (también vale un nombre que HubBot conozca); Bob recibe un aviso",
        .languageShow:
            "Te hablo en {language} ({how}). `!language de` (en, de, fr, es, nl) lo cambia; `!language auto` sigue el idioma en que escribes.",
        .languageHowChosen: "lo elegiste tú",
        .languageHowWritten: "según escribes",
        .languageHowDefault: "el idioma del hub",
        .languageSet: "A partir de ahora te hablaré en {language}. `!language auto` sigue el idioma en que escribes.",
        .languageAuto: "Te hablaré en el idioma en que escribas (de momento, {language}).",
        .configReloaded: "Config recargada: {message}",
        .configNotReloaded: "Config NO recargada, sigue funcionando la anterior: {message}",
        .followUpAsk:
            "¿Has podido hablar con {name} sobre la solicitud {request}? Si ya está resuelta, `!done {request}` la cierra y te preguntaré qué tal fue. Si aún no has contactado con {name}, escríbele directamente.",
        .digestHeading: "🌱 La semana del hub, del {from} al {to}",
        .digestHelped:
            "• {people, plural, one {# persona encontró} other {# personas encontraron}} a alguien con quien hablar, y {specialists, plural, one {# especialista echó} other {# especialistas echaron}} una mano. ¡Gracias a todos!",
        .digestNoneFound:
            "• {count, plural, one {Llegó # solicitud, pero todavía nadie ha podido atenderla.} other {Llegaron # solicitudes, pero todavía nadie ha podido atender ninguna.}}",
        .digestQuiet:
            "• Una semana tranquila: ninguna solicitud para especialistas. ¿En qué podría ayudarte el hub la próxima vez?",
        .digestRatings:
            "• {count, plural, one {# agradecimiento llegó en forma de valoración} other {# agradecimientos llegaron en forma de valoraciones}}, con un promedio de {average} sobre 5.",
        .digestRatingsWords:
            "• {count, plural, one {# agradecimiento llegó en forma de valoración} other {# agradecimientos llegaron en forma de valoraciones}}, con un promedio de {average} sobre 5, y {words} con unas palabras amables.",
        .digestSpeed:
            "• La mitad de quienes encontraron a alguien recibió respuesta de una persona en {duration} o menos.",
        .digestNewInterests: "• Nuevos temas disponibles: {tags}.",
        .digestGaps: "• El hub podría crecer en: {gaps}. ¿Sabes de alguno de estos temas? `!interests add`",
        .digestGapNobody: "#{tag} (solicitado {count}×, nadie lo ofrece todavía)",
        .digestGapBusy: "#{tag} (solicitado {count}×, no había nadie libre)",
        .digestFaults:
            "• Soporte técnico recibió {count, plural, one {# incidencia} other {# incidencias}} para revisar.",
        .digestFaultsSpeed:
            "• Soporte técnico recibió {count, plural, one {# incidencia} other {# incidencias}} para revisar; los tickets se abrieron en {duration} (mediana).",
        .statsHeading: "Cifras del hub, {from} – {to} UTC:",
        .statsRequests:
            "• Solicitudes: {total}{tags}; {found} con especialista{share}, {unmet} sin especialista, {open} en curso",
        .statsFirstHuman: "• Tiempo hasta la primera respuesta humana: {spread}",
        .statsRatings: "• Valoraciones: {count}",
        .statsRatingsAverage: "• Valoraciones: {count}, promedio {average}/5",
        .statsFaults: "• Incidencias: {count}{categories}; tiempo hasta el ticket: {spread}",
        .statsUnmet: "• Demanda no cubierta: {gaps}",
        .statsUnmetNone: "• Demanda no cubierta: ninguna",
        .statsNewInterests: "• Nuevos temas: {tags}",
        .statsFooter: "`hubbot report` genera el informe completo (markdown, csv o json).",
        .statsSpread: "mediana {median}, p90 {p90}",
        .statsNoFigures: "todavía sin cifras",
    ]
}

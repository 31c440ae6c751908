extension MessageCatalogue {
    /// French (français): "vous", as at work.
    static let frenchTexts: [MessageID: String] = [
        .faultConfirm:
            "On dirait un incident pour le support informatique. Je le transmets ? Répondez 1 (oui), ou dites-m'en plus en une phrase.",
        .faultConfirmOrPick:
            "On dirait un incident pour le support informatique. Je le transmets ? Répondez 1 (oui), ou choisissez un autre numéro s'il s'agit d'une question pour quelqu'un du hub.",
        .triageWhichField:
            "J'aimerais trouver les bonnes personnes pour ça, mais je ne vois pas bien de quel domaine il s'agit. Est-ce l'un de ceux-ci ?",
        .triageHubOrFault:
            "C'est une question pour quelqu'un du hub, ou un problème technique à signaler au support informatique ?",
        .triageWhichFits: "J'aimerais trouver les bonnes personnes pour ça. Qu'est-ce qui correspond le mieux ?",
        .triageNotUnderstood: "Je crains de ne pas avoir bien compris. Est-ce que ça correspond à l'un de ces choix ?",
        .greeting:
            "Bonjour {name} ! Dites-moi en une phrase sur quoi vous travaillez ou ce qui ne marche pas : je trouverai quelqu'un qui s'y connaît, ou je transmettrai l'incident au support informatique. `!help` montre ce que je sais faire d'autre.",
        .greetingAgain:
            "Une phrase suffit : ce sur quoi vous travaillez (ici, on s'y connaît en {examples} et bien plus : `!help`), ou ce qui ne marche pas (« l'imprimante du 2e étage fait des bourrages »).",
        .guessFault: "{number}. un problème technique : {description}",
        .guessInterest: "{number}. #{tag} — {description}",
        .guessInterestBare: "{number}. #{tag}",
        .guessPrompt: "Répondez par un numéro, ou dites-m'en plus en une phrase.",
        .faultRecordedOnly:
            "On dirait un incident pour le support informatique ({description}). Je l'ai enregistré sous {fault}, mais aucun système de tickets ne m'est encore relié : le support ne le voit donc pas d'ici. Merci de le signaler aussi directement au support.",
        .adminNoTicketRoutes:
            "Des incidents sont signalés ({fault}, {category}), mais aucune route de tickets n'est configurée (`tickets.routes` dans la config) : ils sont enregistrés sans être transmis, et on demande aux collègues de les signaler directement.",
        .faultGrouped:
            "Merci ! Cet incident a déjà été signalé il y a peu, j'y ai donc ajouté votre signalement sous {fault}. Je vous préviens ici dès qu'il est résolu.",
        .faultGroupedTicket:
            "Merci ! Cet incident a déjà été signalé il y a peu (ticket {ticket}), j'y ai donc ajouté votre signalement sous {fault}. Je vous préviens ici dès qu'il est résolu.",
        .faultPassedOn:
            "On dirait un incident pour le support informatique ({description}). Je le transmets sous {fault} et je vous préviens ici dès qu'il est résolu.",
        .faultFiled: "Le support informatique a bien reçu votre signalement {fault} : c'est le ticket {ticket}.",
        .faultFiledLink:
            "Le support informatique a bien reçu votre signalement {fault} : c'est le ticket {ticket} ({url}).",
        .faultDeliveryFailed:
            "Malheureusement, je n'ai pas pu transmettre {fault} au support informatique. Les admins sont prévenus et vont assurer le suivi.",
        .adminDeliveryFailed:
            "Échec de l'envoi du ticket pour {fault}, signalé par {name} ({category}, route {route}) : {reason}. L'incident est conservé ; corrigez la route et signalez-le à nouveau, ou créez le ticket à la main.",
        .faultFixed: "Bonne nouvelle : l'incident que vous avez signalé sous {fault} est marqué comme résolu.",
        .faultFixedTicket:
            "Bonne nouvelle : l'incident que vous avez signalé sous {fault} (ticket {ticket}) est marqué comme résolu.",
        .shortlistNobody:
            "Pour l'instant, aucune des personnes qui s'y connaissent en {tags} ne peut prendre de nouvelle demande. Je l'ai quand même enregistrée comme demande {request} : ça montre au hub où il doit se renforcer. Réessayez plus tard, ou formulez-la autrement.",
        .shortlistExact: "Demande {request} ({tags}) : ces personnes s'y connaissent.",
        .shortlistClose:
            "Demande {request} ({tags}) : personne ne propose exactement ça, mais ces personnes s'y connaissent dans un domaine proche.",
        .shortlistLine: "{number}. {name} — {reasons} ; {status}",
        .shortlistPickNobodyFree:
            "Personne n'est disponible pour l'instant ; répondez « n'importe qui » et je demanderai dès que quelqu'un le sera, ou `!cancel {request}` pour annuler.",
        .shortlistPick:
            "Répondez par un numéro ou un nom pour solliciter l'une de ces personnes, ou « n'importe qui » et je demanderai aux premières personnes disponibles.",
        .reasonShares: "s'y connaît en {tags}",
        .reasonNeighbour: "un sujet voisin",
        .statusFree: "disponible",
        .statusBusy: "occupé",
        .statusBusyUntil: "occupé jusqu'à {time}",
        .statusOutsideHours: "en dehors de ses horaires",
        .offerChosenUnavailable:
            "{name} ne peut pas prendre de demande pour l'instant, je vais donc demander à quelqu'un d'autre.",
        .offer:
            "Bonjour {name} ! {requester} cherche quelqu'un qui s'y connaît en {tags} (demande {request}) :\n{question}\nRépondez `!accept {request}` pour la prendre ou `!decline {request}` pour passer votre tour.",
        .offerReact:
            "Bonjour {name} ! {requester} cherche quelqu'un qui s'y connaît en {tags} (demande {request}) :\n{question}\nRépondez `!accept {request}` pour la prendre ou `!decline {request}` pour passer votre tour, ou réagissez avec ✅ ou ❌.",
        .offerDeadline: "La proposition reste ouverte jusqu'à {time}.",
        .offerTakenBy: "La demande {request} n'est plus ouverte : {name} l'a prise. Merci d'y avoir jeté un œil !",
        .offerWithdrawnBy:
            "La demande {request} n'est plus ouverte : {name} l'a retirée. Merci d'y avoir jeté un œil !",
        .offerMovedOn:
            "La demande {request} n'est plus ouverte : faute de réponse à temps, elle est passée à quelqu'un d'autre. Pas de souci, merci d'y avoir jeté un œil !",
        .offerTooLate:
            "Merci, {name} ! {winner} a pris la demande {request} juste avant vous, il n'y a donc plus rien à faire.",
        .offerTooLateSomeone:
            "Merci, {name} ! Quelqu'un a pris la demande {request} juste avant vous, il n'y a donc plus rien à faire.",
        .requestUnmet:
            "Malheureusement, {name}, personne n'a pu prendre la demande {request} pour l'instant. Je l'ai notée pour que le hub sache où il manque des gens ; réessayez plus tard, ou formulez-la autrement.",
        .ratingAsk:
            "Comment s'est passé votre échange avec {name} au sujet de la demande {request} ? Répondez de 1 à 5 ou par 👍/👎, avec un commentaire si vous voulez. Ça aide le hub, et ça reste entre nous.",
        .ratingThanksHelper: "Merci d'avoir aidé {name} pour la demande {request} ! 🙌",
        .offersAskedOne:
            "{count, plural, one {J'ai proposé la demande {request} à {names} ; je vous préviens dès que j'ai une réponse.} other {J'ai proposé la demande {request} à {names} ; je vous mettrai en contact avec la première personne qui accepte.}}",
        .offersDeclined: "{name} ne peut pas prendre votre demande pour l'instant.",
        .offersTimedOut: "Personne n'a répondu à temps, j'essaie donc avec d'autres personnes.",
        .requestWithdrawn: "La demande {request} est retirée. Vous pouvez en faire une nouvelle à tout moment.",
        .introByNameColleague:
            "Bonne nouvelle : {name} a accepté la demande {request} ! Écrivez-lui directement (/msg {name}) ; votre question lui a été transmise.",
        .introByNameSpecialist:
            "Merci, {name} ! La demande {request} est pour vous. {requester} a demandé : {question}. Écrivez directement à {requester} (/msg {requester}). Dites-moi `!done {request}` quand vous aurez terminé.",
        .introRoomName: "HubBot {request} : {summary}",
        .introRoomTopic: "{requester} et {name} — mise en relation par HubBot ({tags})",
        .introRoomFirst:
            "{requester} a demandé : {question}\n{name} a proposé son aide. À vous deux ! Quand vous aurez terminé, l'un ou l'autre peut me dire `!done {request}`.",
        .introRoomColleague:
            "Bonne nouvelle : {name} a accepté la demande {request} ! Une invitation dans un nouveau salon, « {room} », vous attend, vous et {name}.",
        .introRoomSpecialist:
            "Merci, {name} ! La demande {request} est pour vous : une invitation dans un nouveau salon vous attend, vous et {requester}. Dites-moi `!done {request}` quand vous aurez terminé.",
        .fallbackPost:
            "Quelqu'un peut aider ? {name} a posé une question sur {tags} (demande {request}), mais personne n'était disponible : {question}. Si vous pouvez, écrivez-lui directement.",
        .rateNotYours: "Vous ne pouvez noter que vos propres demandes ; `!status` les liste.",
        .rateNotFinished:
            "La demande {request} n'est pas encore terminée ; je vous demanderai une note quand elle le sera.",
        .rateThanksGood: "Merci ! Ça fait plaisir de savoir que {name} a pu vous aider. 🙂",
        .rateThanks: "Merci pour votre retour. Ça aide le hub à s'améliorer.",
        .recipientAway:
            "{name} n'est pas en ligne pour l'instant ; mon message concernant la demande {request} attendra son retour.",
        .meetInvited: "Je vous ai envoyé une invitation pour {room}, si vous préférez vous y retrouver.",
        .meetInvitedWith:
            "Je vous ai envoyé une invitation pour {room}, où vous pourrez discuter avec {name}, si vous préférez vous y retrouver.",
        .adminInviteFailed:
            "Je n'ai pas pu inviter {name} sur {room} : {reason}. HubBot doit pouvoir rejoindre ce canal et y inviter des gens (irc.meet_in).",
        .reasonTalkedBefore: "vous avez déjà échangé (note {rating})",
        .reasonNewToYou: "vous n'avez jamais échangé",
        .quoteWhole: "{quote}",
        .quoteShortenedLink: "{quote} (raccourci ; message complet : {url})",
        .quoteShortened: "{quote} (raccourci ; l'original fait {count} caractères)",
        .adminUndelivered:
            "Un message pour {room} n'a pas pu être remis et a été abandonné : {reason}. Il commençait par : {beginning}",
        .adminUndeliveredDirect:
            "Un message pour {room} (la discussion directe avec {name}) n'a pas pu être remis et a été abandonné : {reason}. Il commençait par : {beginning}",
        .welcome:
            "Bonjour {name} ! Je suis HubBot, la porte d'entrée du hub informatique. Dites-moi en une phrase sur quoi vous travaillez ou quelle question vous vous posez, et je trouverai des collègues qui s'y connaissent. Si quelque chose ne marche pas (un mot de passe, une imprimante, le VPN…), dites-le-moi aussi et je le transmettrai au support informatique. `!help` présente tout le reste.",
        .encryptedUnreadable:
            "Je ne peux pas lire les messages chiffrés ici : {reason}. Prévenez un admin, s'il vous plaît, ou écrivez-moi dans un salon sans chiffrement.",
        .undecryptable:
            "{name}, je n'ai pas pu lire l'un de vos messages chiffrés ici : la clé pour le déchiffrer n'est jamais arrivée sur mon appareil (je l'ai demandée à votre application). Merci de le renvoyer ; si cela se reproduit, votre application a peut-être bloqué mon appareil.",
        .adminOnly: "`!{command}` est réservé aux admins (hub.admins dans la config) ; demandez à l'un d'eux.",
        .notChanged: "Modification refusée : {problem}",
        .tagHolders:
            "#{tag} figure parmi les sujets de {count, plural, one {# spécialiste} other {# spécialistes}} ({names}). Le tag reste dans les profils concernés, mais ne correspond plus à rien une fois supprimé. Pour le supprimer quand même, écrivez `!tag remove #{tag} confirm`.",
        .tagExists:
            "#{tag} existe déjà ; `!tag alias #{tag} …` ajoute un mot-clé, `!tag describe #{tag} …` change sa description",
        .tagMissing: "il n'y a pas de tag #{tag}",
        .tagMissingNear: "il n'y a pas de tag #{tag} (vouliez-vous dire #{near} ?)",
        .tagDoneAddInterest: "C'est fait : #{tag} est ajouté. {message}",
        .tagDoneAddKeyword: "C'est fait : #{tag} a maintenant le mot-clé « {keyword} ». {message}",
        .tagDoneDescribe: "C'est fait : #{tag} a une nouvelle description. {message}",
        .tagDoneRemove: "C'est fait : #{tag} est supprimé. {message}",
        .tagNotChanged: "Modification refusée : {change}. {message}",
        .interestsNone: "aucun",
        .specialistInterestsSet: "C'est fait. Sujets de {name} ({id}) : {interests}.",
        .specialistInterestsTold:
            "{admin}, admin du hub, a défini vos sujets : {interests}. `!interests` les affiche ; dites-le à {admin} si ce n'est pas correct.",
        .specialistNoInterests:
            "{name} ne propose encore aucun sujet ; définissez-les d'abord, par ex. `!specialist set {id} interests #{tag}`",
        .specialistCapacitySet:
            "C'est fait. {name} ({id}) prend désormais au plus {count, plural, one {# conversation en cours} other {# conversations en cours}} à la fois.",
        .specialistCapacityTold:
            "{admin}, admin du hub, a réglé votre capacité : je vous limiterai à {count, plural, one {# conversation en cours} other {# conversations en cours}} à la fois. `!capacity <n>` la modifie.",
        .personNoAccount: "il n'y a pas de compte {who} (le serveur d'accueil ne le connaît pas)",
        .personUnknown: "je ne connais personne du nom de {who} ; écrivez son identifiant, par ex. @bob:example.org",
        .personAmbiguous: "{who} correspond à plusieurs comptes ({ids}) ; écrivez l'identifiant",
        .unknownTag: "Je ne connais pas #{tag}.",
        .unknownTagNear: "Je ne connais pas #{tag} (vouliez-vous dire #{near} ?).",
        .unknownTagsMore: "… et {count} autres que je ne connais pas.",
        .auditNone: "Aucune modification admin pour l'instant.",
        .auditHeading:
            "{count, plural, one {La dernière modification admin :} other {Les # dernières modifications admin, les plus récentes d'abord :}}",
        .auditLine: "• {line}",
        .noOpenRequests: "Vous n'avez aucune demande en cours.",
        .rateWhich: "Quelle demande ? Écrivez `!rate <request> <1-5>` ; `!status` liste les vôtres.",
        .profileFree: "Statut : disponible. Je peux de nouveau vous proposer des demandes.",
        .profileBusy:
            "Statut : occupé. Vous restez visible pour les collègues, mais je ne vous proposerai pas de demandes. `!free` y met fin.",
        .profileBusyUntil:
            "Statut : occupé jusqu'à {time}. Vous restez visible pour les collègues, mais je ne vous proposerai pas de demandes. `!free` y met fin.",
        .profileAway:
            "Statut : absent. Je ne vous afficherai plus dans les listes et ne vous proposerai pas de demandes. `!free` y met fin.",
        .profileAwayUntil:
            "Statut : absent jusqu'à {time}. Je ne vous afficherai plus dans les listes et ne vous proposerai pas de demandes. `!free` y met fin.",
        .profileCapacity:
            "Je vous limiterai à {count, plural, one {# conversation en cours} other {# conversations en cours}} à la fois.",
        .profileHours: "Je vous proposerai des demandes de {start} à {end} {zone}, {days}.",
        .profileHoursAny: "Je vous proposerai des demandes à toute heure de la journée.",
        .reloading: "Je relis la configuration des tags ; je vous dis ensuite comment ça s'est passé.",
        .explainReport: "{report}",
        .unknownCommand: "Je ne connais pas `!{name}`. `!help` liste ce que je sais faire.",
        .unknownCommandNear:
            "Je ne connais pas `!{name}`. Vouliez-vous dire `!{near}` ? `!help` liste ce que je sais faire.",
        .malformedCommand: "`!{name}` : {problem}.",
        .statusEmpty:
            "Vous n'avez aucune demande en cours. Décrivez en une phrase ce dont vous avez besoin et je trouverai quelqu'un.",
        .statusChoosing: "en attente de votre choix",
        .statusClarifying: "en attente de précisions de votre part",
        .statusLooking: "recherche en cours",
        .statusAsked: "proposée à {names}",
        .statusTalking: "en discussion avec {name}",
        .statusOpen: "ouverte",
        .statusLine: "• {request} : {summary} {tags} — {state}",
        .statusHeading: "Vos demandes en cours :",
        .statusFooter: "`!cancel <number>` en retire une.",
        .answeredPrivately: "Je vous ai envoyé la réponse en message privé.",
        .cancelNotYours: "La demande {request} ne fait pas partie de vos demandes ; `!status` liste les vôtres.",
        .cancelClosed: "La demande {request} est déjà close.",
        .noOpenOffers: "Vous n'avez aucune proposition en attente pour l'instant.",
        .severalOffers:
            "Vous avez plusieurs propositions en attente ({requests}) ; précisez laquelle, par ex. `!accept {first}`.",
        .noConversations: "Vous n'avez aucune conversation en cours.",
        .whichConversation: "Laquelle ? Vous avez les demandes {requests} en cours ; par ex. `!done {first}`.",
        .noSuchOffer: "Il n'y a pas de proposition {request} pour vous ; `!mine` liste vos propositions en attente.",
        .alreadyTaken: "Vous avez déjà pris la demande {request}.",
        .acceptWithdrawn:
            "La demande {request} a été retirée par {name}, il n'y a donc plus rien à accepter. Merci quand même !",
        .acceptNoLonger: "La demande {request} ne vous est plus proposée ; `!mine` liste vos propositions en attente.",
        .acceptNotOffered:
            "La demande {request} ne vous a pas été proposée ; `!mine` liste vos propositions en attente.",
        .declineNoOffer: "Vous n'avez pas de proposition en attente pour la demande {request}.",
        .declineNotePassed:
            "{name} a passé son tour pour la demande {request} et m'a demandé de vous transmettre : {note}",
        .declineNoteSent: "OK, je passe la demande {request} à quelqu'un d'autre et j'ai transmis votre mot à {name}.",
        .declined: "OK, je passe la demande {request} à quelqu'un d'autre. Merci de me l'avoir dit !",
        .declinedReasonKept:
            "OK, je passe la demande {request} à quelqu'un d'autre. Merci de me l'avoir dit ! Votre motif reste entre nous ; `!decline {request} tell: …` transmet un mot.",
        .doneNotYours: "La demande {request} ne fait pas partie de vos conversations ; `!mine` liste les vôtres.",
        .doneNotTaken: "Personne n'a encore pris la demande {request} ; `!cancel {request}` la retire.",
        .doneClosed: "La demande {request} est close. Merci !",
        .mineOffer:
            "• proposition {request} de {name} {tags} : {summary} — `!accept {request}` ou `!decline {request}`",
        .mineConversation: "• {request} avec {name} : {summary} — `!done {request}` une fois terminé",
        .mineNone: "Vous n'avez aucune proposition ni conversation en cours.",
        .mineOffers: "Propositions en attente :",
        .mineConversations: "Conversations :",
        .profileNoInterests:
            "Vous ne proposez encore aucun sujet. Ajoutez-en avec `!interests add #tag:strength …` (niveau 1 = curiosité, 2 = expérience, 3 = expertise), par ex. `!interests add #statistics:3 #r`. Parmi les tags : {examples} et {count} autres.",
        .profileAvailabilityFree: "disponible",
        .profileAvailabilityBusy: "occupé",
        .profileAvailabilityBusyUntil: "occupé jusqu'à {time}",
        .profileAvailabilityAway: "absent",
        .profileAvailabilityAwayUntil: "absent jusqu'à {time}",
        .profileHoursText: "{start}–{end} {zone}, {days}",
        .profileAnyTime: "à toute heure",
        .profileShow:
            "Vos sujets : {interests}.\nAu plus {count, plural, one {# conversation} other {# conversations}} à la fois ; statut : {availability} ; horaires : {hours}.",
        .interestsThanks: "Merci !",
        .interestsNow: "Vous proposez désormais : {interests}.",
        .interestsShowHint: "`!interests` affiche ce que vous proposez.",
        .interestsNoneYet: "Vous ne proposez encore aucun sujet.",
        .interestsNotOffered: "Ceux-là ne figuraient pas dans vos sujets.",
        .interestsRemoved: "J'ai retiré {tags}.",
        .interestsNoneLeft: "Vous ne proposez plus aucun sujet.",
        .interestsLeft: "Vous proposez toujours : {tags}.",
        .specialistsOnly:
            "C'est réservé aux spécialistes : indiquez d'abord ce que vous proposez, par ex. `!interests add #statistics:3 #r`.",
        .usageAsk: "écrivez votre question après !ask",
        .usageBusy: "écrivez `!busy`, `!busy until 14:00` ou `!busy for 2h`",
        .usageAway: "écrivez `!away`, `!away until 09:00` ou `!away for 3d`",
        .usageCapacity: "écrivez un nombre de 0 à 50, par ex. `!capacity 2`",
        .usageExplain: "écrivez la phrase après !explain",
        .usageStats: "écrivez `!stats` (les 7 derniers jours) ou une période, par ex. `!stats 30d`",
        .usageRetag: "écrivez la demande et son vrai tag, par ex. `!retag 12 #python`",
        .usageNumber: "écrivez le numéro de la demande, par ex. `!{command} 12`",
        .usageRate: "écrivez `!rate <request> <1-5> [comment]`, par ex. `!rate 12 5 thanks!`",
        .usageInterestsAdd: "indiquez les tags à ajouter, par ex. `!interests add #statistics:3 #r`",
        .usageInterestsRemove: "indiquez les tags à retirer, par ex. `!interests remove #r`",
        .usageInterests: "écrivez `!interests`, `!interests add #tag:3 …` ou `!interests remove #tag …`",
        .usageHours: "écrivez `!hours 09:00-17:00 [time zone] [mon-fri]`, ou `!hours off`",
        .usageHoursWord: "`{word}` n'est ni un fuseau horaire (comme Europe/Paris) ni des jours (comme mon-fri)",
        .usageTag:
            "écrivez `!tag add #name \"description\" keyword, keyword …`, `!tag alias #name word or phrase`, `!tag describe #name new description` ou `!tag remove #name` ; `!help tag` donne des exemples",
        .usageTagQuotes:
            "mettez la description entre guillemets, puis les mots-clés séparés par des virgules, par ex. `!tag add #{tag} \"What it is about.\" keyword, another phrase`",
        .usageTagKeywords:
            "après la description, listez les mots et expressions qui renvoient à #{tag}, séparés par des virgules",
        .usageTagAlias: "écrivez le mot ou l'expression après le tag, par ex. `!tag alias #{tag} qubit`",
        .usageTagDescribe: "écrivez la nouvelle description après le tag",
        .usageTagRemove: "écrivez `!tag remove #{tag}`, puis `confirm` si je vous le demande",
        .usageSpecialist:
            "écrivez `!specialist set <person> interests #tag[:strength] …` ou `!specialist set <person> capacity <n>`",
        .usageSpecialistTags: "indiquez les tags, par ex. `!specialist set {person} interests #r:3`, ou `none`",
        .usageSpecialistCapacity: "la capacité est un nombre de 0 à 50",
        .usageAudit: "écrivez `!audit` (les 10 dernières modifications) ou un nombre jusqu'à 200, par ex. `!audit 25`",
        .usageExamplesRemove: "écrivez `!examples remove 3` ; `!examples` les liste",
        .usageExamples: "écrivez `!examples` (les 10 derniers), un nombre jusqu'à 200, ou `!examples remove 3`",
        .usageStrength: "le niveau vaut 1, 2 ou 3, par ex. `#{tag}:3`",
        .usageLanguage: "écrivez `!language`, `!language de` (en, de, fr, es, nl) ou `!language auto`",
        .retagNotOffered:
            "La demande {request} ne vous a pas été proposée, je ne peux donc pas me fier à votre avis sur son tag.",
        .retagThanks:
            "Merci ! Désormais, je classerai les demandes semblables à la demande {request} sous #{tag} (les admins le voient dans `!examples`).",
        .examplesNone:
            "Je n'ai encore appris aucune phrase. Quand quelqu'un choisit l'une de mes suggestions, sa phrase devient un exemple de ce tag.",
        .examplesHeading:
            "{count, plural, one {# phrase apprise} other {# phrases apprises}} ; les {shown} dernières, les plus récentes d'abord (`!examples remove <n>` en oublie une) :",
        .examplesLine: "• {line}",
        .examplesNoSuch: "Il n'y a pas d'exemple appris {id} ; `!examples` les liste.",
        .examplesForgotten: "Oublié : {line}. Je ne m'en sers plus pour classer les phrases.",
        .adminImported: "Spécialistes importés depuis {source} par {admin} : {summary}.",
        .adminSynced: "Spécialistes synchronisés depuis {source} par {admin} : {summary}.",
        .directoryGained: "vous proposez désormais {interests}",
        .directoryLost:
            "{count, plural, one {{tags} ne figure plus parmi vos sujets} other {{tags} ne figurent plus parmi vos sujets}}",
        .directoryNotice:
            "Bonjour {name} ! L'annuaire {directory} (synchronisé par {admin}) a modifié votre profil de spécialiste : {changes}. {left} Ce que vous ajoutez ou retirez vous-même avec `!interests` reste tel quel ; `!away` met les propositions en pause.",
        .interestsOfferNow: "Vous proposez : {interests}.",
        .importNotice:
            "Bonjour {name} ! Les admins du hub ({admin}) ont créé votre profil de spécialiste : {profile}. Les questions de collègues qui correspondent pourront désormais vous être proposées ; c'est vous qui choisissez ce que vous prenez. `!interests`, `!capacity <n>` et `!hours` affichent et modifient tout cela, `!away` met les propositions en pause.",
        .importNoInterests: "aucun sujet pour l'instant",
        .importInterests: "les sujets {interests}",
        .importCapacity:
            "au plus {count, plural, one {# conversation en cours} other {# conversations en cours}} à la fois",
        .importHours: "propositions uniquement de {start} à {end}, {days} ({zone})",
        .listSeparator: "; ",
        .listComma: ", ",
        .helpAsk: "demander au hub qui s'y connaît en quelque chose",
        .helpStatus: "vos demandes en cours",
        .helpCancel: "retirer une demande (la dernière si pas de numéro)",
        .helpRate: "dire comment s'est passé un échange",
        .helpInterests: "voir ou modifier ce que vous proposez, niveau 1–3",
        .helpFree: "redevenir disponible pour des demandes",
        .helpBusy: "visible dans les listes, mais sans propositions",
        .helpAway: "hors des listes et sans propositions",
        .helpCapacity: "le nombre maximal de conversations en cours à la fois",
        .helpHours: "quand on peut vous proposer des demandes",
        .helpAccept: "prendre une demande qui vous est proposée (ou réagir ✅)",
        .helpDecline:
            "passer votre tour (ou réagir ❌) ; un motif reste chez HubBot, `tell:` transmet un mot à la personne qui a demandé",
        .helpMine: "vos propositions et conversations en cours",
        .helpDone: "clore une conversation",
        .helpHelp: "cette liste, ou le détail d'une commande",
        .helpExplain: "la décision, ses justifications et les personnes envisagées",
        .helpReload: "relire la configuration des tags (refusée si elle est invalide)",
        .helpStats: "comment le hub a aidé récemment, sans noms",
        .helpTag:
            "modifier le fichier des tags depuis le chat (vérifié comme une édition du fichier, enregistré, journalisé)",
        .helpSpecialist: "définir les sujets ou la capacité de quelqu'un d'autre",
        .helpAudit: "les dernières modifications admin (10 par défaut), acceptées ou refusées",
        .helpRetag: "le vrai tag d'une demande qui vous a été proposée ; je classerai ensuite ce genre de phrase ainsi",
        .helpExamples: "les phrases que HubBot a apprises des réponses des collègues (10 par défaut) ; en oublier une",
        .helpLanguage: "la langue dans laquelle je vous parle : en, de, fr, es, nl, ou auto (celle de vos messages)",
        .helpIntro:
            "Décrivez en une phrase ce sur quoi vous travaillez et je trouverai des collègues qui s'y connaissent ; si quelque chose ne marche pas, je le transmettrai au support informatique. Commandes :",
        .helpLine: "`{usage}` — {summary}",
        .helpSpecialistHeading: "Pour les spécialistes :",
        .helpAdminHeading: "Pour les admins :",
        .helpFooter: "`!help <command>` montre un exemple.",
        .helpFooterSpecialists:
            "`!help <command>` montre un exemple ; `!interests add #tag` vous inscrit comme spécialiste.",
        .helpNoCommand: "Je n'ai pas de commande `!{topic}`.",
        .helpNoCommandNear: "Je n'ai pas de commande `!{topic}`. Vouliez-vous dire `!help {near}` ?",
        .helpCommand: "`{usage}` : {summary}.\nExemple : `{example}`",
        .helpMoreTagAlias: "`!tag alias #quantum-computing quantum annealing` ajoute un mot-clé ou une expression",
        .helpMoreTagDescribe:
            "`!tag describe #quantum-computing Qubits, quantum algorithms and what they are good for.` remplace la description",
        .helpMoreTagRemove:
            "`!tag remove #quantum-computing` le supprime ; si des personnes l'ont dans leurs sujets, j'indique combien et je demande `!tag remove #quantum-computing confirm`",
        .helpMoreTagChecked:
            "Chaque modification est vérifiée comme une édition du fichier des tags (si elle échoue, elle est refusée avec la liste des problèmes), réécrite dans le fichier et listée dans `!audit`.",
        .helpMoreSpecialistCapacity:
            "`!specialist set @bob:example.org capacity 2` règle le nombre de conversations que Bob prend à la fois",
        .helpMoreSpecialistNone:
            "`!specialist set Bob interests none` les efface (un nom que HubBot connaît marche aussi) ; Bob est prévenu",
        .languageShow:
            "Avec vous, je parle {language} ({how}). `!language de` (en, de, fr, es, nl) change la langue ; `!language auto` suit celle de vos messages.",
        .languageHowChosen: "votre choix",
        .languageHowWritten: "d'après vos messages",
        .languageHowDefault: "la langue du hub",
        .languageSet: "Désormais, je parlerai {language} avec vous. `!language auto` suit la langue de vos messages.",
        .languageAuto: "Je parlerai la langue dans laquelle vous écrivez ({language} pour l'instant).",
        .configReloaded: "Configuration rechargée : {message}",
        .configNotReloaded: "Configuration NON rechargée, l'ancienne reste en service : {message}",
        .followUpAsk:
            "Avez-vous pu échanger avec {name} au sujet de la demande {request} ? Si c'est terminé, `!done {request}` la clôture et je vous demanderai comment ça s'est passé. Si vous n'avez pas encore pris contact, écrivez simplement à {name}.",
        .digestHeading: "🌱 La semaine du hub, du {from} au {to}",
        .digestHelped:
            "• {people, plural, one {# collègue a trouvé} other {# collègues ont trouvé}} quelqu'un à qui parler, et {specialists, plural, one {# spécialiste a donné} other {# spécialistes ont donné}} un coup de main. Merci à toutes et à tous !",
        .digestNoneFound:
            "• {count, plural, one {# demande est arrivée, mais elle n'a pas encore trouvé preneur.} other {# demandes sont arrivées, mais aucune n'a encore trouvé preneur.}}",
        .digestQuiet:
            "• Une semaine calme : aucune demande adressée aux spécialistes. En quoi le hub pourrait-il vous être utile la prochaine fois ?",
        .digestRatings:
            "• {count, plural, one {# remerciement est revenu sous forme de note} other {# remerciements sont revenus sous forme de notes}}, {average} sur 5 en moyenne.",
        .digestRatingsWords:
            "• {count, plural, one {# remerciement est revenu sous forme de note} other {# remerciements sont revenus sous forme de notes}}, {average} sur 5 en moyenne, dont {words} avec un mot gentil.",
        .digestSpeed:
            "• La moitié de celles et ceux qui ont trouvé quelqu'un ont eu une réponse humaine en {duration} maximum.",
        .digestNewInterests: "• Nouveaux sujets proposés : {tags}.",
        .digestGaps: "• Le hub pourrait se développer ici : {gaps}. Vous vous y connaissez ? `!interests add`",
        .digestGapNobody: "#{tag} (demandé {count} fois, personne ne le propose encore)",
        .digestGapBusy: "#{tag} (demandé {count} fois, personne n'était disponible)",
        .digestFaults:
            "• Le support informatique a reçu {count, plural, one {# incident} other {# incidents}} à examiner.",
        .digestFaultsSpeed:
            "• Le support informatique a reçu {count, plural, one {# incident} other {# incidents}} à examiner ; délai médian d'ouverture des tickets : {duration}.",
        .statsHeading: "Chiffres du hub, {from} – {to} UTC :",
        .statsRequests:
            "• Demandes : {total}{tags} ; {found} avec spécialiste{share}, {unmet} sans spécialiste, {open} en cours",
        .statsFirstHuman: "• Délai avant la première réponse humaine : {spread}",
        .statsRatings: "• Notes : {count}",
        .statsRatingsAverage: "• Notes : {count}, moyenne {average}/5",
        .statsFaults: "• Incidents : {count}{categories} ; délai avant ticket : {spread}",
        .statsUnmet: "• Besoins non couverts : {gaps}",
        .statsUnmetNone: "• Besoins non couverts : aucun",
        .statsNewInterests: "• Nouveaux sujets : {tags}",
        .statsFooter: "`hubbot report` fournit le rapport complet (markdown, csv ou json).",
        .statsSpread: "médiane {median}, p90 {p90}",
        .statsNoFigures: "pas encore de chiffres",
    ]
}

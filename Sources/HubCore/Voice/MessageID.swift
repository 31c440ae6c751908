/// Every message HubBot says, by id. The id names the message in `Config/messages.<lang>.yaml`
/// and in `hubbot messages export`; ``english`` is the wording every other language translates.
public enum MessageID: String, Sendable, Hashable, Codable, CaseIterable {
    /// A colleague's sentence looks like a fault, but HubBot is not sure; a numbered list follows with the fault as 1.
    case faultConfirm = "fault.confirm"
    /// As fault.confirm, when other guesses (interests) follow in the list.
    case faultConfirmOrPick = "fault.confirm_or_pick"
    /// A request for specialists whose topic HubBot could not tell; a numbered list of guesses follows.
    case triageWhichField = "triage.which_field"
    /// HubBot cannot tell a request from a fault; a numbered list follows.
    case triageHubOrFault = "triage.hub_or_fault"
    /// A request with more than one likely topic; a numbered list follows.
    case triageWhichFits = "triage.which_fits"
    /// A vague message with some guesses; a numbered list follows.
    case triageNotUnderstood = "triage.not_understood"
    /// The first vague message from a person (hello, a question with no topic).
    case greeting = "greeting.first"
    /// A later vague message from the same person: not the greeting again. {examples} is a list of hashtags.
    case greetingAgain = "greeting.again"
    /// One line of a numbered list of guesses: a fault category, with its description as a clause.
    case guessFault = "guess.fault"
    /// One line of a numbered list of guesses: an interest with its description as a clause.
    case guessInterest = "guess.interest"
    /// One line of a numbered list of guesses: an interest without description.
    case guessInterestBare = "guess.interest_bare"
    /// Below the numbered guesses.
    case guessPrompt = "guess.prompt"
    /// A fault when no ticket system is configured. {fault} is an id such as fault-12-abcd.
    case faultRecordedOnly = "fault.recorded_only"
    /// To the admins' room, once.
    case adminNoTicketRoutes = "admin.no_ticket_routes"
    /// A second report of the same fault.
    case faultGrouped = "fault.grouped"
    /// A second report of the same fault that already has a ticket.
    case faultGroupedTicket = "fault.grouped_ticket"
    /// A fault handed to the ticket system.
    case faultPassedOn = "fault.passed_on"
    /// The ticket system took the fault.
    case faultFiled = "fault.filed"
    /// The ticket system took the fault, with a link.
    case faultFiledLink = "fault.filed_link"
    /// The ticket system refused the fault for good.
    case faultDeliveryFailed = "fault.delivery_failed"
    /// To the admins' room.
    case adminDeliveryFailed = "admin.delivery_failed"
    /// The ticket was closed.
    case faultFixed = "fault.fixed"
    /// The ticket was closed.
    case faultFixedTicket = "fault.fixed_ticket"
    /// No specialist fits or is free. {tags} is a list of hashtags.
    case shortlistNobody = "shortlist.nobody"
    /// Above the numbered list of specialists.
    case shortlistExact = "shortlist.heading"
    /// Above the numbered list, when everyone only has a neighbouring interest.
    case shortlistClose = "shortlist.heading_close"
    /// One specialist in the list; {reasons} and {status} are phrases.
    case shortlistLine = "shortlist.line"
    /// Below the list when nobody listed is free.
    case shortlistPickNobodyFree = "shortlist.pick_nobody_free"
    /// Below the list.
    case shortlistPick = "shortlist.pick"
    /// Why a specialist is listed: the hashtags they share with the request.
    case reasonShares = "reason.shares"
    /// Why a specialist is listed.
    case reasonNeighbour = "reason.neighbour"
    /// A specialist's availability in the shortlist.
    case statusFree = "status.free"
    /// A specialist's availability.
    case statusBusy = "status.busy"
    /// A specialist's availability; {time} like Fri 17:00 CET.
    case statusBusyUntil = "status.busy_until"
    /// A specialist's availability.
    case statusOutsideHours = "status.outside_hours"
    /// The colleague picked someone who is not free.
    case offerChosenUnavailable = "offer.chosen_unavailable"
    /// An offer to a specialist, in their direct chat. {question} is the colleague's words, quoted as written.
    case offer = "offer.sent"
    /// As offer.sent, on networks with reactions.
    case offerReact = "offer.sent_react"
    /// Appended to an offer.
    case offerDeadline = "offer.deadline"
    /// To a specialist whose offer ended.
    case offerTakenBy = "offer.closed_taken"
    /// To a specialist whose offer ended.
    case offerWithdrawnBy = "offer.closed_withdrawn"
    /// To a specialist who did not answer in time.
    case offerMovedOn = "offer.closed_expired"
    /// A specialist accepted after someone else.
    case offerTooLate = "offer.too_late"
    /// As offer.too_late when the other person is unknown.
    case offerTooLateSomeone = "offer.too_late_someone"
    /// Nobody accepted.
    case requestUnmet = "request.unmet"
    /// After !done, to the colleague.
    case ratingAsk = "rating.ask"
    /// After !done, to the specialist.
    case ratingThanksHelper = "rating.thanks_helper"
    /// To the colleague; {names} is a list of names, {count} how many were asked.
    case offersAskedOne = "offers.asked"
    /// Before offers.asked when someone declined.
    case offersDeclined = "offers.declined"
    /// Before offers.asked after a timeout.
    case offersTimedOut = "offers.timed_out"
    /// The colleague cancelled.
    case requestWithdrawn = "request.withdrawn"
    /// IRC: to the colleague.
    case introByNameColleague = "intro.by_name_colleague"
    /// IRC: to the specialist.
    case introByNameSpecialist = "intro.by_name_specialist"
    /// The name of the new room for the two.
    case introRoomName = "intro.room_name"
    /// The topic of the new room.
    case introRoomTopic = "intro.room_topic"
    /// HubBot's first message in the new room.
    case introRoomFirst = "intro.room_first"
    /// Matrix: to the colleague.
    case introRoomColleague = "intro.room_colleague"
    /// Matrix: to the specialist.
    case introRoomSpecialist = "intro.room_specialist"
    /// Posted in the fallback room.
    case fallbackPost = "fallback.post"
    case rateNotYours = "rate.not_yours"
    case rateNotFinished = "rate.not_finished"
    /// A rating of 4 or 5.
    case rateThanksGood = "rate.thanks_good"
    /// A rating of 1 to 3.
    case rateThanks = "rate.thanks"
    /// To the colleague.
    case recipientAway = "offer.recipient_away"
    /// IRC meeting channel.
    case meetInvited = "meet.invited"
    /// IRC meeting channel.
    case meetInvitedWith = "meet.invited_with"
    /// To the admins.
    case adminInviteFailed = "admin.invite_failed"
    /// Why a specialist is listed: the colleague rated them before; {rating} like 4.5.
    case reasonTalkedBefore = "reason.talked_before"
    /// Why a specialist is listed, when the colleague asked for someone new.
    case reasonNewToYou = "reason.new_to_you"
    /// A colleague's question, quoted (only the quotation marks are the language's).
    case quoteWhole = "quote.whole"
    /// A long question, cut, with a link to the whole message.
    case quoteShortenedLink = "quote.shortened_link"
    /// A long question, cut.
    case quoteShortened = "quote.shortened"
    /// To the admins.
    case adminUndelivered = "admin.undelivered"
    /// To the admins.
    case adminUndeliveredDirect = "admin.undelivered_direct"
    /// HubBot's first message when someone opens a direct chat with it.
    case welcome = "welcome.direct"
    /// Once per room.
    case encryptedUnreadable = "room.encrypted_unreadable"
    case undecryptable = "room.undecryptable"
    case adminOnly = "admin.only"
    /// An admin change was refused; {problem} says why.
    case notChanged = "admin.not_changed"
    case tagHolders = "tag.remove_holders"
    /// A problem, said after admin.not_changed.
    case tagExists = "tag.problem_exists"
    /// A problem.
    case tagMissing = "tag.problem_missing"
    /// A problem.
    case tagMissingNear = "tag.problem_missing_near"
    /// {message} is the tag file writer's note.
    case tagDoneAddInterest = "tag.done_add"
    case tagDoneAddKeyword = "tag.done_keyword"
    case tagDoneDescribe = "tag.done_describe"
    case tagDoneRemove = "tag.done_remove"
    /// A tag edit the file check refused; {change} describes the edit.
    case tagNotChanged = "tag.refused"
    /// An empty list of interests.
    case interestsNone = "interests.none"
    /// To the admin.
    case specialistInterestsSet = "specialist.interests_set"
    /// To the specialist.
    case specialistInterestsTold = "specialist.interests_told"
    /// A problem.
    case specialistNoInterests = "specialist.problem_no_interests"
    /// To the admin.
    case specialistCapacitySet = "specialist.capacity_set"
    /// To the specialist.
    case specialistCapacityTold = "specialist.capacity_told"
    /// A problem.
    case personNoAccount = "person.problem_no_account"
    /// A problem.
    case personUnknown = "person.problem_unknown"
    /// A problem; {ids} is a list of ids.
    case personAmbiguous = "person.problem_ambiguous"
    case unknownTag = "tag.unknown"
    case unknownTagNear = "tag.unknown_near"
    /// After five unknown tags.
    case unknownTagsMore = "tag.unknown_more"
    case auditNone = "audit.none"
    /// Above the list of audit lines (kept in English, as recorded).
    case auditHeading = "audit.heading"
    /// One audit line.
    case auditLine = "audit.line"
    case noOpenRequests = "status.no_open_requests"
    case rateWhich = "rate.which"
    /// After !free.
    case profileFree = "profile.free"
    case profileBusy = "profile.busy"
    case profileBusyUntil = "profile.busy_until"
    case profileAway = "profile.away"
    case profileAwayUntil = "profile.away_until"
    case profileCapacity = "profile.capacity"
    /// {days} like Mon–Fri.
    case profileHours = "profile.hours"
    case profileHoursAny = "profile.hours_any"
    case reloading = "admin.reloading"
    /// The answer to !explain (a report, kept in English).
    case explainReport = "admin.explain"
    case unknownCommand = "command.unknown"
    case unknownCommandNear = "command.unknown_near"
    /// {problem} says how to write it.
    case malformedCommand = "command.malformed"
    case statusEmpty = "status.empty"
    /// A request's state in !status.
    case statusChoosing = "status.choosing"
    case statusClarifying = "status.clarifying"
    case statusLooking = "status.looking"
    case statusAsked = "status.asked"
    case statusTalking = "status.talking"
    case statusOpen = "status.open"
    /// One request in !status.
    case statusLine = "status.line"
    case statusHeading = "status.heading"
    case statusFooter = "status.footer"
    /// In a room, when the answer concerns only the person.
    case answeredPrivately = "reply.private"
    case cancelNotYours = "cancel.not_yours"
    case cancelClosed = "cancel.closed"
    case noOpenOffers = "offers.none"
    case severalOffers = "offers.several"
    case noConversations = "conversations.none"
    case whichConversation = "conversations.which"
    case noSuchOffer = "accept.no_offer"
    case alreadyTaken = "accept.already_yours"
    case acceptWithdrawn = "accept.withdrawn"
    case acceptNoLonger = "accept.no_longer"
    case acceptNotOffered = "accept.not_offered"
    case declineNoOffer = "decline.no_offer"
    /// To the colleague: the specialist opted in to pass a note.
    case declineNotePassed = "decline.note_to_colleague"
    case declineNoteSent = "decline.note_sent"
    case declined = "decline.done"
    case declinedReasonKept = "decline.done_reason_kept"
    case doneNotYours = "done.not_yours"
    case doneNotTaken = "done.not_taken"
    case doneClosed = "done.closed"
    case mineOffer = "mine.offer"
    case mineConversation = "mine.conversation"
    case mineNone = "mine.none"
    case mineOffers = "mine.offers_heading"
    case mineConversations = "mine.conversations_heading"
    case profileNoInterests = "profile.no_interests"
    /// A specialist's availability in !interests.
    case profileAvailabilityFree = "profile.state_free"
    case profileAvailabilityBusy = "profile.state_busy"
    case profileAvailabilityBusyUntil = "profile.state_busy_until"
    case profileAvailabilityAway = "profile.state_away"
    case profileAvailabilityAwayUntil = "profile.state_away_until"
    case profileHoursText = "profile.hours_text"
    case profileAnyTime = "profile.any_time"
    case profileShow = "profile.show"
    case interestsThanks = "interests.thanks"
    case interestsNow = "interests.now"
    case interestsShowHint = "interests.show_hint"
    case interestsNoneYet = "interests.none_yet"
    case interestsNotOffered = "interests.not_offered"
    case interestsRemoved = "interests.removed"
    case interestsNoneLeft = "interests.none_left"
    case interestsLeft = "interests.left"
    case specialistsOnly = "profile.specialists_only"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageAsk = "usage.ask"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageBusy = "usage.busy"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageAway = "usage.away"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageCapacity = "usage.capacity"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageExplain = "usage.explain"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageStats = "usage.stats"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageRetag = "usage.retag"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageNumber = "usage.number"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageRate = "usage.rate"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageInterestsAdd = "usage.interests_add"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageInterestsRemove = "usage.interests_remove"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageInterests = "usage.interests"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageHours = "usage.hours"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageHoursWord = "usage.hours_word"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageTag = "usage.tag"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageTagQuotes = "usage.tag_quotes"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageTagKeywords = "usage.tag_keywords"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageTagAlias = "usage.tag_alias"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageTagDescribe = "usage.tag_describe"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageTagRemove = "usage.tag_remove"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageSpecialist = "usage.specialist"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageSpecialistTags = "usage.specialist_tags"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageSpecialistCapacity = "usage.specialist_capacity"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageAudit = "usage.audit"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageExamplesRemove = "usage.examples_remove"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageExamples = "usage.examples"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageStrength = "usage.strength"
    /// How to write a command, after command.malformed (lower case, no full stop).
    case usageLanguage = "usage.language"
    case retagNotOffered = "retag.not_offered"
    case retagThanks = "retag.thanks"
    case examplesNone = "examples.none"
    case examplesHeading = "examples.heading"
    case examplesLine = "examples.line"
    case examplesNoSuch = "examples.no_such"
    case examplesForgotten = "examples.forgotten"
    /// {summary} counts new, changed, unchanged and skipped (kept in English, as audited).
    case adminImported = "admin.imported"
    case adminSynced = "admin.synced"
    /// Part of directory.notice.
    case directoryGained = "directory.gained"
    /// Part of directory.notice.
    case directoryLost = "directory.lost"
    /// {changes} joins directory.gained and directory.lost; {left} is interests.offer_now or interests.none_left.
    case directoryNotice = "directory.notice"
    case interestsOfferNow = "interests.offer_now"
    /// {profile} joins the import.* parts.
    case importNotice = "import.notice"
    case importNoInterests = "import.no_interests"
    case importInterests = "import.interests"
    case importCapacity = "import.capacity"
    case importHours = "import.hours"
    /// Between parts of one sentence (directory.notice's changes).
    case listSeparator = "list.separator"
    /// Between parts of a list (import.notice's profile).
    case listComma = "list.comma"
    /// The one-line summary of `!ask <your question>` in !help.
    case helpAsk = "help.ask"
    /// The one-line summary of `!status` in !help.
    case helpStatus = "help.status"
    /// The one-line summary of `!cancel [request]` in !help.
    case helpCancel = "help.cancel"
    /// The one-line summary of `!rate <request> <1-5> [comment]` in !help.
    case helpRate = "help.rate"
    /// The one-line summary of `!interests [add|remove] [#tag[:strength] …]` in !help.
    case helpInterests = "help.interests"
    /// The one-line summary of `!free` in !help.
    case helpFree = "help.free"
    /// The one-line summary of `!busy [until 14:00 | for 2h]` in !help.
    case helpBusy = "help.busy"
    /// The one-line summary of `!away [until 14:00 | for 2h]` in !help.
    case helpAway = "help.away"
    /// The one-line summary of `!capacity <n>` in !help.
    case helpCapacity = "help.capacity"
    /// The one-line summary of `!hours <09:00-17:00> [time zone] [mon-fri] | !hours off` in !help.
    case helpHours = "help.hours"
    /// The one-line summary of `!accept <request>` in !help.
    case helpAccept = "help.accept"
    /// The one-line summary of `!decline <request> [reason | tell: note]` in !help.
    case helpDecline = "help.decline"
    /// The one-line summary of `!mine` in !help.
    case helpMine = "help.mine"
    /// The one-line summary of `!done <request>` in !help.
    case helpDone = "help.done"
    /// The one-line summary of `!help [command]` in !help.
    case helpHelp = "help.help"
    /// The one-line summary of `!explain <sentence>` in !help.
    case helpExplain = "help.explain"
    /// The one-line summary of `!reload` in !help.
    case helpReload = "help.reload"
    /// The one-line summary of `!stats [7d | 24h | 30m]` in !help.
    case helpStats = "help.stats"
    /// The one-line summary of `!tag add|alias|describe|remove #name …` in !help.
    case helpTag = "help.tag"
    /// The one-line summary of `!specialist set <person> interests #tag[:strength] … | capacity <n>` in !help.
    case helpSpecialist = "help.specialist"
    /// The one-line summary of `!audit [n]` in !help.
    case helpAudit = "help.audit"
    /// The one-line summary of `!retag <request> #tag` in !help.
    case helpRetag = "help.retag"
    /// The one-line summary of `!examples [n] | !examples remove <n>` in !help.
    case helpExamples = "help.examples"
    /// The one-line summary of `!language` in !help.
    case helpLanguage = "help.language"
    /// Above the list of commands in !help.
    case helpIntro = "help.intro"
    /// One command in !help.
    case helpLine = "help.line"
    /// Above the specialists' commands (shown to specialists only).
    case helpSpecialistHeading = "help.specialist_heading"
    /// Above the admins' commands (shown to admins only).
    case helpAdminHeading = "help.admin_heading"
    case helpFooter = "help.footer"
    /// For people who are not specialists yet.
    case helpFooterSpecialists = "help.footer_specialists"
    case helpNoCommand = "help.no_command"
    case helpNoCommandNear = "help.no_command_near"
    /// !help <command>.
    case helpCommand = "help.command"
    case helpMoreTagAlias = "help.more.tag_alias"
    case helpMoreTagDescribe = "help.more.tag_describe"
    case helpMoreTagRemove = "help.more.tag_remove"
    case helpMoreTagChecked = "help.more.tag_checked"
    case helpMoreSpecialistCapacity = "help.more.specialist_capacity"
    case helpMoreSpecialistNone = "help.more.specialist_none"
    /// {language} is the language's own name.
    case languageShow = "language.show"
    case languageHowChosen = "language.how_chosen"
    case languageHowWritten = "language.how_written"
    case languageHowDefault = "language.how_default"
    /// Said in the new language.
    case languageSet = "language.set"
    case languageAuto = "language.auto"
    /// {message} is the loader's note (in English).
    case configReloaded = "admin.config_reloaded"
    /// {message} lists the problems with file:line:column.
    case configNotReloaded = "admin.config_not_reloaded"
    /// A day after an introduction nobody closed, to the colleague, once.
    case followUpAsk = "follow_up.ask"
    /// The weekly digest's first line; dates like 2026-12-01.
    case digestHeading = "digest.heading"
    /// Digest line.
    case digestHelped = "digest.helped"
    /// Digest line.
    case digestNoneFound = "digest.none_found"
    /// Digest line.
    case digestQuiet = "digest.quiet"
    /// Digest line; {average} like 4.6.
    case digestRatings = "digest.ratings"
    /// Digest line.
    case digestRatingsWords = "digest.ratings_words"
    /// Digest line; {duration} like 12 min.
    case digestSpeed = "digest.speed"
    /// Digest line.
    case digestNewInterests = "digest.new_interests"
    /// Digest line; {gaps} joins digest.gap_* with list.comma.
    case digestGaps = "digest.gaps"
    /// Part of digest.gaps.
    case digestGapNobody = "digest.gap_nobody"
    /// Part of digest.gaps.
    case digestGapBusy = "digest.gap_busy"
    /// Digest line.
    case digestFaults = "digest.faults"
    /// Digest line.
    case digestFaultsSpeed = "digest.faults_speed"
    /// First line of !stats (for admins).
    case statsHeading = "stats.heading"
    /// !stats line; {tags} is empty or like ' (#r 3, #python 2)', {share} empty or like ' (62%)'.
    case statsRequests = "stats.requests"
    /// !stats line; {spread} is stats.spread or stats.no_figures.
    case statsFirstHuman = "stats.first_human"
    /// !stats line.
    case statsRatings = "stats.ratings"
    /// !stats line.
    case statsRatingsAverage = "stats.ratings_average"
    /// !stats line; {categories} empty or like ' (printer 3, vpn 1)'.
    case statsFaults = "stats.faults"
    /// !stats line; {gaps} like '#gis 2, #r 1'.
    case statsUnmet = "stats.unmet"
    /// !stats line.
    case statsUnmetNone = "stats.unmet_none"
    /// !stats line.
    case statsNewInterests = "stats.new_interests"
    /// Last line of !stats.
    case statsFooter = "stats.footer"
    /// How long something took; durations like 12 min.
    case statsSpread = "stats.spread"
    /// When nothing was measured.
    case statsNoFigures = "stats.no_figures"
}

extension MessageID {
    /// The English wording: complete, and the reference for placeholders.
    public var english: String {
        switch self {
        case .faultConfirm:
            "That sounds like a fault for IT support. Shall I pass it on? Reply 1 (yes), or tell me more in a sentence."
        case .faultConfirmOrPick:
            "That sounds like a fault for IT support. Shall I pass it on? Reply 1 (yes), or pick another number if it's a question for someone in the hub."
        case .triageWhichField:
            "I'd like to find the right people for this, but I'm not sure which field it is. Is it one of these?"
        case .triageHubOrFault: "Is this a question for someone in the hub, or something broken for IT support?"
        case .triageWhichFits: "I'd like to find the right people for this. Which fits best?"
        case .triageNotUnderstood: "I'm not sure I understood. Is it about one of these?"
        case .greeting:
            "Hi {name}! Tell me in a sentence what you're working on or what's broken, and I'll find someone who knows about it, or pass the fault to IT support. `!help` lists what else I can do."
        case .greetingAgain:
            "A sentence is enough: what you're working on (people here know about {examples}, and more: `!help`), or what's broken (\"the printer on floor 2 jams\")."
        case .guessFault: "{number}. something broken: {description}"
        case .guessInterest: "{number}. #{tag} — {description}"
        case .guessInterestBare: "{number}. #{tag}"
        case .guessPrompt: "Reply with a number, or tell me more in a sentence."
        case .faultRecordedOnly:
            "That sounds like a fault for IT support ({description}). I've recorded it as {fault}, but no ticket system is connected to me yet, so nobody at IT support sees it from here: please also report it to them directly."
        case .adminNoTicketRoutes:
            "Faults are being reported ({fault}, {category}) but no ticket route is configured (`tickets.routes` in the config): they are recorded, not passed on, and colleagues are told to report them directly."
        case .faultGrouped:
            "Thanks! That fault was already reported a little while ago, so I've added your report to it as {fault}. I'll tell you here when it's fixed."
        case .faultGroupedTicket:
            "Thanks! That fault was already reported a little while ago (ticket {ticket}), so I've added your report to it as {fault}. I'll tell you here when it's fixed."
        case .faultPassedOn:
            "That sounds like a fault for IT support ({description}). I'm passing it on as {fault} and will tell you here when it's fixed."
        case .faultFiled: "IT support has your report {fault} as ticket {ticket}."
        case .faultFiledLink: "IT support has your report {fault} as ticket {ticket} ({url})."
        case .faultDeliveryFailed:
            "I'm sorry: I couldn't pass {fault} to IT support. The admins have been told and will follow it up."
        case .adminDeliveryFailed:
            "Ticket delivery failed for {fault} ({category}, route {route}) from {name}: {reason}. The fault is kept; fix the route and report it again, or file it by hand."
        case .faultFixed: "Good news: the fault you reported as {fault} is marked fixed."
        case .faultFixedTicket: "Good news: the fault you reported as {fault} (ticket {ticket}) is marked fixed."
        case .shortlistNobody:
            "Nobody who knows about {tags} can take new requests at the moment, so I've noted it as request {request}: it tells the hub where to grow. Try again later, or ask in other words."
        case .shortlistExact: "Request {request} ({tags}): these people know about it."
        case .shortlistClose:
            "Request {request} ({tags}): nobody offers exactly that, but these people know about something close."
        case .shortlistLine: "{number}. {name} — {reasons}; {status}"
        case .shortlistPickNobodyFree:
            "Nobody is free right now; say \"anyone\" and I'll ask as soon as someone is, or `!cancel {request}`."
        case .shortlistPick:
            "Reply with a number or a name to ask one of them, or \"anyone\" and I'll ask the first free ones."
        case .reasonShares: "shares {tags}"
        case .reasonNeighbour: "a neighbouring interest"
        case .statusFree: "free"
        case .statusBusy: "busy"
        case .statusBusyUntil: "busy until {time}"
        case .statusOutsideHours: "outside working hours"
        case .offerChosenUnavailable: "{name} can't take requests right now, so I'll ask someone else."
        case .offer:
            "Hi {name}! {requester} is looking for someone who knows about {tags} (request {request}):\n{question}\nReply `!accept {request}` to take it or `!decline {request}` to pass."
        case .offerReact:
            "Hi {name}! {requester} is looking for someone who knows about {tags} (request {request}):\n{question}\nReply `!accept {request}` to take it or `!decline {request}` to pass, or react ✅ or ❌."
        case .offerDeadline: "The offer is open until {time}."
        case .offerTakenBy: "Request {request} is no longer open: {name} has taken it. Thanks for looking!"
        case .offerWithdrawnBy: "Request {request} is no longer open: {name} withdrew it. Thanks for looking!"
        case .offerMovedOn:
            "Request {request} is no longer open: it has moved on to someone else, as it wasn't answered in time. No worries. Thanks for looking!"
        case .offerTooLate:
            "Thanks, {name}! {winner} took request {request} a moment before you, so there's nothing more to do."
        case .offerTooLateSomeone:
            "Thanks, {name}! Someone took request {request} a moment before you, so there's nothing more to do."
        case .requestUnmet:
            "I'm sorry, {name}: nobody could take request {request} right now. I've noted it, so the hub knows where people are missing; try again later, or ask in other words."
        case .ratingAsk:
            "How was your conversation with {name} about request {request}? Reply with 1–5 or 👍/👎, with a comment if you like. It helps the hub, and it stays between us."
        case .ratingThanksHelper: "Thanks for helping {name} with request {request}! 🙌"
        case .offersAskedOne:
            "{count, plural, one {I've asked {names} about request {request} and will tell you when they answer.} other {I've asked {names} about request {request}; the first to accept will be introduced to you.}}"
        case .offersDeclined: "{name} can't take it right now."
        case .offersTimedOut: "Nobody answered in time, so I'm trying others."
        case .requestWithdrawn: "Request {request} is withdrawn. Ask again whenever you like."
        case .introByNameColleague:
            "Good news: {name} accepted request {request}! Write to {name} directly (/msg {name}); they know your question."
        case .introByNameSpecialist:
            "Thanks, {name}! Request {request} is yours: {requester} asked {question}. Write to {requester} directly (/msg {requester}). Tell me `!done {request}` when you've finished."
        case .introRoomName: "HubBot {request}: {summary}"
        case .introRoomTopic: "{requester} and {name}, introduced by HubBot ({tags})"
        case .introRoomFirst:
            "{requester} asked: {question}\n{name} offered to help. Over to you both! When you're done, either of you can tell me `!done {request}`."
        case .introRoomColleague:
            "Good news: {name} accepted request {request}! I've invited you both to a new room, “{room}”."
        case .introRoomSpecialist:
            "Thanks, {name}! Request {request} is yours: I've invited you and {requester} to a new room. Tell me `!done {request}` when you've finished."
        case .fallbackPost:
            "Can anyone help? {name} asked about {tags} (request {request}) and nobody was free: {question}. If you can, write to them directly."
        case .rateNotYours: "You can only rate your own requests; `!status` lists them."
        case .rateNotFinished: "Request {request} hasn't finished yet; I'll ask you for a rating when it has."
        case .rateThanksGood: "Thank you! I'm glad {name} could help. 🙂"
        case .rateThanks: "Thank you for saying so. It helps the hub get better."
        case .recipientAway:
            "{name} isn't online right now, so my message about request {request} waits until they're back."
        case .meetInvited: "I've invited you to {room}, if you'd rather meet there."
        case .meetInvitedWith:
            "I've invited you to {room}, where you and {name} can talk together, if you'd rather meet there."
        case .adminInviteFailed:
            "I couldn't invite {name} to {room}: {reason}. HubBot must be able to join that channel and invite people to it (irc.meet_in)."
        case .reasonTalkedBefore: "you talked before (rated {rating})"
        case .reasonNewToYou: "someone new to you"
        case .quoteWhole: "{quote}"
        case .quoteShortenedLink: "{quote} (shortened; the whole message: {url})"
        case .quoteShortened: "{quote} (shortened from {count} characters)"
        case .adminUndelivered:
            "A message to {room} could not be delivered and was given up: {reason}. It began: {beginning}"
        case .adminUndeliveredDirect:
            "A message to {room} (the direct chat with {name}) could not be delivered and was given up: {reason}. It began: {beginning}"
        case .welcome:
            "Hi {name}! I'm HubBot, the IT hub's front door. Tell me in a sentence what you're working on or wondering about, and I'll find colleagues who know about it. If something is broken (a password, a printer, the VPN…), tell me too and I'll pass it to IT support. `!help` lists everything else."
        case .encryptedUnreadable:
            "I can't read encrypted messages here: {reason}. Please tell an admin, or write to me in a room without encryption."
        case .undecryptable:
            "{name}, I could not read one of your encrypted messages here: the key to decrypt it never reached my device (I asked your app for it). Please send it again; if this keeps happening, your app may have blocked my device."
        case .adminOnly: "`!{command}` is for admins (hub.admins in the config); ask one of them."
        case .notChanged: "Not changed: {problem}"
        case .tagHolders:
            "{count, plural, one {1 specialist holds} other {# specialists hold}} #{tag} ({names}). They keep it in their interests, but it matches nothing once it is gone. To remove it anyway, write `!tag remove #{tag} confirm`."
        case .tagExists:
            "#{tag} already exists; `!tag alias #{tag} …` adds a keyword, `!tag describe #{tag} …` changes its description"
        case .tagMissing: "there is no tag #{tag}"
        case .tagMissingNear: "there is no tag #{tag} (did you mean #{near}?)"
        case .tagDoneAddInterest: "Done: added #{tag}. {message}"
        case .tagDoneAddKeyword: "Done: #{tag} now has the keyword “{keyword}”. {message}"
        case .tagDoneDescribe: "Done: #{tag} has a new description. {message}"
        case .tagDoneRemove: "Done: removed #{tag}. {message}"
        case .tagNotChanged: "Not changed: {change}. {message}"
        case .interestsNone: "none"
        case .specialistInterestsSet: "Done: {name} ({id}) now offers {interests}."
        case .specialistInterestsTold:
            "{admin}, an admin, set your interests to {interests}. `!interests` shows them; tell {admin} if that's not right."
        case .specialistNoInterests:
            "{name} offers no interests yet; set them first, e.g. `!specialist set {id} interests #{tag}`"
        case .specialistCapacitySet:
            "Done: {name} ({id}) now takes at most {count, plural, one {# open conversation} other {# open conversations}} at once."
        case .specialistCapacityTold:
            "{admin}, an admin, set your capacity: I'll keep you to at most {count, plural, one {# open conversation} other {# open conversations}} at once. `!capacity <n>` changes it."
        case .personNoAccount: "there is no account {who} (the homeserver does not know it)"
        case .personUnknown: "I know no one called {who}; write their id, e.g. @bob:example.org"
        case .personAmbiguous: "{who} could be {ids}; write the id"
        case .unknownTag: "I don't know #{tag}."
        case .unknownTagNear: "I don't know #{tag} (did you mean #{near}?)."
        case .unknownTagsMore: "… and {count} more I don't know."
        case .auditNone: "No admin changes yet."
        case .auditHeading:
            "{count, plural, one {The latest admin change:} other {The latest # admin changes, newest first:}}"
        case .auditLine: "• {line}"
        case .noOpenRequests: "You have no open requests."
        case .rateWhich: "Which request? Write `!rate <request> <1-5>`; `!status` lists yours."
        case .profileFree: "You're free: I may offer you requests again."
        case .profileBusy: "You're busy: colleagues see you, but I won't offer you requests. `!free` ends it."
        case .profileBusyUntil:
            "You're busy until {time}: colleagues see you, but I won't offer you requests. `!free` ends it."
        case .profileAway: "You're away: I won't list you or offer you requests. `!free` ends it."
        case .profileAwayUntil: "You're away until {time}: I won't list you or offer you requests. `!free` ends it."
        case .profileCapacity:
            "I'll keep you to at most {count, plural, one {# open conversation} other {# open conversations}} at once."
        case .profileHours: "I'll offer you requests {start}–{end} {zone}, {days}."
        case .profileHoursAny: "I'll offer you requests at any time of day."
        case .reloading: "Reading the tag config again; I'll say how it went."
        case .explainReport: "{report}"
        case .unknownCommand: "I don't know `!{name}`. `!help` lists what I can do."
        case .unknownCommandNear: "I don't know `!{name}`. Did you mean `!{near}`? `!help` lists what I can do."
        case .malformedCommand: "`!{name}`: {problem}."
        case .statusEmpty: "You have no open requests. Write a sentence about what you need and I'll find someone."
        case .statusChoosing: "waiting for you to pick someone"
        case .statusClarifying: "waiting for you to tell me more"
        case .statusLooking: "looking for someone"
        case .statusAsked: "asked {names}"
        case .statusTalking: "talking with {name}"
        case .statusOpen: "open"
        case .statusLine: "• {request}: {summary} {tags} — {state}"
        case .statusHeading: "Your open requests:"
        case .statusFooter: "`!cancel <number>` withdraws one."
        case .answeredPrivately: "I've sent you the answer in a direct message."
        case .cancelNotYours: "Request {request} isn't one of yours; `!status` lists yours."
        case .cancelClosed: "Request {request} is already closed."
        case .noOpenOffers: "You have no open offers right now."
        case .severalOffers: "You have several open offers ({requests}); name one, e.g. `!accept {first}`."
        case .noConversations: "You have no open conversations."
        case .whichConversation: "Which one? You have {requests} open; e.g. `!done {first}`."
        case .noSuchOffer: "There is no offer {request} for you; `!mine` lists your open offers."
        case .alreadyTaken: "You've already taken request {request}."
        case .acceptWithdrawn:
            "Request {request} was withdrawn by {name}, so there is nothing to accept any more. Thanks all the same!"
        case .acceptNoLonger: "Request {request} is no longer open to you; `!mine` lists your open offers."
        case .acceptNotOffered: "Request {request} wasn't offered to you; `!mine` lists your open offers."
        case .declineNoOffer: "You have no open offer for request {request}."
        case .declineNotePassed: "{name} passed on request {request} and asked me to tell you: {note}"
        case .declineNoteSent: "OK, I've passed request {request} on and told {name} your note."
        case .declined: "OK, I've passed request {request} on. Thanks for saying so!"
        case .declinedReasonKept:
            "OK, I've passed request {request} on. Thanks for saying so! Your reason stays with me; `!decline {request} tell: …` passes a note on."
        case .doneNotYours: "Request {request} isn't a conversation of yours; `!mine` lists yours."
        case .doneNotTaken: "Nobody has taken request {request} yet; `!cancel {request}` withdraws it."
        case .doneClosed: "Request {request} is closed. Thank you!"
        case .mineOffer: "• offer {request} from {name} {tags}: {summary} — `!accept {request}` or `!decline {request}`"
        case .mineConversation: "• {request} with {name}: {summary} — `!done {request}` when finished"
        case .mineNone: "You have no open offers or conversations."
        case .mineOffers: "Open offers:"
        case .mineConversations: "Conversations:"
        case .profileNoInterests:
            "You don't offer any interests yet. Add some with `!interests add #tag:strength …` (strength 1 = curious, 2 = experienced, 3 = expert), e.g. `!interests add #statistics:3 #r`. Tags include {examples} and {count} more."
        case .profileAvailabilityFree: "free"
        case .profileAvailabilityBusy: "busy"
        case .profileAvailabilityBusyUntil: "busy until {time}"
        case .profileAvailabilityAway: "away"
        case .profileAvailabilityAwayUntil: "away until {time}"
        case .profileHoursText: "{start}–{end} {zone}, {days}"
        case .profileAnyTime: "any time"
        case .profileShow:
            "Your interests: {interests}.\nAt most {count, plural, one {# conversation} other {# conversations}} at once; {availability}; hours: {hours}."
        case .interestsThanks: "Thanks!"
        case .interestsNow: "You now offer {interests}."
        case .interestsShowHint: "`!interests` shows what you offer."
        case .interestsNoneYet: "You don't offer any interests yet."
        case .interestsNotOffered: "You didn't offer those."
        case .interestsRemoved: "Removed {tags}."
        case .interestsNoneLeft: "You offer no interests now."
        case .interestsLeft: "You still offer {tags}."
        case .specialistsOnly:
            "That's for specialists: first say what you offer, e.g. `!interests add #statistics:3 #r`."
        case .usageAsk: "write your question after !ask"
        case .usageBusy: "write `!busy`, `!busy until 14:00` or `!busy for 2h`"
        case .usageAway: "write `!away`, `!away until 09:00` or `!away for 3d`"
        case .usageCapacity: "write a number from 0 to 50, e.g. `!capacity 2`"
        case .usageExplain: "write the sentence after !explain"
        case .usageStats: "write `!stats` (the last 7 days) or a period such as `!stats 30d`"
        case .usageRetag: "write the request and the tag it is, e.g. `!retag 12 #python`"
        case .usageNumber: "write the request's number, e.g. `!{command} 12`"
        case .usageRate: "write `!rate <request> <1-5> [comment]`, e.g. `!rate 12 5 thanks!`"
        case .usageInterestsAdd: "name the tags to add, e.g. `!interests add #statistics:3 #r`"
        case .usageInterestsRemove: "name the tags to remove, e.g. `!interests remove #r`"
        case .usageInterests: "write `!interests`, `!interests add #tag:3 …` or `!interests remove #tag …`"
        case .usageHours: "write `!hours 09:00-17:00 [time zone] [mon-fri]`, or `!hours off`"
        case .usageHoursWord: "`{word}` is neither a time zone (like Europe/Berlin) nor days (like mon-fri)"
        case .usageTag:
            "write `!tag add #name \"description\" keyword, keyword …`, `!tag alias #name word or phrase`, `!tag describe #name new description` or `!tag remove #name`; `!help tag` has examples"
        case .usageTagQuotes:
            "put the description in quotes, then the keywords separated by commas, e.g. `!tag add #{tag} \"What it is about.\" keyword, another phrase`"
        case .usageTagKeywords:
            "after the description, list the words and phrases that point to #{tag}, separated by commas"
        case .usageTagAlias: "write the word or phrase after the tag, e.g. `!tag alias #{tag} qubit`"
        case .usageTagDescribe: "write the new description after the tag"
        case .usageTagRemove: "write `!tag remove #{tag}`, then `confirm` if I ask"
        case .usageSpecialist:
            "write `!specialist set <person> interests #tag[:strength] …` or `!specialist set <person> capacity <n>`"
        case .usageSpecialistTags: "name the tags, e.g. `!specialist set {person} interests #r:3`, or `none`"
        case .usageSpecialistCapacity: "capacity is a number from 0 to 50"
        case .usageAudit: "write `!audit` (the latest 10) or a number up to 200, e.g. `!audit 25`"
        case .usageExamplesRemove: "write `!examples remove 3`; `!examples` lists them"
        case .usageExamples: "write `!examples` (the latest 10), a number up to 200, or `!examples remove 3`"
        case .usageStrength: "a strength is 1, 2 or 3, e.g. `#{tag}:3`"
        case .usageLanguage: "write `!language`, `!language de` (en, de, fr, es, nl) or `!language auto`"
        case .retagNotOffered: "Request {request} wasn't offered to you, so I can't take your word on its tag."
        case .retagThanks:
            "Thanks! I'll read requests like {request} as #{tag} from now on (admins see it in `!examples`)."
        case .examplesNone:
            "I haven't learned any sentences yet. When a colleague picks one of my guesses, the sentence becomes an example of that tag."
        case .examplesHeading:
            "{count, plural, one {1 learned sentence} other {# learned sentences}}; the latest {shown}, newest first (`!examples remove <n>` forgets one):"
        case .examplesLine: "• {line}"
        case .examplesNoSuch: "There is no learned example {id}; `!examples` lists them."
        case .examplesForgotten: "Forgotten: {line}. I no longer read sentences with it."
        case .adminImported: "Specialists imported from {source} by {admin}: {summary}."
        case .adminSynced: "Specialists synced from {source} by {admin}: {summary}."
        case .directoryGained: "you now offer {interests}"
        case .directoryLost:
            "{count, plural, one {{tags} is no longer listed for you} other {{tags} are no longer listed for you}}"
        case .directoryNotice:
            "Hello {name}! The directory {directory} (synced by {admin}) changed your specialist profile: {changes}. {left} What you add or remove yourself with `!interests` stays as you set it; `!away` pauses offers."
        case .interestsOfferNow: "You offer {interests}."
        case .importNotice:
            "Hello {name}! The hub's admins ({admin}) listed you as a specialist: {profile}. Colleagues whose questions fit may now be offered to you; you choose what you take. `!interests`, `!capacity <n>` and `!hours` show and change all of it, `!away` pauses offers."
        case .importNoInterests: "no interests for now"
        case .importInterests: "the interests {interests}"
        case .importCapacity: "at most {count, plural, one {# open conversation} other {# open conversations}} at once"
        case .importHours: "offers only {start}–{end} {days} ({zone})"
        case .listSeparator: "; "
        case .listComma: ", "
        case .helpAsk: "ask the hub for people who know about something"
        case .helpStatus: "your open requests"
        case .helpCancel: "withdraw a request (your latest if no number)"
        case .helpRate: "say how a conversation went"
        case .helpInterests: "show or change what you offer, strength 1–3"
        case .helpFree: "you may be offered requests again"
        case .helpBusy: "listed, but not offered requests"
        case .helpAway: "neither listed nor offered"
        case .helpCapacity: "most conversations you want open at once"
        case .helpHours: "when you may be offered requests"
        case .helpAccept: "take a request offered to you (or react ✅)"
        case .helpDecline:
            "pass on an offer (or react ❌); a reason stays with HubBot, `tell:` passes a note to the colleague"
        case .helpMine: "your open offers and conversations"
        case .helpDone: "close a conversation"
        case .helpHelp: "this list, or one command in detail"
        case .helpExplain: "the decision, its evidence and the candidates"
        case .helpReload: "read the tag config again (a bad one is refused)"
        case .helpStats: "how the hub served people lately, no names"
        case .helpTag: "change the tag file from chat (checked like a file edit, written back, audited)"
        case .helpSpecialist: "set someone else's interests or capacity"
        case .helpAudit: "the latest admin changes (10 unless you say), accepted or refused"
        case .helpRetag: "the tag a request you were offered really is; I read such sentences so from then on"
        case .helpExamples: "sentences HubBot learned from colleagues' answers (10 unless you say); forget one"
        case .helpLanguage: "the language I speak with you: en, de, fr, es, nl, or auto (as you write)"
        case .helpIntro:
            "Write a sentence about what you're working on and I'll find colleagues who know about it; if something is broken, I'll pass it to IT support. Commands:"
        case .helpLine: "`{usage}` — {summary}"
        case .helpSpecialistHeading: "For specialists:"
        case .helpAdminHeading: "For admins:"
        case .helpFooter: "`!help <command>` shows an example."
        case .helpFooterSpecialists: "`!help <command>` shows an example; `!interests add #tag` makes you a specialist."
        case .helpNoCommand: "I have no command `!{topic}`."
        case .helpNoCommandNear: "I have no command `!{topic}`. Did you mean `!help {near}`?"
        case .helpCommand: "`{usage}`: {summary}.\nExample: `{example}`"
        case .helpMoreTagAlias: "`!tag alias #quantum-computing quantum annealing` adds a keyword or phrase"
        case .helpMoreTagDescribe:
            "`!tag describe #quantum-computing Qubits, quantum algorithms and what they are good for.` replaces the description"
        case .helpMoreTagRemove:
            "`!tag remove #quantum-computing` removes it; when people hold it I say how many and ask for `!tag remove #quantum-computing confirm`"
        case .helpMoreTagChecked:
            "Every change is checked like an edit of the tag file (a failing one is refused with the problems), written back to the file and listed in `!audit`."
        case .helpMoreSpecialistCapacity:
            "`!specialist set @bob:example.org capacity 2` sets how many conversations Bob takes at once"
        case .helpMoreSpecialistNone:
            "`!specialist set Bob interests none` clears them (a name HubBot knows works too); Bob is told"
        case .languageShow:
            "I speak {language} with you ({how}). `!language de` (en, de, fr, es, nl) changes it; `!language auto` follows what you write."
        case .languageHowChosen: "you chose it"
        case .languageHowWritten: "as you write"
        case .languageHowDefault: "the hub's language"
        case .languageSet: "From now on I'll speak {language} with you. `!language auto` follows what you write."
        case .languageAuto: "I'll speak the language you write in ({language} for now)."
        case .configReloaded: "Config reloaded: {message}"
        case .configNotReloaded: "Config NOT reloaded, the old one keeps running: {message}"
        case .followUpAsk:
            "Did you and {name} get to talk about request {request}? When you're done, `!done {request}` closes it and I'll ask how it went. If you haven't been in touch yet, just write to {name}."
        case .digestHeading: "🌱 The hub's week, {from} to {to}"
        case .digestHelped:
            "• {people, plural, one {# colleague} other {# colleagues}} found someone to talk to, and {specialists, plural, one {# specialist} other {# specialists}} lent a hand. Thank you all!"
        case .digestNoneFound:
            "• {count, plural, one {# request} other {# requests}} came in; none has found someone yet."
        case .digestQuiet: "• A quiet week: no requests for specialists. What could the hub help with next?"
        case .digestRatings:
            "• {count, plural, one {# thank-you} other {# thank-yous}} came back as ratings, {average} of 5 on average."
        case .digestRatingsWords:
            "• {count, plural, one {# thank-you} other {# thank-yous}} came back as ratings, {average} of 5 on average, {words} with kind words."
        case .digestSpeed: "• Half of those who found someone had a person answer within {duration}."
        case .digestNewInterests: "• New interests on offer: {tags}."
        case .digestGaps: "• Where the hub could grow: {gaps}. Know about one? `!interests add`"
        case .digestGapNobody: "#{tag} (asked {count}×, nobody offers it yet)"
        case .digestGapBusy: "#{tag} (asked {count}×, nobody was free)"
        case .digestFaults: "• IT support got {count, plural, one {# fault} other {# faults}} to look at."
        case .digestFaultsSpeed:
            "• IT support got {count, plural, one {# fault} other {# faults}} to look at; tickets were open within {duration} (median)."
        case .statsHeading: "Hub figures, {from} – {to} UTC:"
        case .statsRequests: "• Requests: {total}{tags}; {found} found someone{share}, {unmet} unmet, {open} open"
        case .statsFirstHuman: "• Time to first human: {spread}"
        case .statsRatings: "• Ratings: {count}"
        case .statsRatingsAverage: "• Ratings: {count}, average {average}/5"
        case .statsFaults: "• Faults: {count}{categories}; to ticket {spread}"
        case .statsUnmet: "• Unmet demand: {gaps}"
        case .statsUnmetNone: "• Unmet demand: none"
        case .statsNewInterests: "• New interests: {tags}"
        case .statsFooter: "`hubbot report` gives the full report (markdown, csv or json)."
        case .statsSpread: "median {median}, p90 {p90}"
        case .statsNoFigures: "no figures yet"
        }
    }
}

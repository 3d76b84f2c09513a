# Community care: welcome waves, introductions, recognition, events, polls and health.
# Owned by cogs/welcome.py, cogs/introductions.py, cogs/recognition/, cogs/gatherings.py,
# cogs/polls.py, cogs/health.py and bot/health/.

## Shared

care-feature-off = That feature is turned off in this community.
# $user: the member id that was given.
care-unknown-member = I can't find a member “{ $user }” here. Check the name and try again.

## Welcome during a join wave (many members at once)

# $names: comma-separated names; $count: how many joined; $more: names not listed.
welcome-batch =
    Welcome to { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }! { $count ->
        [one] We're glad you're here.
       *[other] So many new faces — we're glad you're all here.
    } Take a look at /guidelines when you have a moment.
# The same, when the community has an introductions channel.
welcome-batch-intro =
    Welcome to { $community }, { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }! { $count ->
        [one] We're glad you're here. Say hello in #{ $intro_channel } and take a look at /guidelines.
       *[other] So many new faces — we're glad you're all here. Say hello in #{ $intro_channel } and take a look at /guidelines.
    }

## Introductions

intro-thanks = Thanks for introducing yourself, { $name }! Have a look around and jump into any conversation.
# $channels: "#games, #music"; $count: how many channels.
intro-thanks-suggest =
    Thanks for introducing yourself, { $name }! From what you wrote, you might like { $count ->
        [one] this channel
       *[other] these channels
    }: { $channels }.

## Thanks and kudos

thanks-self = It's kind of you, but you can't thank yourself. 😊
# $wait: how long until the cooldown ends, a span in the accusative ("25 minutes").
thanks-cooldown = You thanked { $name } recently. You can thank them again in { $wait }.
thanks-mutual-cap = You and { $name } have thanked each other a lot today. Thanks from others count too — try again tomorrow.
# $count: how many thanks the member has received in total.
thanks-given =
    { $giver } thanked { $name }! { $name } has been thanked { $count ->
        [one] { $count } time
       *[other] { $count } times
    }.
milestone-thanks =
    🎉 { $name } has now been thanked { $count ->
        [one] { $count } time
       *[other] { $count } times
    } — thank you for helping out!

## Badges

# $badge: emoji and badge name.
badge-earned = 🏅 { $name } earned a badge: { $badge }
badge-first-post = First post
badge-helper = Helper
badge-anniversary = One year here
badge-event-host = Event host
badge-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
badges-none = { $name } has no badges yet.
badges-header =
    { $name } has { $count ->
        [one] { $count } badge
       *[other] { $count } badges
    }:
# $known: comma-separated badge ids that can be given.
badge-unknown = There's no badge called “{ $badge }”. Badges you can give: { $known }.
badge-already = { $name } already has { $badge }.
badge-given = Done — { $name } now has { $badge }.

## Leaderboard

# $period: "This week", "This month" or "All time".
leaderboard-empty = { $period }: nobody has been thanked yet. Be the first with /thanks!
leaderboard-header = 🏆 Most thanked — { $period }:
leaderboard-line =
    { $rank }. { $name } — { $count ->
        [one] thanked { $count } time
       *[other] thanked { $count } times
    }
leaderboard-footer = Rather not be listed? Use /recognition leaderboard:hide.
recognition-hidden = You're now hidden from the leaderboard. Your thanks still count; use /recognition leaderboard:show to appear again.
recognition-shown = You're on the leaderboard again.

## Events

# $example: a time written the way the bot understands it.
event-bad-time = I couldn't read “{ $value }” as a date and time. Write it like { $example } (in the community's time zone).
event-in-past = “{ $value }” is already in the past. Pick a time that's still to come.
event-too-far = “{ $value }” is too far ahead. Please plan events at most a year out.
event-too-many =
    { $count ->
        [one] There's already { $count } upcoming event
       *[other] There are already { $count } upcoming events
    }. Cancel one with /cancelevent or wait until one is over.
event-created = Event #{ $id } “{ $title }” is announced.
# $when: the start time (Discord timestamp markup or a list of time zones).
# $length: how long it lasts, "2 hours", in the nominative.
event-announcement =
    📅 { $title }
    🕒 { $when } — { $length }
    Hosted by { $host }
event-rsvp-hint = Let us know if you're coming with the buttons below.
event-button-going = Going
event-button-maybe = Maybe
event-button-no = Can't make it
event-rsvp-going =
    See you at { $title }! { $going ->
        [one] { $going } person is going.
       *[other] { $going } people are going.
    }
event-rsvp-maybe = Noted as “maybe” for { $title }. I'll post a reminder in the channel before it starts.
event-rsvp-no = Noted — you can't make it to { $title }. Maybe next time!
event-gone = That event is over or was cancelled.
events-none = No events are planned right now.
events-header =
    { $count ->
        [one] { $count } upcoming event:
       *[other] { $count } upcoming events:
    }
events-line = #{ $id } { $title } — { $when } ({ $going } going)
event-unknown = There's no upcoming event #{ $id }.
event-not-yours = Only the host or a moderator can cancel “{ $title }”.
event-cancelled = ❌ “{ $title }” has been cancelled by { $name }.
event-cancel-done = “{ $title }” is cancelled, and everyone who was going has been told.
event-reminder =
    ⏰ Reminder: { $title } starts { $when }. { $going ->
        [one] { $going } person is going.
       *[other] { $going } people are going.
    }
event-reminder-dm = ⏰ { $title } starts { $when }. See you there!

## Polls and feedback

poll-too-few-options = A poll needs at least two options. Separate them with “;”, for example: Pizza; Tacos; Sushi.
poll-too-many-options =
    A poll can have at most { $count ->
        [one] { $count } option
       *[other] { $count } options
    }.
poll-duplicate-option = Two of the options are the same. Each option should be different.
poll-too-long = That's longer than polls can run here. Please pick a shorter duration.
poll-too-many-open =
    { $count ->
        [one] There's already { $count } open poll
       *[other] There are already { $count } open polls
    }. End one with /endpoll first.
poll-announcement = 📊 Poll #{ $id }: { $question }
poll-closes = Voting closes { $when }. Your vote is secret.
poll-created = Poll #{ $id } is up.
poll-unknown = There's no open poll #{ $id }.
poll-not-yours = Only the person who started the poll or a moderator can end it.
poll-ended = Poll #{ $id } is closed and the results are posted.
poll-closed = This poll is closed.
poll-voted = Your vote for “{ $option }” is counted. Press the same option again to take it back.
poll-vote-removed = Your vote for “{ $option }” is taken back.
poll-results-header =
    📊 Results: { $question } ({ $count ->
        [one] { $count } vote
       *[other] { $count } votes
    })
poll-results-line = { $bar } { $option } — { $count } ({ $percent }%)
feedback-no-channel = Feedback isn't set up in this community yet: there's no moderators' channel to send it to.
feedback-cooldown = Thanks — you've just sent feedback. Please wait a few minutes before sending more.
feedback-report = 📝 Anonymous feedback from a member: { $text }
feedback-sent = Thank you! Your feedback reached the moderators without your name.

## Community health (/stats, weekly digest, hearth stats)

stats-header =
    📈 { $community } — the last { $days ->
        [one] day
       *[other] { $days } days
    }
# $net: signed, like "+3" or "-1"; the net change in members.
stats-members = Members: { $joins } joined, { $leaves } left ({ $net }).
stats-quiet = No messages were written in this period.
stats-active =
    Active: { $count ->
        [one] { $count } member
       *[other] { $count } members
    } wrote something ({ $week } this week) — about { $percent }% of roughly { $size }.
stats-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }; busiest channel: #{ $channel }.
stats-peak = Busiest time: { $weekday } around { $hour }.
stats-incidents =
    { $count ->
        [one] { $count } moderation incident
       *[other] { $count } moderation incidents
    }; most often: { $rule }.
stats-no-incidents = No moderation incidents. 🌿
stats-mood = Mood in { $language }: { $positive }% positive, { $negative }% negative ({ $count ->
    [one] { $count } message
   *[other] { $count } messages
} with a clear mood).
stats-language-en = English
stats-language-sv = Swedish
stats-language-nb = Norwegian
stats-language-pl = Polish
digest-header = 🗞️ Weekly digest for { $community } (last 7 days)
digest-footer = For charts, run: hearth stats --rules FILE --out DIR

## Chart labels (hearth stats --out)

chart-no-data = No data in this period
chart-growth-title = Member growth per day
chart-joins = Joined
chart-leaves = Left
chart-net = Net change
chart-active-title = Active members
chart-active-day = Last day
chart-active-week = Last 7 days
chart-active-period = Whole period
chart-engagement = Engagement: { $percent }% of about { $size } members
chart-channels-title = Messages per channel
chart-incidents-title = Moderation incidents per rule
chart-heatmap-title = Busiest hours per weekday ({ $timezone })
chart-messages = Messages
chart-sentiment-title = Mood trend per language
chart-sentiment-axis = Positive − negative share

## Commands (descriptions at most 100 characters)

cmd-badges = See the badges a member has earned
cmd-badges-user = Whose badges (default: yours)
cmd-badge = Give a member a badge
cmd-badge-user = The member who gets the badge
cmd-badge-badge = The badge id, e.g. event-host or a community badge
cmd-recognition = Choose whether you appear on the leaderboard
cmd-recognition-leaderboard = Show or hide yourself
cmd-choice-leaderboard-show = Show me
cmd-choice-leaderboard-hide = Hide me
cmd-event = Announce a community event with RSVP buttons
cmd-event-title = What the event is called
cmd-event-when = Start, in the community's time zone, e.g. 2026-11-20 19:00
cmd-event-duration = How long it lasts, e.g. 90m or 2h (default 2h)
cmd-event-description = A few words about the event
cmd-events = List upcoming community events
cmd-cancelevent = Cancel an event you host
cmd-cancelevent-id = The event number
cmd-poll = Start a poll with buttons
cmd-poll-question = The question
cmd-poll-options = The options, separated by ; (e.g. Pizza; Tacos; Sushi)
cmd-poll-duration = How long voting stays open, e.g. 1h or 2d (default 1d)
cmd-endpoll = Close a poll now and post the results
cmd-endpoll-id = The poll number
cmd-feedback = Send the moderators anonymous feedback
cmd-feedback-text = Your feedback — your name isn't included

// @ts-check
// The browser's own types, for the type checker only (tsconfig.json): no page loads this file, and as it is
// not a module its typedefs are seen by every module without an import. The API's shapes are generated
// from the OpenAPI document into api-types.js (TimelineResponse, SessionLogRequest, TodayView, ...).

/**
 * Where the player's clock stands (player-clock.js). Times are performance.now() milliseconds.
 * @typedef {{ ms: number, skipped: boolean }} ClockResult
 * @typedef {{
 *   index: number,
 *   deadline: number | null,
 *   remainingMs: number,
 *   activeFrom: number,
 *   paused: boolean,
 *   waiting: boolean,
 *   over: boolean,
 *   results: Record<number, ClockResult>,
 *   said: number[],
 *   beeps: number[],
 *   cue: string,
 * }} ClockState
 *   deadline: when the current segment ends; null while paused, at a gate, or once over.
 *   remainingMs: what was left of the segment when it was paused.
 *   activeFrom: since when the current segment's time counts towards its result.
 *   waiting: at a gate, until the runner confirms the warm-up.
 *   said: the current segment's cues (by index) already said; beeps: the last whole seconds already beeped.
 *   cue: the cue on screen.
 * @typedef {ClockState & { activeMs: number }} StoredClock
 *   A clock as kept in sessionStorage: deadline null, and activeMs counted so far on the segment.
 *   Reloaded within RESUME_WINDOW_MS, the page plays on (the time away counts); later, it waits paused.
 * @typedef {{ type: 'segment', index: number, at: number, cues: string[] }
 *   | { type: 'cue', text: string }
 *   | { type: 'beep', secondsLeft: number }
 *   | { type: 'paused' }
 *   | { type: 'resumed' }
 *   | { type: 'end', at: number }} ClockEvent
 *   segment: a segment began at `at`, with these cues at its start; cue: one became due;
 *   beep: one of the last 3 seconds of a segment of 5 s or more; end: the routine ended at `at`.
 * @typedef {{ state: ClockState, events: ClockEvent[] }} ClockStep
 * @typedef {(state: ClockState, segments: SegmentResponse[], now: number) => ClockStep} Step
 *   A step of the clock: it returns the next state and the events, and never changes the state it is given.
 */

/**
 * @typedef {{ minutes?: string, warmup?: string }} PlayOptions  The runner's choices, as the timeline API takes them.
 * @typedef {{
 *   id: string, options: PlayOptions, timeline: TimelineResponse, lighterTimeline: TimelineResponse | null, startedAt: string,
 *   clock: ClockState, painEvents: PainEvent[], ended: { outcome: SessionOutcome, endedAt: string } | null, saved?: boolean,
 * }} Session
 *   saved: the /play page has taken the runner's log for this session.
 * @typedef {Omit<Session, 'clock'> & { clock: StoredClock, savedAt: number }} StoredSession
 */

/**
 * @typedef {{ discomfort?: number | null, soreRegions?: BodyRegion[], notes?: string | null }} LogExtra
 *   What the runner adds to a session's log at the end.
 * @typedef {SessionLogRequest & { id: string }} SessionLog
 *   A log as this browser builds it (session-log.js) and keeps it until sent: every field set, the id its key.
 */

/**
 * @typedef {{ all(): Promise<SessionLog[]>, put(log: SessionLog): Promise<void>, remove(id: string): Promise<void> }} LogStore
 *   Where an outbox's logs wait, oldest first: localStorage (outbox-local-storage.js) or IndexedDB (outbox-indexeddb.js).
 * @typedef {{ status: 'sent' } | { status: 'waiting' } | { status: 'rejected', problem: HttpValidationProblemDetails }} SendResult
 *   sent: the server has the log; rejected: it never will; waiting: it waits on the device for a later round.
 */

/**
 * @typedef {{ store: LogStore, url: string, onSent?: (log: SessionLog) => void, fetch?: typeof fetch, sleep?: (ms: number) => Promise<void>, now?: () => Date }} OutboxOptions
 *   onSent: told of each log the server took. fetch, sleep and now: the browser's, unless a test's.
 */

/**
 * @typedef {{ timeline: TimelineResponse, lighterTimeline: TimelineResponse | null }} Timelines
 *   The timeline for the runner's choices, and its gentle twin for "Continue lighter".
 * @typedef {{ storeKey: string, onEnd: (session: Session) => void, wakeLock?: boolean }} PlayerOptions
 *   storeKey: where in sessionStorage the session lives. onEnd: a session ended (completed, stopped, or
 *   stopped for pain), or a reload found it ended. wakeLock: keep the screen on while playing.
 */

/**
 * The words a page hands its modules (words.js), by the group of Phrases.Browser they come from.
 * @typedef {{
 *   paused: string, resumed: string, sessionComplete: string, sessionEnded: string, warmUpFirstThenConfirm: string,
 *   getReady: string, moveOnSide: string, moveOnSideShort: string, left: string, right: string, leftSide: string,
 *   rightSide: string, finish: string, workWithPressure: string, gentle: string, moderate: string, deep: string,
 *   warmUpFirst: string, warmedUp: string, next: string, pause: string, resume: string, noVoice: string,
 *   'warm-up': string, gate: string, prepare: string, work: string, 'switch-sides': string, rest: string,
 * }} PlayerWords
 * @typedef {{
 *   doneComplete: string, doneEnded: string, stepsOf: string, saving: string, saved: string, savedOnDevice: string,
 *   notSaved: string, unknownProblem: string, routineNotLoaded: string,
 * }} PlayPageWords
 * @typedef {{
 *   kioskRoutineNotLoaded: string, nothingBuilt: string, buildFailed: string, oneLogWaiting: string, logsWaiting: string, offline: string,
 * }} KioskWords
 * @typedef {{
 *   reminderTitle: string, reminderBody: string, start: string, later: string, noBoutsYet: string, boutsSoFar: string,
 *   boutsGoalReached: string, remindersOff: string, noBreakDue: string, nextBreakBefore: string, nextBreakAfter: string,
 * }} ReminderWords
 * @typedef {{
 *   reminderTitle: string, notificationsBlocked: string, subscriptionRefused: string, notificationsOn: string,
 *   notificationsOff: string, notificationsFailed: string,
 * }} ReminderSettingsWords
 * @typedef {{ restAdvice: string }} RestAdviceWords
 * @typedef {PlayerWords & PlayPageWords & KioskWords & ReminderWords & ReminderSettingsWords & RestAdviceWords} Words
 *   Every group's words; a page has only the groups its modules use.
 */

// @ts-check
// The types the browser modules share, for the type checker only (tsconfig.json): no page loads this
// file, and as it is not a module its typedefs are seen by every module without an import.
// The timeline is what GET /api/routines/{slug}/timeline answers (Api/RoutineResponses.cs); the
// session log is what POST /api/sessions takes (Sessions/SessionLogRequest.cs).

/**
 * @typedef {{ atSecond: number, text: string }} Cue
 * @typedef {{ code: string, message: string }} Warning
 * @typedef {'warm-up' | 'gate' | 'prepare' | 'work' | 'switch-sides' | 'rest'} SegmentKind
 * @typedef {{
 *   index: number, kind: SegmentKind, label: string, move: string | null, side: 'left' | 'right' | null,
 *   seconds: number, intensity: 'gentle' | 'moderate' | 'deep', cues: Cue[],
 * }} Segment
 * @typedef {{ slug: string, name: string, regions: string[], steps: string[] }} Move
 *   The fields of a move the player uses.
 * @typedef {{ pictogram: string, bodyMap: string }} MovePictures
 *   A move's pictures, each one SVG element as markup (GET /api/moves/{slug}/pictures).
 * @typedef {{ slug: string, name: string, phase: string, version: number, warmUpMinutes: number }} RoutineRef
 * @typedef {{
 *   routine: RoutineRef, totalSeconds: number, boutSeconds: number, warnings: Warning[],
 *   segments: Segment[], moves: Move[], secondsByRegion: Record<string, number>,
 * }} Timeline
 */

/**
 * Where the player's clock stands (player-clock.js). Times are performance.now() milliseconds.
 * @typedef {{ ms: number, skipped: boolean }} SegmentResult
 * @typedef {{
 *   index: number,
 *   deadline: number | null,
 *   remainingMs: number,
 *   activeFrom: number,
 *   paused: boolean,
 *   waiting: boolean,
 *   over: boolean,
 *   results: Record<number, SegmentResult>,
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
 * @typedef {(state: ClockState, segments: Segment[], now: number) => ClockStep} Step
 *   A step of the clock: it returns the next state and the events, and never changes the state it is given.
 */

/**
 * @typedef {'completed' | 'stopped' | 'stopped-for-pain'} Outcome
 * @typedef {{ segmentIndex: number, symptom: string, region: string, choice: 'end-session' | 'continue-lighter' }} PainEvent
 * @typedef {{ minutes?: string, warmup?: string }} PlayOptions  The runner's choices, as the timeline API takes them.
 * @typedef {{
 *   id: string, options: PlayOptions, timeline: Timeline, lighterTimeline: Timeline | null, startedAt: string,
 *   clock: ClockState, painEvents: PainEvent[], ended: { outcome: Outcome, endedAt: string } | null, saved?: boolean,
 * }} Session
 *   saved: the /play page has taken the runner's log for this session.
 * @typedef {Omit<Session, 'clock'> & { clock: StoredClock, savedAt: number }} StoredSession
 */

/**
 * @typedef {{ discomfort?: number | null, soreRegions?: string[], notes?: string | null }} LogExtra
 *   What the runner adds to a session's log at the end.
 * @typedef {{ index: number, actualSeconds: number, skipped: boolean }} SegmentLog
 * @typedef {{
 *   id: string, routine: string, routineVersion: number, minutes: number | null, warmUp: string,
 *   startedAt: string, endedAt: string, outcome: Outcome, segments: SegmentLog[], painEvents: PainEvent[],
 *   discomfort: number | null, soreRegions: string[], notes: string | null,
 * }} SessionLog
 */

/**
 * @typedef {{ title?: string, errors?: Record<string, string[]> }} Problem  RFC 7807 problem details.
 * @typedef {{ all(): Promise<SessionLog[]>, put(log: SessionLog): Promise<void>, remove(id: string): Promise<void> }} LogStore
 *   Where an outbox's logs wait, oldest first: localStorage (outbox-local-storage.js) or IndexedDB (outbox-indexeddb.js).
 * @typedef {{ status: 'sent' } | { status: 'waiting' } | { status: 'rejected', problem: Problem }} SendResult
 *   sent: the server has the log; rejected: it never will; waiting: it waits on the device for a later round.
 */

/**
 * @typedef {{ store: LogStore, url: string, onSent?: (log: SessionLog) => void, fetch?: typeof fetch, sleep?: (ms: number) => Promise<void>, now?: () => Date }} OutboxOptions
 *   onSent: told of each log the server took. fetch, sleep and now: the browser's, unless a test's.
 */

/**
 * @typedef {{ timeline: Timeline, lighterTimeline: Timeline | null }} Timelines
 *   The timeline for the runner's choices, and its gentle twin for "Continue lighter".
 * @typedef {{ storeKey: string, onEnd: (session: Session) => void, wakeLock?: boolean }} PlayerOptions
 *   storeKey: where in sessionStorage the session lives. onEnd: a session ended (completed, stopped, or
 *   stopped for pain), or a reload found it ended. wakeLock: keep the screen on while playing.
 */

/** @typedef {{ region: string, label: string, reason: string, until: string }} RestAdvice  What GET /api/rest-advice lists. */

/**
 * @typedef {{
 *   bouts: number, boutsGoal: number, remindersOn: boolean,
 *   nextBreak: string | null, nextBreakInSeconds: number | null, breakRoutine: string | null,
 * }} TodayView
 *   What GET /api/today answers (Reminders/Today.cs). nextBreakInSeconds is by the server's clock, so a
 *   device whose clock is off still reminds on time.
 */

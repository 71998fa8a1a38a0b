// @ts-check
// GENERATED from the app's OpenAPI document (/openapi/v1.json): do not edit by hand. After a change to the
// API's shapes, regenerate it with
//   UPDATE_API_TYPES=1 dotnet test tests/MassageRoutines.Web.Tests --filter "FullyQualifiedName~ApiTypesTests"
// (tests/MassageRoutines.Web.Tests/Api/ApiTypesTests.cs, which fails while this file is stale).
// The JSON shapes of the API, for the type checker only (tsconfig.json): no page loads this file, and as it
// is not a module its typedefs are seen by every module without an import. Types of the browser's own are
// in types.js.

/**
 * @typedef {{
 *   token: string,
 *   headerName: string,
 * }} AntiforgeryToken
 */

/**
 * @typedef {"low-back" | "hips" | "it-band" | "quads" | "glutes" | "hip-rotators" | "adductors" | "hamstrings" | "calves" | "shins" | "full-body"} BodyRegion
 */

/**
 * @typedef {{
 *   expert: string,
 *   source: string,
 * }} Credit
 *   Who the move's facts come from, and where they said it.
 */

/**
 * @typedef {{
 *   atSecond: number,
 *   text: string,
 * }} Cue
 */

/**
 * @typedef {{
 *   type?: string | null,
 *   title?: string | null,
 *   status?: number | null,
 *   detail?: string | null,
 *   instance?: string | null,
 *   errors?: Record<string, string[]>,
 * }} HttpValidationProblemDetails
 */

/**
 * @typedef {"gentle" | "moderate" | "deep"} Intensity
 */

/**
 * @typedef {{
 *   slug: string,
 *   name: string,
 *   summary?: string,
 *   regions: ("low-back" | "hips" | "it-band" | "quads" | "glutes" | "hip-rotators" | "adductors" | "hamstrings" | "calves" | "shins" | "full-body")[],
 *   tools?: ("foam-roller" | "massage-stick" | "ball" | "hands" | "massage-gun" | "bolster")[],
 *   position: Position,
 *   phases: ("pre-run" | "post-run" | "break")[],
 *   technique: Technique,
 *   intensity: Intensity,
 *   perSide?: boolean,
 *   defaultSeconds: number,
 *   minSeconds: number,
 *   maxSeconds: number,
 *   steps: string[],
 *   cues?: Cue[],
 *   cautions?: string[],
 *   credit?: null | Credit,
 *   language?: string,
 * }} Move
 *   One self-massage move or warm-up drill, as the library defines it.
 */

/**
 * @typedef {{
 *   pictogram: string,
 *   bodyMap: string,
 * }} MovePictures
 *   Each picture is one complete SVG element, role="img" with its text alternative.
 */

/**
 * @typedef {{
 *   version: string,
 *   person: string,
 *   language: string,
 *   urls: string[],
 * }} OfflineManifest
 *   What the runner's service worker keeps so that a routine plays with no signal (wwwroot/sw.js), and
 *   the version of it: the worker fills a cache per version, completely, before it uses it.
 */

/**
 * @typedef {"end-session" | "continue-lighter"} PainChoice
 */

/**
 * @typedef {{
 *   segmentIndex: number,
 *   symptom: Symptom,
 *   region: null | BodyRegion,
 *   choice: PainChoice,
 * }} PainEvent
 */

/**
 * @typedef {{
 *   segmentIndex?: number | null,
 *   symptom?: null | Symptom,
 *   region?: null | BodyRegion,
 *   choice?: null | PainChoice,
 * }} PainEventEntry
 */

/**
 * @typedef {"pre-run" | "post-run" | "break"} Phase
 */

/**
 * @typedef {"standing" | "lying-on-back" | "lying-on-side" | "seated"} Position
 */

/**
 * @typedef {{
 *   p256dh?: string | null,
 *   auth?: string | null,
 * }} PushSubscriptionKeys
 */

/**
 * @typedef {{
 *   endpoint?: string | null,
 *   keys?: null | PushSubscriptionKeys,
 * }} PushSubscriptionRequest
 *   A browser's PushSubscription: the endpoint and keys of its toJSON(). Fields are nullable so a missing one is named.
 */

/**
 * @typedef {{
 *   region: BodyRegion,
 *   seconds: number,
 * }} RegionSeconds
 */

/**
 * @typedef {{
 *   region: BodyRegion,
 *   label: string,
 *   until: string,
 *   reason: string,
 * }} RestAdviceView
 */

/**
 * @typedef {{
 *   slug: string,
 *   name: string,
 *   summary: string,
 *   phase: Phase,
 *   library: string,
 *   version: number,
 *   totalSeconds: number,
 *   warmUpMinutes: number,
 *   warmUpDrills: string[],
 *   prepareSeconds: number,
 *   switchSeconds: number,
 *   items: RoutineItemDetail[],
 *   regions: ("low-back" | "hips" | "it-band" | "quads" | "glutes" | "hip-rotators" | "adductors" | "hamstrings" | "calves" | "shins" | "full-body")[],
 *   tools: ("foam-roller" | "massage-stick" | "ball" | "hands" | "massage-gun" | "bolster")[],
 *   warnings: SaidWarning[],
 * }} RoutineDetail
 */

/**
 * @typedef {{
 *   move: string,
 *   name: string,
 *   seconds: number,
 *   perSide: boolean,
 *   sides: Sides,
 *   restSeconds: number,
 * }} RoutineItemDetail
 */

/**
 * @typedef {{
 *   slug: string,
 *   name: string,
 *   phase: Phase,
 *   version: number,
 *   warmUpMinutes: number,
 * }} RoutineRef
 */

/**
 * @typedef {{
 *   slug: string,
 *   name: string,
 *   summary: string,
 *   phase: Phase,
 *   library: string,
 *   totalSeconds: number,
 *   warmUpMinutes: number,
 *   regions: ("low-back" | "hips" | "it-band" | "quads" | "glutes" | "hip-rotators" | "adductors" | "hamstrings" | "calves" | "shins" | "full-body")[],
 *   tools: ("foam-roller" | "massage-stick" | "ball" | "hands" | "massage-gun" | "bolster")[],
 * }} RoutineSummary
 */

/**
 * @typedef {{
 *   code: string,
 *   message: string,
 * }} SaidWarning
 *   A warning or note as a person reads it: its code, and its message in the request's language.
 */

/**
 * @typedef {{
 *   index?: number | null,
 *   actualSeconds?: number | null,
 *   skipped?: boolean | null,
 * }} SegmentEntry
 */

/**
 * @typedef {"warm-up" | "gate" | "prepare" | "work" | "switch-sides" | "rest"} SegmentKind
 */

/**
 * @typedef {{
 *   index: number,
 *   kind: SegmentKind,
 *   label: string,
 *   move: string | null,
 *   side: null | Side,
 *   seconds: number,
 *   intensity: Intensity,
 *   cues: Cue[],
 *   why?: string | null,
 * }} SegmentResponse
 */

/**
 * @typedef {{
 *   index: number,
 *   actualSeconds: number,
 *   skipped: boolean,
 * }} SegmentResult
 */

/**
 * @typedef {{
 *   id?: string | null,
 *   routine?: string | null,
 *   routineVersion?: number | null,
 *   minutes?: number | null,
 *   warmUp?: null | WarmUpMode,
 *   startedAt?: string | null,
 *   endedAt?: string | null,
 *   sentAt?: string | null,
 *   outcome?: null | SessionOutcome,
 *   segments?: SegmentEntry[] | null,
 *   painEvents?: PainEventEntry[] | null,
 *   discomfort?: number | null,
 *   soreRegions?: ("low-back" | "hips" | "it-band" | "quads" | "glutes" | "hip-rotators" | "adductors" | "hamstrings" | "calves" | "shins" | "full-body")[] | null,
 *   notes?: string | null,
 * }} SessionLogRequest
 */

/**
 * @typedef {"completed" | "stopped" | "stopped-for-pain"} SessionOutcome
 */

/**
 * @typedef {{
 *   id: string,
 *   routine: string,
 *   routineName: string,
 *   routineVersion: number,
 *   minutes: number | null,
 *   warmUp: WarmUpMode,
 *   startedAt: string,
 *   endedAt: string,
 *   outcome: SessionOutcome,
 *   activeSeconds: number,
 *   segments: SegmentResult[],
 *   painEvents: PainEvent[],
 *   discomfort: number | null,
 *   soreRegions: ("low-back" | "hips" | "it-band" | "quads" | "glutes" | "hip-rotators" | "adductors" | "hamstrings" | "calves" | "shins" | "full-body")[],
 *   notes: string | null,
 *   regionSeconds: RegionSeconds[],
 * }} SessionView
 *   A stored session as the API, the exports and a person's data download show it.
 */

/**
 * @typedef {"left" | "right"} Side
 */

/**
 * @typedef {"both" | "left" | "right"} Sides
 *   Which sides a routine plays of a per-side move.
 */

/**
 * @typedef {"sharp-pain" | "numbness" | "tingling"} Symptom
 */

/**
 * @typedef {"drill" | "hold" | "broad" | "point"} Technique
 *   How a move works the tissue; post-run, broad work on a region comes before point work.
 */

/**
 * @typedef {{
 *   routine: RoutineRef,
 *   totalSeconds: number,
 *   boutSeconds: number,
 *   warnings: SaidWarning[],
 *   segments: SegmentResponse[],
 *   moves: Move[],
 *   secondsByRegion: Record<string, number>,
 *   notes?: SaidWarning[] | null,
 * }} TimelineResponse
 */

/**
 * @typedef {{
 *   bouts: number,
 *   boutsGoal: number,
 *   remindersOn: boolean,
 *   nextBreak: string | null,
 *   nextBreakInSeconds: number | null,
 *   breakRoutine: string | null,
 * }} TodayView
 */

/**
 * @typedef {"gate" | "timed"} WarmUpMode
 */

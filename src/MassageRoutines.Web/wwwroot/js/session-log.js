// @ts-check

/** The log the sessions API takes. @param {Session} session an ended one @param {LogExtra} extra @returns {SessionLog} */
export function buildLog(session, extra) {
  const { timeline, options, ended, clock } = session;
  if (!ended) throw new Error('Only an ended session has a log.');
  return {
    id: session.id,
    routine: timeline.routine.slug,
    routineVersion: timeline.routine.version,
    minutes: options.minutes ? Number(options.minutes) : null,
    warmUp: /** @type {WarmUpMode} */ (options.warmup || 'gate'),
    startedAt: session.startedAt,
    endedAt: ended.endedAt,
    outcome: ended.outcome,
    segments: Object.entries(clock.results).map(([index, result]) => ({ index: Number(index), actualSeconds: Math.round(result.ms / 1000), skipped: result.skipped })),
    painEvents: session.painEvents,
    discomfort: extra.discomfort ?? null,
    soreRegions: extra.soreRegions ?? [],
    notes: extra.notes || null,
  };
}

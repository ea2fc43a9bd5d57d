export const id = 619;
export const ids = [619];
export const modules = {

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/model.ts
// The plain data that flows along the pipeline: collect → classify → score → render → publish.
// Every stage takes and returns these shapes, so each can be tested (and snapshotted) alone.
const CATEGORY_IDS = ['documentation', 'automation', 'patterns'];
/**
 * The parts of every category score, each 0–1 and weighted by `score.weights`: named here once;
 * the formula (score/parts.ts), the weights, the report and the schema check follow this list.
 */
const SCORE_PARTS = ['share', 'people', 'steadiness'];
/** git's status letters (`--raw`, `--name-status`) as FileStatus; a score (R100) follows some. */
const GIT_STATUS_LETTERS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed'
};

;// CONCATENATED MODULE: ./src/report/read-report.ts
// Reads a JSON report back (for `multiplier aggregate`): the contract's parser, pure, beside
// neither collect (which reads the files) nor render (which writes them). Only the fields the roll-up uses are
// checked; an error names the file and the field, so a wrong file is easy to spot.

class ReportFormatError extends Error {
    name = 'ReportFormatError';
}
function parseReportJson(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ReportFormatError(`${name}: not JSON (${error.message})`);
    }
    const fail = (field, what) => {
        throw new ReportFormatError(`${name}: ${field} ${what}; is this a multiplier JSON report?`);
    };
    if (!isObject(data))
        return fail('the file', 'is not a JSON object');
    if (data.schemaVersion !== 1)
        fail('schemaVersion', `is ${JSON.stringify(data.schemaVersion)}, expected 1`);
    if (typeof data.repository !== 'string')
        fail('repository', 'is missing');
    if (!isObject(data.window) ||
        typeof data.window.since !== 'string' ||
        typeof data.window.until !== 'string') {
        fail('window.since/window.until', 'are missing');
    }
    if (!isScore(data.index))
        fail('index', 'is not a number from 0 to 100');
    if (!isObject(data.categories))
        return fail('categories', 'is missing');
    for (const id of CATEGORY_IDS) {
        const category = data.categories[id];
        if (!isObject(category) || !isScore(category.score))
            fail(`categories.${id}.score`, 'is not a number from 0 to 100');
        if (isObject(category) && typeof category.changes !== 'number')
            fail(`categories.${id}.changes`, 'is missing');
    }
    if (!isObject(data.totals) || typeof data.totals.changes !== 'number')
        fail('totals.changes', 'is missing');
    if (!Array.isArray(data.changes))
        fail('changes', 'is not an array');
    if (data.notes !== undefined && !Array.isArray(data.notes))
        fail('notes', 'is not an array');
    const report = data;
    return { ...report, notes: report.notes ?? [] };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isScore(value) {
    return typeof value === 'number' && value >= 0 && value <= 100;
}

;// CONCATENATED MODULE: ./src/window.ts
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
const SINCE_FORMS = 'a length back from --until (30d, 12w, 6m, 1y), a date (YYYY-MM-DD) or an ISO 8601 time';
const UNTIL_FORMS = 'a date (YYYY-MM-DD, meaning the end of that day, UTC) or an ISO 8601 time';
/** A window that cannot be parsed or is empty; the message says which forms are accepted. */
class WindowError extends Error {
    name = 'WindowError';
}
const RELATIVE = /^(\d{1,5})([dwmy])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date and time, optional seconds and fraction, optional offset (none means UTC: a report must
// not depend on the time zone of the machine that runs it).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/**
 * Parses `--since`/`--until` into a window. Without `until` the window ends at the end of
 * `now`'s UTC day (the next midnight, exclusive), and a length such as `30d` counts back from
 * there: every report made on one day covers the same whole days, so reports of one day share
 * a window and can be rolled up and compared. What is typed is kept as given.
 */
function parseWindow(input, now) {
    const untilText = input.until?.trim();
    if (!Number.isFinite(now.getTime()))
        throw new WindowError('the clock gave an invalid time');
    const until = untilText ? parseInstant(untilText, 'until', 'end') : endOfUtcDay(now);
    if (!Number.isFinite(until))
        throw new WindowError('the clock gave an invalid time');
    const since = parseSince(input.since.trim(), until);
    if (since >= until) {
        throw new WindowError(`--since (${iso(since)}) must be before --until (${iso(until)}); the window is [since, until)`);
    }
    return { since: iso(since), until: iso(until) };
}
/**
 * A warning when `until` (as typed) lies after `now`, else undefined: the window then reaches
 * into time that has not happened, and a length such as `30d` counts back from that future
 * end, so the report can be empty without anything being wrong with the history. A date
 * warns only once its day has not begun, so `--until` of today is quiet. `name` is how the
 * user set it: `--until` on the command line, `the until input` in the action.
 */
function futureUntilWarning(until, now, name = '--until') {
    const text = until?.trim();
    if (!text)
        return undefined;
    let start;
    try {
        start = parseInstant(text, 'until', 'start');
    }
    catch {
        return undefined; // parseWindow reports a malformed time
    }
    if (start <= now.getTime())
        return undefined;
    return (`${name} ${text} is in the future (it is now ${iso(now.getTime())}): nothing after now can ` +
        'be counted, and a length such as 30d counts back from that end, so the report may show ' +
        'little or nothing. Leave it out to end the window with today (UTC).');
}
/** The end of `now`'s UTC day: the next midnight UTC (exclusive), as epoch milliseconds. */
function endOfUtcDay(now) {
    const time = now.getTime();
    return time - (((time % DAY_MS) + DAY_MS) % DAY_MS) + DAY_MS;
}
/** The window of equal length that ends where `window` starts. */
function previousWindow(window) {
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    return { since: iso(since - (until - since)), until: window.since };
}
/**
 * Weeks in the window: its length over seven days, rounded up, so a 30-day window has five
 * weeks and the last one is partial. Never less than one.
 */
function weekCount(window) {
    const length = Date.parse(window.until) - Date.parse(window.since);
    return Math.max(1, Math.ceil(length / WEEK_MS));
}
/** The 0-based week of the window `time` falls in, or null when it is outside the window. */
function weekIndex(window, time) {
    return weekIndexer(window)(time);
}
/** `weekIndex` for one window, its bounds parsed once: for calls over thousands of changes. */
function weekIndexer(window) {
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    return time => {
        const at = parseTime(time);
        if (!Number.isFinite(at) || at < since || at >= until)
            return null;
        return Math.floor((at - since) / WEEK_MS);
    };
}
/** The weeks of the window as windows of their own, counted from `since`; the last may be short. */
function weekBuckets(window) {
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    return Array.from({ length: weekCount(window) }, (_, week) => ({
        since: iso(since + week * WEEK_MS),
        until: iso(Math.min(until, since + (week + 1) * WEEK_MS))
    }));
}
/** Whether `time` falls in [window.since, window.until). */
function inWindow(window, time) {
    return inWindowTest(window)(time);
}
/** `inWindow` for one window, its bounds parsed once: for tests over thousands of changes. */
function inWindowTest(window) {
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    return time => {
        const at = parseTime(time);
        return at >= since && at < until;
    };
}
/** The number written in `text` at [from, from + count), or -1 when a character is no digit. */
function digitsAt(text, from, count) {
    let value = 0;
    for (let at = from; at < from + count; at++) {
        const digit = text.charCodeAt(at) - 48;
        if (!(digit >= 0 && digit <= 9))
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** Whether `text` has the shape of toISOString's `YYYY-MM-DDTHH:MM:SS.sssZ` (digits aside). */
function hasIsoShape(text) {
    return (text.length === 24 &&
        text.charCodeAt(4) === 45 && // -
        text.charCodeAt(7) === 45 &&
        text.charCodeAt(10) === 84 && // T
        text.charCodeAt(13) === 58 && // :
        text.charCodeAt(16) === 58 &&
        text.charCodeAt(19) === 46 && // .
        text.charCodeAt(23) === 90 // Z
    );
}
/**
 * Date.parse, read directly for the form every change's time has (toISOString's): a report
 * tests each change's time against several windows and weeks, and Date.parse's general parser
 * was a visible share of it. Any other form, and fields Date.UTC reads otherwise than
 * Date.parse (a year below 100, hour 24, a leap second), go to Date.parse.
 */
function parseTime(text) {
    if (!hasIsoShape(text))
        return Date.parse(text);
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    const second = digitsAt(text, 17, 2);
    const ms = digitsAt(text, 20, 3);
    const plain = year >= 100 &&
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= 31 &&
        hour >= 0 &&
        hour <= 23 &&
        minute >= 0 &&
        minute <= 59 &&
        second >= 0 &&
        second <= 59 &&
        ms >= 0;
    return plain ? Date.UTC(year, month - 1, day, hour, minute, second, ms) : Date.parse(text);
}
function parseSince(text, until) {
    const relative = RELATIVE.exec(text.toLowerCase());
    if (relative) {
        const amount = Number(relative[1]);
        if (amount === 0)
            throw new WindowError(`--since ${text} is an empty window; use ${SINCE_FORMS}`);
        const unit = relative[2];
        if (unit === 'd')
            return until - amount * DAY_MS;
        if (unit === 'w')
            return until - amount * WEEK_MS;
        // Months and years are calendar steps back from `until` (UTC), as a person means them;
        // a day that does not exist in the target month (31 May → 31 Feb) rolls back to its end.
        return monthsBefore(until, unit === 'm' ? amount : amount * 12);
    }
    return parseInstant(text, 'since', 'start');
}
function parseInstant(text, flag, dateMeans) {
    const forms = flag === 'since' ? SINCE_FORMS : UNTIL_FORMS;
    const invalid = () => new WindowError(`--${flag} "${text}" is not a valid time; use ${forms}`);
    const date = DATE.exec(text);
    if (date) {
        const start = utc(Number(date[1]), Number(date[2]), Number(date[3]));
        if (start === null)
            throw invalid();
        return dateMeans === 'start' ? start : start + DAY_MS;
    }
    const dateTime = DATE_TIME.exec(text);
    if (!dateTime)
        throw invalid();
    if (utc(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3])) === null)
        throw invalid();
    const [hours, minutes, seconds] = [dateTime[4], dateTime[5], dateTime[6] ?? '0'].map(Number);
    if ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59)
        throw invalid();
    const zone = (dateTime[8] ?? 'Z').toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const normalised = text.slice(0, text.length - (dateTime[8]?.length ?? 0)).replace(' ', 'T') + zone;
    const at = Date.parse(normalised);
    if (!Number.isFinite(at))
        throw invalid();
    return at;
}
/** Midnight UTC of a calendar date, or null when the date does not exist (2024-02-30). */
function utc(year, month, day) {
    const at = Date.UTC(year, month - 1, day);
    const check = new Date(at);
    const exists = check.getUTCFullYear() === year &&
        check.getUTCMonth() === month - 1 &&
        check.getUTCDate() === day;
    return exists ? at : null;
}
function monthsBefore(until, months) {
    const end = new Date(until);
    const day = end.getUTCDate();
    const shifted = new Date(until);
    shifted.setUTCDate(1);
    shifted.setUTCMonth(shifted.getUTCMonth() - months);
    const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
    shifted.setUTCDate(Math.min(day, lastDay));
    return shifted.getTime();
}
function iso(time) {
    return new Date(time).toISOString();
}

;// CONCATENATED MODULE: ./src/score/bots.ts
/** The changes the scores count: all of them with `include`, those by people otherwise. */
function countedChanges(changes, mode = 'exclude') {
    return mode === 'include' ? changes : changes.filter(change => !change.authorIsBot);
}
/** The bot changes of a window, by bot (login, else name), most changes first, ties by name. */
function botActivity(changes, mode = 'exclude') {
    const byName = new Map();
    for (const change of changes) {
        if (!change.authorIsBot)
            continue;
        const name = change.author.login ?? change.author.name;
        byName.set(name, (byName.get(name) ?? 0) + 1);
    }
    const authors = [...byName]
        .map(([name, count]) => ({ name, changes: count }))
        .sort((a, b) => b.changes - a.changes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        counted: mode === 'include',
        changes: authors.reduce((sum, author) => sum + author.changes, 0),
        authors
    };
}

;// CONCATENATED MODULE: ./src/score/confidence.ts
/**
 * The neutral prior: with no evidence either way a category sits at 50, the middle of the
 * scale, and the sample pulls it from there. It weighs as much as this many changes.
 */
const PRIOR_SCORE = 50;
const PRIOR_CHANGES = 10;
/** Below this many changes a single change moves a score a lot; the report says so. */
const FEW_CHANGES = 10;
/** The people part means something from two people on; below that it is not counted. */
const MIN_PEOPLE = 2;
/** Thresholds of a category's confidence; see categoryConfidence. */
const CONFIDENCE_THRESHOLDS = {
    /** Changes at the target share (changes × target) below which one change is a big step. */
    lowAtTarget: 2,
    /** Changes at the target share, people and weeks a high-confidence score needs. */
    highAtTarget: 5,
    highPeople: 3,
    highWeeks: 4
};
/**
 * A raw score (0–1) blended with the prior by the number of changes behind it, Bayesian-style:
 * (n × raw + k × prior) ÷ (n + k), with k = PRIOR_CHANGES. Ten changes weigh as much as the
 * prior; at a hundred the raw score has 91 % of the say.
 */
function shrinkTowardPrior(raw, changes) {
    if (changes <= 0)
        return raw;
    const prior = PRIOR_SCORE / 100;
    return (changes * raw + PRIOR_CHANGES * prior) / (changes + PRIOR_CHANGES);
}
/**
 * One category's confidence. With m = changes × target (how many changes the target share
 * would be): low when there are fewer than FEW_CHANGES changes or m < 2 (one change then moves
 * the share part by more than half its range); high when m ≥ 5 with at least 3 people over at
 * least 4 weeks; medium otherwise.
 */
function categoryConfidence(sample, target) {
    const atTarget = sample.changes * (target > 0 ? target : 1);
    const t = CONFIDENCE_THRESHOLDS;
    if (sample.changes < FEW_CHANGES || atTarget < t.lowAtTarget)
        return 'low';
    if (atTarget >= t.highAtTarget && sample.people >= t.highPeople && sample.weeks >= t.highWeeks)
        return 'high';
    return 'medium';
}
const ORDER = ['low', 'medium', 'high'];
/** The index is as sure as its least sure category. */
function leastConfidence(confidences) {
    return ORDER[Math.min(...confidences.map(level => ORDER.indexOf(level)))] ?? 'low';
}

;// CONCATENATED MODULE: ./src/score/parts.ts
// The parts of a category score (SCORE_PARTS in model.ts), one formula each. The table is typed
// by the list, so a part named there and not given a formula here does not compile.


/** The value a part that does not count stands at in the weighted mean. */
const NOT_COUNTED = 0.5;
const PARTS = {
    /** min(1, (changes feeding c / all changes) / target_c); a target of 0 or less: any change. */
    share: {
        value: ({ changes, allChanges, target }) => {
            if (allChanges === 0 || changes === 0)
                return 0;
            if (!(target > 0))
                return 1;
            return Math.min(1, changes / allChanges / target);
        }
    },
    /** Non-bot people who fed c / non-bot active people; not counted below MIN_PEOPLE people. */
    people: {
        value: ({ people, allPeople }) => (allPeople === 0 ? 0 : people / allPeople),
        counts: sample => sample.people >= MIN_PEOPLE
    },
    /** Weeks with at least one change feeding c / weeks in the window. */
    steadiness: { value: ({ activeWeeks, weeks }) => Math.min(1, activeWeeks / weeks) }
};
/** A value per part. */
function eachPart(value) {
    return Object.fromEntries(SCORE_PARTS.map(part => [part, value(part)]));
}
function scoreParts(facts) {
    return eachPart(part => PARTS[part].value(facts));
}
/** Which parts the window's sample lets count. */
function countedParts(sample) {
    return eachPart(part => PARTS[part].counts?.(sample) ?? true);
}
/** The weighted mean of the parts (0–1), a part that does not count at NOT_COUNTED. */
function weightedMean(parts, weights, counted) {
    return SCORE_PARTS.reduce((sum, part) => sum + weights[part] * (counted[part] ? parts[part] : NOT_COUNTED), 0);
}

;// CONCATENATED MODULE: ./src/score/score.ts
// Score: classified changes of a window (and of the previous window) → a Report. Pure and
// deterministic; the formula is documented in the README ("How scores are computed").





const NO_ACTIVITY_NOTE = 'No activity in this window: no changes were found, so every score is 0.';
function scoreReport(input) {
    const current = scoreWindow(input.changes, input.window, input.options);
    const previous = input.previousChanges.length > 0
        ? scoreWindow(input.previousChanges, input.previousWindow, input.options)
        : null;
    const categories = Object.fromEntries(CATEGORY_IDS.map(id => {
        const now = current.categories[id];
        const before = previous ? previous.categories[id].score : null;
        const score = {
            ...now,
            previous: before,
            trend: before === null ? null : now.score - before
        };
        return [id, score];
    }));
    const bots = botActivity(input.changes, input.options.bots);
    const notes = [
        ...(input.notes ?? []),
        ...sampleNotes(current.totals, bots),
        ...trendNote(current, previous)
    ];
    const report = {
        schemaVersion: 1,
        repository: input.repository,
        source: input.source,
        generatedAt: input.generatedAt,
        window: { since: input.window.since, until: input.window.until },
        previousWindow: { since: input.previousWindow.since, until: input.previousWindow.until },
        index: current.index,
        confidence: current.confidence,
        previousIndex: previous ? previous.index : null,
        categories,
        totals: current.totals,
        scoring: {
            weights: normaliseWeights(input.options.weights),
            targets: { ...input.options.targets },
            prior: { score: PRIOR_SCORE, changes: PRIOR_CHANGES }
        },
        bots,
        changes: sortChanges(input.changes).map(toReportChange),
        notes
    };
    if (input.api)
        report.api = input.api;
    return report;
}
/**
 * Scores one window. Bot changes are left out first unless `options.bots` is `include`. With
 * n the changes counted, per category c:
 *   share      = min(1, (changes feeding c / n) / target_c)
 *   people     = non-bot people who fed c / non-bot active people (not counted below 2 people)
 *   steadiness = weeks with ≥1 change feeding c / weeks in the window
 *   raw_c      = weighted mean of the parts
 *   score_c    = round(100 × (n × raw_c + 10 × 0.5) / (n + 10))  (pulled toward 50; 0 when n = 0)
 * and index = round(mean of the three category scores).
 */
function scoreWindow(changes, window, options) {
    const counted = countedChanges(changes, options.bots);
    const weeks = weekCount(window);
    const tally = tallyChanges(counted, changes, window);
    const sample = { changes: counted.length, people: tally.people, weeks };
    const counts = countedParts(sample);
    const weights = partWeights(options.weights, counts);
    const categories = Object.fromEntries(CATEGORY_IDS.map(id => {
        const feeding = tally.fed[id];
        const parts = scoreParts({
            changes: feeding.changes,
            allChanges: counted.length,
            target: options.targets[id],
            people: feeding.people.size,
            allPeople: tally.people,
            activeWeeks: feeding.weeks.size,
            weeks
        });
        const raw = weightedMean(parts, weights, counts);
        return [
            id,
            {
                score: counted.length === 0 ? 0 : roundScore(shrinkTowardPrior(raw, counted.length)),
                rawScore: roundScore(raw),
                confidence: categoryConfidence(sample, options.targets[id]),
                changes: feeding.changes,
                people: feeding.people.size,
                activeWeeks: feeding.weeks.size,
                parts: eachPart(part => roundPart(parts[part]))
            }
        ];
    }));
    const scores = CATEGORY_IDS.map(id => categories[id].score);
    return {
        index: roundHalfUp(scores.reduce((sum, score) => sum + score, 0) / scores.length),
        confidence: leastConfidence(CATEGORY_IDS.map(id => categories[id].confidence)),
        categories,
        totals: {
            changes: counted.length,
            output: counted.length - tally.multiplier,
            multiplier: tally.multiplier,
            people: tally.people,
            bots: tally.bots,
            botChanges: tally.botChanges,
            weeks
        }
    };
}
/** One pass over the counted changes reads all that the categories need: who, when, what for. */
function tallyChanges(counted, all, window) {
    const weekOf = weekIndexer(window);
    const people = new Set();
    const bots = new Set();
    let botChanges = 0;
    for (const change of all) {
        if (!change.authorIsBot)
            continue;
        botChanges += 1;
        bots.add(personKey(change));
    }
    const fed = Object.fromEntries(CATEGORY_IDS.map(id => [
        id,
        { changes: 0, people: new Set(), weeks: new Set() }
    ]));
    let multiplier = 0;
    for (const change of counted) {
        const person = personKey(change);
        if (!change.authorIsBot)
            people.add(person);
        if (change.categories.length === 0)
            continue;
        multiplier += 1;
        const week = weekOf(change.time);
        for (const id of CATEGORY_IDS) {
            if (!change.categories.includes(id))
                continue;
            const category = fed[id];
            category.changes += 1;
            if (!change.authorIsBot)
                category.people.add(person);
            if (week !== null)
                category.weeks.add(week);
        }
    }
    return { people: people.size, bots: bots.size, botChanges, multiplier, fed };
}
/**
 * The weights the parts are combined with. A part the sample does not let count (the people
 * part below MIN_PEOPLE people: one person is always "everyone") stays at the neutral 0.5 when
 * it is the only weighted part, and otherwise its weight goes to the others, in proportion.
 */
function partWeights(weights, counted) {
    const normal = normaliseWeights(weights);
    if (SCORE_PARTS.every(part => counted[part]))
        return normal;
    const rest = SCORE_PARTS.reduce((sum, part) => sum + (counted[part] ? normal[part] : 0), 0);
    if (!(rest > 0))
        return normal;
    return eachPart(part => (counted[part] ? normal[part] / rest : 0));
}
/**
 * Both windows are pulled toward the prior, by how few changes each has: when they differ in
 * size and one is small, part of a trend is the sample, not the work, and the report says so.
 */
function trendNote(current, previous) {
    if (!previous || current.totals.changes === 0)
        return [];
    if (current.confidence !== 'low' && previous.confidence !== 'low')
        return [];
    const [now, before] = [current.totals.changes, previous.totals.changes];
    if (now === before)
        return [];
    return [
        `The trend compares ${now} change${now === 1 ? '' : 's'} with ${before} before; with so few, ` +
            `both are pulled toward ${PRIOR_SCORE} by different amounts, so part of each move is the ` +
            'sample size, not the work.'
    ];
}
/** Notes on the sample: nothing happened, only bots did, or so little that each change counts. */
function sampleNotes(totals, bots) {
    const count = totals.changes;
    if (count === 0 && bots.changes > 0 && !bots.counted) {
        return [
            `Only bots were active in this window (${bots.changes} change${bots.changes === 1 ? '' : 's'}), ` +
                'and bot changes are left out of the scores, so every score is 0.'
        ];
    }
    if (count === 0)
        return [NO_ACTIVITY_NOTE];
    if (count < FEW_CHANGES) {
        return [
            `Only ${count} change${count === 1 ? '' : 's'} in this window: scores are pulled toward ` +
                `${PRIOR_SCORE} and their confidence is low.`
        ];
    }
    return [];
}
/** Who a change counts for: the login where known, else the email, else the name. */
function personKey(change) {
    const { login, email, name } = change.author;
    if (login)
        return `login:${login.toLowerCase()}`;
    if (email)
        return `email:${email.toLowerCase()}`;
    return `name:${name.trim().toLowerCase()}`;
}
/** Weights scaled to sum to 1; all-zero (or invalid) weights fall back to equal thirds. */
function normaliseWeights(weights) {
    const clean = eachPart(part => Math.max(0, weights[part]) || 0);
    const total = SCORE_PARTS.reduce((sum, part) => sum + clean[part], 0);
    if (!(total > 0))
        return eachPart(() => 1 / SCORE_PARTS.length);
    return eachPart(part => clean[part] / total);
}
/**
 * 0–1 → 0–100, rounded half up. The product is first cut to 6 decimals so that binary noise
 * (100 × 0.285 = 28.499999999999996) cannot flip a .5 downwards: the same parts always give
 * the same score on every machine.
 */
function roundScore(fraction) {
    return roundHalfUp(fraction * 100);
}
/** Rounds half up after cutting binary noise at 6 decimals (see roundScore). */
function roundHalfUp(value) {
    return Math.floor(Number(value.toFixed(6)) + 0.5);
}
/** Parts are kept to 4 decimals in the report: enough to explain a score, stable in JSON. */
function roundPart(value) {
    return Number(value.toFixed(4));
}
/** Newest first; ties by kind then id, so the order never depends on the source's order. */
function sortChanges(changes) {
    // Times are parsed once, not in the comparator: 20,000 changes mean ~600,000 comparisons.
    return changes
        .map(change => ({ change, at: parseTime(change.time) }))
        .sort((a, b) => b.at - a.at || compare(a.change.kind, b.change.kind) || compare(a.change.id, b.change.id))
        .map(entry => entry.change);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function toReportChange(change) {
    const reported = {
        id: change.id,
        kind: change.kind,
        title: change.title,
        author: change.author.login ?? change.author.name,
        time: change.time,
        categories: CATEGORY_IDS.filter(id => change.categories.includes(id)),
        reasons: [...change.reasons]
    };
    if (change.url)
        reported.url = change.url;
    if (change.authorIsBot)
        reported.bot = true;
    return reported;
}

;// CONCATENATED MODULE: ./src/score/aggregate.ts
// The org roll-up's maths: many repositories' reports → one org index. Repositories weigh by how
// many changes they had, so a quiet repository with one README edit cannot lift (or sink) the
// org's figure as much as a busy one. Each report is first cut to one row (`reportRow`), so a
// thousand reports are never held at once; only the rows are.


/** The row a report contributes; everything else in it (its changes) can be dropped. */
function reportRow(report) {
    return {
        repository: report.repository,
        source: report.source,
        window: { since: report.window.since, until: report.window.until },
        ...(report.generatedAt ? { generatedAt: report.generatedAt } : {}),
        index: report.index,
        trend: report.previousIndex === null || report.previousIndex === undefined
            ? null
            : report.index - report.previousIndex,
        categories: Object.fromEntries(CATEGORY_IDS.map(id => [id, report.categories[id].score])),
        changes: report.totals.changes,
        multiplier: report.totals.multiplier ?? 0,
        output: report.totals.output ?? 0,
        people: report.totals.people ?? 0
    };
}
function aggregateReports(reports, options = {}) {
    return aggregateRows(reports.map(reportRow), options);
}
function aggregateRows(all, options = {}) {
    const notes = [];
    const latest = newestPerRepository(all, notes);
    const rows = [...latest.values()].sort((a, b) => b.index - a.index || aggregate_compare(a.repository, b.repository));
    const changes = sum(rows.map(row => row.changes));
    const weighted = (value) => changes === 0 ? 0 : roundHalfUp(sum(rows.map(row => value(row) * row.changes)) / changes);
    const windows = new Set(rows.map(row => `${row.window.since}/${row.window.until}`));
    if (windows.size > 1) {
        notes.push(`The reports cover ${windows.size} different windows; compare them with care.`);
    }
    if (rows.length > 0 && changes === 0)
        notes.push('No activity in any repository.');
    const index = weighted(row => row.index);
    const categories = Object.fromEntries(CATEGORY_IDS.map(id => [id, weighted(row => row.categories[id])]));
    const { failed, missing } = unaccounted(latest, options);
    const previous = options.previous ?? null;
    return {
        schemaVersion: 1,
        kind: 'aggregate',
        window: {
            since: rows.map(row => row.window.since).sort(byTime)[0] ?? '',
            until: rows
                .map(row => row.window.until)
                .sort(byTime)
                .at(-1) ?? ''
        },
        index,
        categories,
        previous,
        trend: previous
            ? {
                index: index - previous.index,
                categories: Object.fromEntries(CATEGORY_IDS.map(id => [id, categories[id] - previous.categories[id]]))
            }
            : null,
        totals: {
            repositories: rows.length,
            changes,
            multiplier: sum(rows.map(row => row.multiplier)),
            output: sum(rows.map(row => row.output)),
            people: sum(rows.map(row => row.people))
        },
        repositories: rows,
        missing,
        failed,
        notes
    };
}
/** The newest report of each repository; a note names each repository that had several. */
function newestPerRepository(all, notes) {
    const latest = new Map();
    const seen = new Map();
    for (const row of all) {
        seen.set(row.repository, (seen.get(row.repository) ?? 0) + 1);
        const kept = latest.get(row.repository);
        if (!kept || isNewer(row, kept))
            latest.set(row.repository, row);
    }
    for (const [repository, count] of [...seen].sort(([a], [b]) => aggregate_compare(a, b))) {
        if (count > 1)
            notes.push(`${repository} had ${count} reports; the newest window was used.`);
    }
    return latest;
}
/** The reports that failed, in order, and the expected repositories with no report at all. */
function unaccounted(latest, options) {
    // Named repositories first, by name; files that named none after them, by file.
    const failed = [...(options.failed ?? [])].sort((a, b) => Number(a.repository === undefined) - Number(b.repository === undefined) ||
        aggregate_compare(a.repository ?? '', b.repository ?? '') ||
        aggregate_compare(a.file, b.file));
    // GitHub names are case-insensitive: a discovery list and a report may spell one differently.
    const accounted = new Set([...latest.keys(), ...failed.flatMap(item => item.repository ?? [])].map(name => name.toLowerCase()));
    const missing = [...new Set(options.expected ?? [])]
        .filter(name => !accounted.has(name.toLowerCase()))
        .sort(aggregate_compare);
    return { failed, missing };
}
function isNewer(candidate, kept) {
    return (byTime(candidate.window.until, kept.window.until) > 0 ||
        (candidate.window.until === kept.window.until &&
            byTime(candidate.generatedAt ?? '', kept.generatedAt ?? '') > 0));
}
function byTime(a, b) {
    return (Date.parse(a) || 0) - (Date.parse(b) || 0) || aggregate_compare(a, b);
}
function aggregate_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}

;// CONCATENATED MODULE: ./src/collect/report-files.ts
// The reports an org roll-up reads: files named by globs (what `actions/download-artifact`
// left on the runner), read one at a time and cut to one row each, so a thousand reports never
// sit in memory together. A file that is not a report becomes a named failure, not a stop: the
// roll-up still shows every other repository.





/**
 * The files matching any of `patterns` (globs relative to `cwd`, or plain paths), sorted and
 * without repeats. A pattern that matches nothing is returned in `unmatched`.
 */
function expandReportGlobs(patterns, cwd) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const found = matchOne(pattern, cwd);
        if (found.length === 0)
            unmatched.push(pattern);
        for (const file of found)
            files.add(file);
    }
    return { files: [...files].sort(), unmatched };
}
function matchOne(pattern, cwd) {
    const absolute = path.resolve(cwd, pattern);
    const scan = picomatch.scan(absolute);
    if (!scan.isGlob)
        return isFile(absolute) ? [absolute] : [];
    const base = scan.base || path.parse(absolute).root;
    const matches = picomatch(absolute, { dot: true });
    return walk(base).filter(file => matches(file));
}
/** Every file under `folder`, depth first; an unreadable folder is skipped. */
function walk(folder) {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries.flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory())
            return walk(full);
        return entry.isFile() ? [full] : [];
    });
}
function isFile(file) {
    try {
        return statSync(file).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Reads each file into a row, or a failure: a failure record (`kind: "failure"`, written by a
 * matrix job whose report step failed) or a file that is not a report. `strict` throws on the
 * first unreadable file instead (the CLI's contract: exit 1 naming it). `shown` turns a path
 * into the name used in messages.
 */
function readReportRows(files, options = {}) {
    const shown = options.shown ?? ((file) => file);
    const rows = [];
    const failed = [];
    for (const file of files) {
        const name = shown(file);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (error) {
            const problem = `cannot read ${name}: ${error.code ?? String(error)}`;
            if (options.strict)
                throw new Error(problem, { cause: error });
            failed.push({ file: name, problem });
            continue;
        }
        const failure = failureRecord(text, name);
        if (failure) {
            failed.push(failure);
            continue;
        }
        try {
            rows.push(reportRow(parseReportJson(text, name)));
        }
        catch (error) {
            if (options.strict)
                throw error;
            failed.push({ file: name, problem: error.message });
        }
    }
    return { rows, failed };
}
/**
 * `{"schemaVersion":1,"kind":"failure","repository":"owner/name","error":"..."}`: what the
 * fan-out workflow writes for a repository whose report step failed, so the roll-up can say
 * "failed" (and why) rather than "missing".
 */
function failureRecord(text, file) {
    // Cheap look before a parse: a real report is never a failure record.
    if (!text.includes('"failure"'))
        return undefined;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const record = data;
    if (record?.kind !== 'failure')
        return undefined;
    return {
        ...(typeof record.repository === 'string' ? { repository: record.repository } : {}),
        file,
        problem: typeof record.error === 'string' && record.error ? record.error : 'the report failed'
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./src/errors.ts
// The one way a thrown value becomes text, for every layer: errors, strings and anything else
// (a thrown string must still fail the step with its words, not "[object Object]" or nothing).
/**
 * The message of any thrown value. Duck-typed rather than `instanceof Error`: errors from Node
 * internals can come from another realm (a VM context). With `causes`, the messages of its
 * `cause` chain follow, each once (a wrapper often repeats its cause's words already).
 */
function messageOf(error, options = {}) {
    const parts = [];
    let current = error;
    for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
        const message = current.message;
        const text = typeof message === 'string' ? message : String(current);
        if (text && !parts.some(part => part.includes(text)))
            parts.push(text);
        if (!options.causes)
            break;
        current = current.cause;
    }
    return parts.join(': ') || 'unknown error';
}

;// CONCATENATED MODULE: ./src/github/errors.ts
// The ways a GitHub request can fail, each with a message that says in words what happened and
// to which request ("GET /repos/octo/demo/issues"), never quoting a response body or a token.
// The retry and throttling plugins read `status`, `request` and `response` off errors, so the
// errors thrown per attempt keep those fields where a plugin needs them.

/** Thrown instead of a request once the budget is spent; collectors catch it and report. */
class BudgetExhaustedError extends Error {
    budget;
    constructor(budget) {
        super(`the API request budget of ${budget} requests is spent`);
        this.budget = budget;
        this.name = 'BudgetExhaustedError';
    }
}
/** GitHub answered 401: the token is wrong, expired or revoked. */
class GitHubAuthError extends Error {
    tokenSource;
    status = 401;
    constructor(tokenSource, options) {
        super(`GitHub rejected the token from ${tokenSource} (401 Bad credentials): check that it is ` +
            'set, not expired, and valid for this GitHub host' +
            (options.doing ? ` (while ${options.doing})` : ''), { cause: options.cause });
        this.tokenSource = tokenSource;
        this.name = 'GitHubAuthError';
    }
}
/** GitHub answered a GraphQL document with errors (HTTP 200 and an `errors` array). */
class GraphQLQueryError extends Error {
    messages;
    data;
    constructor(messages, data) {
        super(`GraphQL errors: ${messages.join('; ')}`);
        this.messages = messages;
        this.data = data;
        this.name = 'GraphQLQueryError';
    }
}
/**
 * No answer came within the request timeout. Status 408 lets the retry plugin retry it as it
 * retries server errors; the client rethrows the last one with the number of attempts. A
 * write (`request` absent: the plugin then leaves it alone) is not retried, since it may have
 * been made: whoever sent it looks before writing again.
 */
class RequestTimeoutError extends Error {
    route;
    timeoutMs;
    request;
    attempts;
    status = 408;
    constructor(route, timeoutMs, request, attempts) {
        super(`GitHub did not answer ${route} within ${seconds(timeoutMs)}` +
            (attempts === undefined ? '' : ` (${attempts} attempt${attempts === 1 ? '' : 's'})`) +
            (request ? '' : '; the write may have been made'));
        this.route = route;
        this.timeoutMs = timeoutMs;
        this.request = request;
        this.attempts = attempts;
        this.name = 'RequestTimeoutError';
    }
    /** The write was sent and no answer came: it may or may not have been made. */
    get uncertainWrite() {
        return this.request === undefined;
    }
}
/**
 * A 2xx answer that is not the JSON GitHub sends: an HTML page from a proxy, JSON cut short.
 * A read gets status 502, as a gateway's answer would, so the retry plugin asks once more (the
 * answer cannot be used either way). A write keeps the status it got and no `request`, so it
 * is not sent twice: it was probably made. `answerStatus` is what the server really sent.
 */
class MalformedAnswerError extends Error {
    answerStatus;
    request;
    status;
    constructor(message, answerStatus, request) {
        super(message);
        this.answerStatus = answerStatus;
        this.request = request;
        this.name = 'MalformedAnswerError';
        this.status = request ? 502 : answerStatus;
    }
}
/** The primary rate limit is used up and the client will not (or no longer) wait for it. */
class RateLimitError extends Error {
    status;
    resetAt;
    constructor(message, status, resetAt, options) {
        super(message, options);
        this.status = status;
        this.resetAt = resetAt;
        this.name = 'RateLimitError';
    }
}
/**
 * Rethrows `error` with what was being done, keeping the original as `cause`. A budget stop
 * passes through unchanged (collectors catch it); a rejected token keeps its own type.
 */
function failedWhile(doing, error) {
    if (error instanceof BudgetExhaustedError)
        return error;
    if (error instanceof GitHubAuthError) {
        return new GitHubAuthError(error.tokenSource, { cause: error.cause, doing });
    }
    return new Error(`${doing} failed: ${messageOf(error)}`, { cause: error });
}
/** "0.2 s", "30 s", "90 s": a timeout as people set it. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}
/** "45 s", "12 min", "2 h": how long until a reset, rounded as a person would say it. */
function roughDuration(totalSeconds) {
    const s = Math.max(0, Math.round(totalSeconds));
    if (s < 120)
        return `${s} s`;
    if (s < 90 * 60)
        return `${Math.round(s / 60)} min`;
    return `${Math.round(s / 3600)} h`;
}

;// CONCATENATED MODULE: ./src/collect/repositories.ts


/** Filters that keep every repository that is neither archived nor a fork. */
const NO_FILTERS = {
    includeArchived: false,
    includeForks: false,
    names: [],
    topics: []
};
/** GitHub's limit on the jobs one matrix may generate in a workflow run. */
const MATRIX_JOB_LIMIT = 256;
/** A GitHub login: letters, digits and single inner hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
function isOwnerName(owner) {
    return OWNER.test(owner);
}
/**
 * Every repository of `owner`, archived ones and forks included (the filters decide), in
 * GitHub's order. An organisation is listed with `GET /orgs/{org}/repos` (private ones too,
 * when the token may see them); a user with `GET /user/repos` when the token is that user's
 * (their private repositories too), else `GET /users/{user}/repos` (public ones).
 */
async function listRepositories(octokit, owner) {
    const account = await readAccount(octokit, owner);
    const slim = (response) => response.data.map(item => toListed(item, owner));
    if (account.type === 'Organization') {
        return list(`Listing the repositories of the organisation ${owner}`, () => octokit.paginate(octokit.rest.repos.listForOrg, { org: owner, type: 'all', per_page: 100 }, slim));
    }
    if (await isTokenOf(octokit, owner)) {
        return list(`Listing the repositories of ${owner} (the token's own)`, () => octokit.paginate(octokit.rest.repos.listForAuthenticatedUser, { affiliation: 'owner', visibility: 'all', per_page: 100 }, slim));
    }
    return list(`Listing the repositories of the user ${owner}`, () => octokit.paginate(octokit.rest.repos.listForUser, { username: owner, type: 'owner', per_page: 100 }, slim));
}
/** The repositories the filters keep, as 'owner/name', sorted by name (case-insensitive). */
function selectRepositories(repositories, filters) {
    const include = filters.names.filter(glob => !glob.startsWith('!'));
    const exclude = filters.names.filter(glob => glob.startsWith('!')).map(glob => glob.slice(1));
    const options = { nocase: true, dot: true };
    const included = include.length === 0 ? () => true : picomatch_default()(include, options);
    const excluded = exclude.length === 0 ? () => false : picomatch_default()(exclude, options);
    const topics = new Set(filters.topics.map(topic => topic.toLowerCase()));
    return repositories
        .filter(repository => filters.includeArchived || !repository.archived)
        .filter(repository => filters.includeForks || !repository.fork)
        .filter(repository => {
        const name = repository.fullName.slice(repository.fullName.indexOf('/') + 1);
        return included(name) && !excluded(name);
    })
        .filter(repository => topics.size === 0 || repository.topics.some(topic => topics.has(topic.toLowerCase())))
        .map(repository => repository.fullName)
        .sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b));
}
/**
 * The list cut into at most `MATRIX_JOB_LIMIT` chunks for a matrix: `size` repositories per
 * chunk, or (size 0) as few per chunk as keep the chunks within the limit. A size that would
 * need more chunks than one matrix may run is an error naming both figures.
 */
function chunkRepositories(repositories, size) {
    const least = Math.max(1, Math.ceil(repositories.length / MATRIX_JOB_LIMIT));
    const perChunk = size === 0 ? least : size;
    if (perChunk < least) {
        throw new Error(`${repositories.length} repositories in chunks of ${size} make ${Math.ceil(repositories.length / size)} matrix jobs, more than GitHub's ${MATRIX_JOB_LIMIT} per run: use a chunk size of at least ${least}, or split the list across runs with name or topic filters`);
    }
    const chunks = [];
    for (let start = 0; start < repositories.length; start += perChunk)
        chunks.push(repositories.slice(start, start + perChunk));
    return chunks;
}
/**
 * A JSON array of 'owner/name' strings (the `repos` output; chunks of it are flattened). The
 * error names where the list came from and what is wrong with it.
 */
function parseRepositoryList(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${where}: not JSON (${error.message})`, { cause: error });
    }
    const flat = Array.isArray(data) ? data.flat() : undefined;
    const bad = flat?.find(item => typeof item !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(item));
    if (!flat || bad !== undefined) {
        const what = flat ? `has ${JSON.stringify(bad)}` : 'is not an array';
        throw new Error(`${where}: ${what}; expected a JSON array of "owner/name" strings`);
    }
    return flat;
}
async function readAccount(octokit, owner) {
    try {
        const { data } = await octokit.rest.users.getByUsername({ username: owner });
        const type = data?.type;
        return { type: typeof type === 'string' ? type : 'User' };
    }
    catch (error) {
        if (error?.status === 404) {
            throw new Error(`There is no GitHub user or organisation named '${owner}'`, {
                cause: error
            });
        }
        throw failedWhile(`Reading the account ${owner}`, error);
    }
}
/** Whether the token is `owner`'s own (an installation token may not read /user: it is not). */
async function isTokenOf(octokit, owner) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login?.toString().toLowerCase() === owner.toLowerCase();
    }
    catch {
        return false;
    }
}
async function list(doing, call) {
    try {
        return await call();
    }
    catch (error) {
        throw failedWhile(doing, error);
    }
}
function toListed(item, owner) {
    const repository = (item ?? {});
    const fullName = typeof repository.full_name === 'string'
        ? repository.full_name
        : `${owner}/${String(repository.name)}`;
    return {
        fullName,
        archived: repository.archived === true,
        fork: repository.fork === true,
        topics: Array.isArray(repository.topics)
            ? repository.topics.filter((topic) => typeof topic === 'string')
            : []
    };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/render/categories.ts
const CATEGORY_TEXT = {
    documentation: {
        label: 'Documentation',
        meaning: 'Documentation reduces the time required to understand systems.'
    },
    automation: {
        label: 'Automation',
        meaning: 'Automation removes repetitive work from daily workflows.'
    },
    patterns: {
        label: 'Patterns',
        meaning: 'Clear architectural patterns help engineers make consistent decisions.'
    }
};
/** ▲ +5, ▼ −3, ▬ 0, or — when there is nothing to compare with. */
function trendText(trend) {
    if (trend === null)
        return '—';
    if (trend > 0)
        return `▲ +${trend}`;
    if (trend < 0)
        return `▼ −${Math.abs(trend)}`;
    return '▬ 0';
}
/** A 0–1 fraction as a whole percentage. */
function percent(fraction) {
    return `${Math.round(fraction * 100)}%`;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
// Text that people wrote (titles, paths, logins, labels) goes into markdown that GitHub renders
// and posts. It must show as typed and must not act: no markup, no HTML, no @mentions that
// notify someone each time a report is updated, no #123 references that add a cross-reference
// to an issue's timeline on every run.
/** A zero-width space: invisible, but it breaks GitHub's @mention and #reference detection. */
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * Makes `text` safe to place inline in GitHub markdown (paragraph, list item or table cell):
 * one line, HTML specials as entities, markdown specials backslash-escaped, @mentions and
 * issue references neutralised.
 */
function escapeMarkdown(text) {
    const escaped = oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Every character here is an ASCII punctuation mark, which CommonMark lets a backslash
        // escape; `$` because GitHub renders $…$ as math, `|` because it ends a table cell.
        .replace(/[\\`*_{}[\]()#!|~$]/g, '\\$&')
        // At the start of a line these begin a list, heading or quote.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
    return neutraliseReferences(escaped);
}
/**
 * Breaks `@login`, `@org/team` and `#123` / `owner/repo#123` / `GH-123` so GitHub neither
 * notifies nor cross-references; the text still reads the same.
 */
function neutraliseReferences(text) {
    return neutraliseMentions(text)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`);
}
/** Breaks `@login` and `@org/team` mentions with a zero-width space after the `@`. */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * `text` as an inline code span (for paths): backticks inside are handled by a longer fence,
 * and nothing inside a code span is markup, a mention or HTML. Not for table cells, where a
 * `|` would still end the cell.
 */
function inlineCode(text) {
    const line = oneLine(text);
    const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const padded = line.startsWith('`') || line.endsWith('`') || line === '' ? ` ${line} ` : line;
    return `${fence}${padded}${fence}`;
}
/** Cuts `text` to at most `max` characters (counting code points), marking the cut with `…`. */
function truncate(text, max) {
    const characters = Array.from(text);
    if (characters.length <= max)
        return text;
    return `${characters
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}
// Control characters other than tab and line breaks (those become spaces below).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// Invisible characters that change nothing a reader sees but travel with a copy: the zero-width
// space, direction marks, word joiner, byte-order mark, and the bidirectional controls that can
// make text read differently from what it is. The zero-width (non-)joiners stay: scripts and
// emoji sequences need them.
const INVISIBLE_CHARACTERS = /[\u200b\u200e\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g;
/** Collapses line breaks and runs of whitespace, and drops control and invisible characters. */
function oneLine(text) {
    return text
        .replace(CONTROL_CHARACTERS, '')
        .replace(INVISIBLE_CHARACTERS, '')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./src/render/text-policy.ts
// One report, two renderings. A body that is posted to GitHub (PR comment, report issue, job
// summary) must not act: no markup, no HTML, no @mention or #123 that notifies or adds a
// cross-reference on every run. The markdown written to a terminal or a file is read by a
// person: it escapes only what would really act as markup, carries no invisible characters,
// and links `#123` to the repository's issues where the host is known.

/**
 * The policy of `target`. `repositoryUrl` (`https://github.com/owner/name`) is where a
 * document's `#123` and `owner/name#123` references link; without it they stay plain text.
 */
function textPolicy(target, repositoryUrl) {
    if (target === 'posted')
        return { target, text: escapeMarkdown };
    const base = repositoryUrl && /^https?:\/\/[^\s()<>]+$/i.test(repositoryUrl) ? repositoryUrl : undefined;
    return { target, text: value => documentText(value, base) };
}
/**
 * Text for a document: code spans (balanced backticks) kept as they are — nothing inside one
 * acts — and the rest escaped only where a character would start markup.
 */
function documentText(value, repositoryUrl) {
    const line = oneLine(value);
    const parts = line.split(/(`+[^`]*?`+)/);
    const out = parts.map((part, index) => {
        if (index % 2 === 1 && balancedCodeSpan(part))
            return part;
        return escapeSegment(part, line, repositoryUrl);
    });
    return escapeLineStart(out.join(''));
}
function balancedCodeSpan(part) {
    const open = /^`+/.exec(part)?.[0].length ?? 0;
    const close = /`+$/.exec(part)?.[0].length ?? 0;
    return open === close && part.length > open + close;
}
/** A word whose `_` or `*` would read as emphasis. */
const CODE_LIKE = /^[\w./@+*~-]+$/;
const EMPHASIS_PRONE = /\*|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])/;
/** A path or glob (it has a `/` or `.`) or a dunder name, that escapes would clutter. */
function codeLike(core) {
    return (CODE_LIKE.test(core) &&
        EMPHASIS_PRONE.test(core) &&
        (/[A-Za-z0-9][./]|[./][A-Za-z0-9*]/.test(core) || /^__\w+__$/.test(core)));
}
function escapeSegment(segment, line, repositoryUrl) {
    return segment
        .split(/(\s+)/)
        .map((word, index) => (index % 2 === 1 ? word : escapeWord(word, line, repositoryUrl)))
        .join('');
}
function escapeWord(word, line, repositoryUrl) {
    if (word === '')
        return word;
    const [, before = '', core = '', after = ''] = /^([("'[]*)(.*?)([)"',.;:!?\]]*)$/.exec(word) ?? [];
    if (codeLike(core)) {
        return escapeCharacters(before, line) + inlineCode(core) + escapeCharacters(after, line);
    }
    const reference = repositoryUrl ? linkReference(core, repositoryUrl) : undefined;
    if (reference !== undefined) {
        return escapeCharacters(before, line) + reference + escapeCharacters(after, line);
    }
    return escapeCharacters(word, line);
}
/** `#123` → a link to the repository's issue (GitHub sends a PR's number on to the PR). */
function linkReference(core, repositoryUrl) {
    const match = /^(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)$/.exec(core);
    if (!match)
        return undefined;
    const [, other, number] = match;
    const server = repositoryUrl.replace(/\/[^/]+\/[^/]+\/?$/, '');
    const url = other ? `${server}/${other}` : repositoryUrl;
    return `[${core}](${url}/issues/${number})`;
}
/** Backslash-escapes only the characters that would act here. */
function escapeCharacters(text, line) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const character = text[i];
        const previous = text[i - 1] ?? ' ';
        const next = text[i + 1] ?? ' ';
        const acts = character === '&'
            ? /^&#?[A-Za-z0-9]+;/.test(text.slice(i))
            : actsAsMarkup(character, previous, next, line);
        out += acts ? `\\${character}` : character;
    }
    return out;
}
const ALPHANUMERIC = /[A-Za-z0-9]/;
function actsAsMarkup(character, previous, next, line) {
    switch (character) {
        case '\\':
            return /[!-/:-@[-`{-~]/.test(next);
        case '`':
        case '|':
            return true;
        case '*':
            return !(/\s/.test(previous) && /\s/.test(next));
        case '_':
            return !(ALPHANUMERIC.test(previous) && ALPHANUMERIC.test(next));
        case '<':
            return /[A-Za-z/!?]/.test(next);
        case '[':
            return line.includes(']');
        case '~':
        case '$':
            return line.split(character).length > 2;
        default:
            return false;
    }
}
/** What would begin a heading, list or quote at the start of a line. */
function escapeLineStart(text) {
    return text
        .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
        .replace(/^([-+*>])(?=\s|$)/, '\\$1')
        .replace(/^>/, '\\>')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

;// CONCATENATED MODULE: ./src/render/percentile.ts
// The percentile line of the report: where the index and each score stand among the reference
// repositories shipped with the code. Its own module, so other report sections merge apart.


/** One line under the index, or none when the report was not placed against the set. */
function percentileLines(report) {
    const reference = report.reference;
    if (report.percentile === undefined || reference === undefined)
        return [];
    const categories = CATEGORY_IDS.flatMap(id => {
        const percentile = report.categories[id].percentile;
        return percentile === undefined ? [] : [`${CATEGORY_TEXT[id].label} ${percentile} %`];
    });
    return [
        `Higher than **${report.percentile} %** of the ${reference.repositories} reference ` +
            `repositories (${reference.windowDays}-day windows up to ${reference.date})` +
            (categories.length > 0 ? ` · ${categories.join(' · ')}` : '') +
            '.',
        ''
    ];
}

;// CONCATENATED MODULE: ./src/render/reach.ts

const RUNNERS_SHOWN = 2;
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
function runners(files) {
    const shown = files.slice(0, RUNNERS_SHOWN).map(inlineCode).join(', ');
    return files.length > RUNNERS_SHOWN ? `${shown}, +${files.length - RUNNERS_SHOWN} more` : shown;
}
/** What one item's figure says, in words. */
function reachText(item) {
    if (!item.present)
        return 'gone from the tree at the window’s end';
    switch (item.kind) {
        case 'shared-module':
            return (`imported by ${plural(item.importers, 'file')}` +
                (item.importersAtIntroduction === undefined
                    ? ''
                    : ` (${item.importersAtIntroduction} when it was introduced)`));
        case 'lint-config': {
            const where = [item.ci ? 'CI' : '', item.hook ? 'a git hook' : ''].filter(Boolean);
            return where.length === 0
                ? `${escapeMarkdown(item.tool)} is run by no CI workflow or git hook`
                : `${escapeMarkdown(item.tool)} is run by ${where.join(' and ')} (${runners(item.runBy)})`;
        }
        case 'workflow':
            if (item.triggers.length === 0)
                return 'no trigger read from its `on:`';
            return (`runs on ${item.triggers.map(inlineCode).join(', ')}` +
                (item.push || item.pullRequest ? '' : ' — not on push or pull requests'));
        case 'codeowners':
            return (`${plural(item.entries, 'entry', 'entries')} ${item.entries === 1 ? 'covers' : 'cover'} ` +
                `${Math.round(item.coverage * 100)}% ` +
                `of the tree (${item.coveredFiles} of ${item.treeFiles} files)`);
    }
}
const KIND_TEXT = {
    'shared-module': 'shared module',
    'lint-config': 'lint/format config',
    workflow: 'workflow',
    codeowners: 'code owners'
};
/** The section's lines (heading included), or none when the report has no reach items. */
function reachLines(report, heading) {
    const items = report.reach ?? [];
    if (items.length === 0)
        return [];
    return [
        `${heading} Reach`,
        '',
        ...items.map(item => `- ${inlineCode(item.path)} (${KIND_TEXT[item.kind]}): ${reachText(item)}`),
        ''
    ];
}

;// CONCATENATED MODULE: ./src/render/history-chart.ts
const history_chart_DAY_MS = 24 * 60 * 60 * 1000;
/** Line order in the chart; mermaid's xychart has no legend, so the text under it names them. */
const SERIES = [
    { key: 'index', label: 'Index' },
    { key: 'documentation', label: 'Documentation' },
    { key: 'automation', label: 'Automation' },
    { key: 'patterns', label: 'Patterns' }
];
/** The section's lines (heading excluded); none when there is less than two windows to show. */
function historyLines(all) {
    // Windows before the first change (before the repository or the team began) are left out of
    // the chart: a row of zeros there says nothing about the work.
    const first = (all ?? []).findIndex(entry => entry.changes > 0);
    const history = first === -1 ? [] : (all ?? []).slice(first);
    if (history.length < 2)
        return [];
    const labels = history.map(entry => `"${entry.window.since.slice(0, 10)}"`);
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "Multiplier index and scores, last ${history.length} windows (by start day)"`,
        `  x-axis [${labels.join(', ')}]`,
        '  y-axis "Score" 0 --> 100',
        ...SERIES.map(series => `  line [${history.map(entry => entry[series.key]).join(', ')}]`),
        '```',
        '',
        `_Lines in the order drawn: ${SERIES.map(series => series.label).join(', ')} ` +
            '(the chart has no legend; the table has the figures). Each window is scored as the ' +
            'report’s own window is._',
        '',
        '| Window | Index | Documentation | Automation | Patterns | Changes |',
        '| --- | ---: | ---: | ---: | ---: | ---: |'
    ];
    for (const entry of history) {
        lines.push(`| ${windowLabel(entry)} | **${entry.index}** | ${entry.documentation} | ${entry.automation} ` +
            `| ${entry.patterns} | ${entry.changes} |`);
    }
    return lines;
}
/** A window by its days, inclusive ("2026-10-01 – 2026-10-30"), or its start where it has a time. */
function windowLabel(entry) {
    const since = Date.parse(entry.window.since);
    const until = Date.parse(entry.window.until);
    const day = (time) => new Date(time).toISOString().slice(0, 10);
    if (since % history_chart_DAY_MS === 0 && until % history_chart_DAY_MS === 0 && until - since > history_chart_DAY_MS) {
        return `${day(since)} – ${day(until - history_chart_DAY_MS)}`;
    }
    return new Date(since).toISOString().slice(0, 16).replace('T', ' ');
}

;// CONCATENATED MODULE: ./src/render/hotspots.ts

/** Rows shown in the report; the JSON keeps up to ten. */
const HOTSPOTS_SHOWN = 5;
/** The section's lines (heading excluded); none when there is no hotspot. */
function hotspotLines(hotspots) {
    if (!hotspots || hotspots.length === 0)
        return [];
    const lines = [
        'Code areas with the most changed lines in this window and no documentation change touching ' +
            'them (a doc inside the area, or a docs page named after it):',
        '',
        '| Area | Changed lines | Changes | People | Docs last changed |',
        '| --- | ---: | ---: | ---: | --- |'
    ];
    for (const hotspot of hotspots.slice(0, HOTSPOTS_SHOWN)) {
        const docs = hotspot.docsLastChanged
            ? hotspot.docsLastChanged.slice(0, 10)
            : 'not in the history read';
        lines.push(`| ${inlineCode(hotspot.path)} | ${hotspot.churn} | ${hotspot.changes} | ${hotspot.people} | ${docs} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/render/teams.ts


/** The section's lines (heading excluded); a sentence when no team's files changed. */
function teamLines(teams) {
    if (!teams)
        return [];
    if (teams.length === 0) {
        return ['_No change in this window touched files that CODEOWNERS gives to a team._'];
    }
    const lines = [
        'Scores of the changes touching what each CODEOWNERS team owns, computed as the report’s:',
        '',
        '| Team | Changes | Index | Trend | Documentation | Automation | Patterns |',
        '| --- | ---: | ---: | :---: | ---: | ---: | ---: |'
    ];
    for (const team of teams) {
        const trend = team.previousIndex === null ? null : team.index - team.previousIndex;
        lines.push(`| ${inlineCode(team.team)} | ${team.changes} | **${team.index}** | ${trendText(trend)} ` +
            `| ${team.documentation} | ${team.automation} | ${team.patterns} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
// The report people read: index, the three scores with what they mean and what is behind
// them, the balance of output and multiplier work, the changes that counted and why, and the
// notes on coverage. Scannable in half a minute; every piece of user text goes through the
// target's text policy (text-policy.ts): inert when posted, plain and linked in a document.










const markdown_DAY_MS = 24 * 60 * 60 * 1000;
const TITLE_LENGTH = 80;
const REASONS_SHOWN = 2;
function renderMarkdown(report, options = {}) {
    const level = options.headingLevel ?? 2;
    const h = (depth) => '#'.repeat(Math.min(6, level + depth));
    const policy = textPolicy(options.target ?? 'posted', report.repositoryUrl);
    const lines = [];
    lines.push(`${h(0)} Multiplier report: ${repositoryName(report, policy)} · ${windowText(report.window)}`);
    lines.push('');
    lines.push(windowLine(report));
    lines.push('');
    lines.push(`**Multiplier index: ${report.index} / 100** ${trendSuffix(report.index, report.previousIndex)}`);
    lines.push('');
    lines.push(confidenceLine(report));
    lines.push('');
    lines.push(...percentileLines(report));
    lines.push(...scoreTable(report));
    lines.push('');
    lines.push(tableLegend(report));
    lines.push('');
    for (const id of CATEGORY_IDS)
        lines.push(`- _${CATEGORY_TEXT[id].meaning}_`);
    lines.push('');
    lines.push(`${h(1)} Builder vs multiplier`);
    lines.push('');
    lines.push(balanceLine(report));
    lines.push('');
    const bots = botLine(report, policy);
    if (bots)
        lines.push(bots, '');
    lines.push(...insightSections(report, h(1)));
    if (report.totals.changes === 0) {
        lines.push('_No changes in this window: nothing to list._');
        lines.push('');
    }
    else {
        const top = topChangesSection(report, options.topChanges ?? 3, policy);
        if (top.length > 0) {
            lines.push(`${h(1)} What counted`);
            lines.push('');
            lines.push(...top);
        }
    }
    lines.push(...reachLines(report, h(1)));
    const notes = allNotes(report);
    if (notes.length > 0) {
        lines.push(`${h(1)} Notes`);
        lines.push('');
        for (const note of notes)
            lines.push(`- ${policy.text(note)}`);
        lines.push('');
    }
    lines.push(footer(report));
    return `${lines.join('\n')}\n`;
}
/** The repository's name, linked to its page where the report knows it. */
function repositoryName(report, policy) {
    const name = policy.text(report.repository);
    const link = safeUrl(report.repositoryUrl);
    return link ? `[${name}](${link})` : name;
}
/** History, docs-debt hotspots and teams, each a section of its own when it has something. */
function insightSections(report, heading) {
    const sections = [
        ['History', historyLines(report.history)],
        ['Docs-debt hotspots', hotspotLines(report.hotspots)],
        ['Teams', teamLines(report.teams)]
    ];
    return sections.flatMap(([title, body]) => body.length === 0 ? [] : [`${heading} ${title}`, '', ...body, '']);
}
function windowLine(report) {
    const days = Math.round((Date.parse(report.window.until) - Date.parse(report.window.since)) / markdown_DAY_MS);
    const source = report.source === 'git' ? 'git history' : 'merged pull requests';
    return (`${days} day${days === 1 ? '' : 's'} of ${source}, ` +
        `compared with the previous ${days} (${windowText(report.previousWindow)}).`);
}
/**
 * A window as a reader says it: whole UTC days are shown inclusive (the exclusive end is the
 * next midnight), anything else with its time.
 */
function windowText(window) {
    const since = Date.parse(window.since);
    const until = Date.parse(window.until);
    if (since % markdown_DAY_MS === 0 && until % markdown_DAY_MS === 0) {
        const last = until - markdown_DAY_MS;
        return last <= since ? day(since) : `${day(since)} – ${day(last)}`;
    }
    return `${minute(since)} – ${minute(until)} UTC`;
}
function day(time) {
    return new Date(time).toISOString().slice(0, 10);
}
function minute(time) {
    return new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}
function trendSuffix(now, before) {
    if (before === null)
        return '(no earlier activity to compare with)';
    return `${trendText(now - before)} (was ${before})`;
}
/** Each score part's column: its heading, and what is behind it → the part's value. */
const PART_COLUMNS = {
    share: {
        heading: 'Share of changes',
        legend: ({ targets }) => 'changes that fed the category, of all counted, marked against its target share ' +
            `(${CATEGORY_IDS.map(id => `${percent(targets[id])} ${id}`).join(', ')})`,
        cell: (category, { changes }) => `${category.changes} of ${changes} (${percent(changes === 0 ? 0 : category.changes / changes)}) → ${percent(category.parts.share)}`
    },
    people: {
        heading: 'People',
        legend: () => `who fed it, of those active (not counted below ${MIN_PEOPLE} people)`,
        cell: (category, { people }) => `${category.people} of ${people} → ${people >= MIN_PEOPLE ? percent(category.parts.people) : 'not counted'}`
    },
    steadiness: {
        heading: 'Steadiness',
        legend: () => 'weeks with such a change',
        cell: (category, { weeks }) => `${category.activeWeeks} of ${weeks} weeks → ${percent(category.parts.steadiness)}`
    }
};
function scoreTable(report) {
    const rows = [
        `| Category | Score | Confidence | Trend | ${SCORE_PARTS.map(part => PART_COLUMNS[part].heading).join(' | ')} |`,
        `| --- | ---: | --- | :---: |${SCORE_PARTS.map(() => ' --- |').join('')}`
    ];
    for (const id of CATEGORY_IDS) {
        const category = report.categories[id];
        const parts = SCORE_PARTS.map(part => `| ${PART_COLUMNS[part].cell(category, report.totals)} `);
        rows.push(`| **${CATEGORY_TEXT[id].label}** | **${category.score}** | ${category.confidence} ` +
            `| ${trendText(category.trend)} ${parts.join('')}|`);
    }
    return rows;
}
/** One line under the table that says what every figure in it is. */
function tableLegend(report) {
    const { weights, prior } = report.scoring;
    const weighed = SCORE_PARTS.map(part => percent(weights[part])).join(' / ');
    const parts = SCORE_PARTS.map(part => `${part}: ${PART_COLUMNS[part].legend(report.scoring)}`);
    const legend = parts.join('; ');
    return ('<sub>Each part reads "what was counted → its mark (0–100%)". ' +
        `${legend.charAt(0).toUpperCase()}${legend.slice(1)}. ` +
        `Score = ${weighed} of the marks, pulled toward ${prior.score} on small samples ` +
        `(the pull weighs as much as ${prior.changes} changes).</sub>`);
}
/** The index's confidence in words, with the sample it comes from. */
function confidenceLine(report) {
    const { changes, people, weeks } = report.totals;
    const sample = `${changes} change${changes === 1 ? '' : 's'} by ${people} ${people === 1 ? 'person' : 'people'} ` +
        `over ${weeks} week${weeks === 1 ? '' : 's'}`;
    const meaning = {
        low: `a small sample: the scores are pulled toward ${report.scoring.prior.score} ` +
            'and a few changes can still move them a lot',
        medium: 'enough to follow a trend, not yet to rank teams on',
        high: 'a sample large and broad enough that a few changes barely move the scores'
    };
    return `Confidence: **${report.confidence}** — ${sample}; ${meaning[report.confidence]}.`;
}
function balanceLine(report) {
    const { changes, output, multiplier, people } = report.totals;
    const bots = report.bots.counted ? report.totals.bots : 0;
    const multiplierShare = changes === 0 ? 0 : multiplier / changes;
    const filled = Math.round(multiplierShare * 10);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
    const who = `${people} ${people === 1 ? 'person' : 'people'}` +
        (bots > 0 ? ` and ${bots} bot${bots === 1 ? '' : 's'}` : '');
    return (`\`${bar}\` **${multiplier}** multiplier change${multiplier === 1 ? '' : 's'} ` +
        `(${percent(multiplierShare)}) · **${output}** output change${output === 1 ? '' : 's'} ` +
        `(${percent(changes === 0 ? 0 : output / changes)}) · by ${who}`);
}
/** Bots' work on its own line: automation at work, counted or not. */
function botLine(report, policy = textPolicy('posted')) {
    const { changes, authors, counted } = report.bots;
    if (changes === 0)
        return undefined;
    const names = authors.map(author => policy.text(botName(author.name)));
    const who = names.length <= 1
        ? (names[0] ?? 'Bots')
        : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const made = `${who} made ${changes} change${changes === 1 ? '' : 's'}`;
    return counted
        ? `Automation at work: ${made}, counted in the shares and steadiness (\`score.bots: include\`).`
        : `Automation at work: ${made}, left out of the scores (\`score.bots: include\` counts them).`;
}
const BOT_NAMES = {
    dependabot: 'Dependabot',
    renovate: 'Renovate',
    'github-actions': 'GitHub Actions',
    'pre-commit-ci': 'pre-commit.ci'
};
/** `renovate[bot]` → Renovate: a bot as people call it. */
function botName(name) {
    const bare = name.replace(/\[bot\]$/i, '').trim();
    return BOT_NAMES[bare.toLowerCase()] ?? bare;
}
/** The changes the scores counted: bot changes only when the report counts them. */
function countedReportChanges(report) {
    return report.bots.counted ? report.changes : report.changes.filter(change => !change.bot);
}
function topChangesSection(report, perCategory, policy) {
    const lines = [];
    const counted = countedReportChanges(report);
    for (const id of CATEGORY_IDS) {
        const top = topChanges(counted, id, perCategory);
        if (top.length === 0)
            continue;
        const more = report.categories[id].changes - top.length;
        lines.push(`**${CATEGORY_TEXT[id].label}**${more > 0 ? ` (top ${top.length} of ${top.length + more})` : ''}`);
        lines.push('');
        for (const change of top)
            lines.push(changeLine(change, id, policy));
        lines.push('');
    }
    return lines;
}
/**
 * The changes that fed `category`, those with the most evidence (reasons for the category)
 * first, then the newest; ties by id, so the order is stable.
 */
function topChanges(changes, category, limit) {
    const evidence = (change) => change.reasons.filter(reason => reason.category === category).length;
    return changes
        .filter(change => change.categories.includes(category))
        .map(change => ({ change, evidence: evidence(change), time: Date.parse(change.time) }))
        .sort((a, b) => b.evidence - a.evidence ||
        (b.time || 0) - (a.time || 0) ||
        (a.change.id < b.change.id ? -1 : a.change.id > b.change.id ? 1 : 0))
        .slice(0, Math.max(0, limit))
        .map(entry => entry.change);
}
function changeLine(change, category, policy = textPolicy('posted')) {
    const link = safeUrl(change.url);
    const ref = change.kind === 'pull_request' ? `#${change.id}` : change.id.slice(0, 7);
    // A linked title carries no links of its own: a `#123` inside stays text.
    const title = (link ? textPolicy(policy.target) : policy).text(truncate(change.title || '(no title)', TITLE_LENGTH));
    const name = link ? `[${title}](${link})` : title;
    const reasons = change.reasons.filter(reason => reason.category === category);
    const why = reasons
        .slice(0, REASONS_SHOWN)
        .map(reason => policy.text(reason.detail) + (reason.file ? ` (${inlineCode(reason.file)})` : ''));
    if (reasons.length > REASONS_SHOWN)
        why.push(`+${reasons.length - REASONS_SHOWN} more`);
    return (`- ${name} ${inlineCode(ref)} by ${policy.text(change.author)}` +
        (why.length > 0 ? ` — ${why.join('; ')}` : ''));
}
/** http(s) URLs only, with the characters that would end a markdown link destination encoded. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return null;
    return url.replace(/[()<>"'\\`]/g, character => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
function allNotes(report) {
    const notes = [...report.notes];
    const coverage = report.api?.coverage;
    if (coverage && !notes.some(note => note.includes(coverage)))
        notes.push(coverage);
    return notes;
}
function footer(report) {
    const parts = [`Generated ${minute(Date.parse(report.generatedAt))} UTC`];
    if (report.api) {
        parts.push(`GitHub API: ${report.api.requests} request${report.api.requests === 1 ? '' : 's'}` +
            (report.api.cost > 0 ? `, ${report.api.cost} GraphQL points` : '') +
            (report.api.rateLimitRemaining !== undefined
                ? `, ${report.api.rateLimitRemaining} left`
                : ''));
    }
    parts.push('the index is the mean of the three scores');
    return `<sub>${parts.join(' · ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/render/aggregate.ts
// The org roll-up as markdown (the job summary, `multiplier aggregate`) and JSON. The maths is
// in score/aggregate.ts; this only lays it out. The pieces (head, table, problems, notes) are
// exported for the org report issue, which fits them into GitHub's body limit.





const AGGREGATE_TITLE = '## Multiplier: organisation roll-up';
const TABLE_HEAD = [
    '| Repository | Index | Trend | Documentation | Automation | Patterns | Changes | Multiplier share |',
    '| --- | ---: | :---: | ---: | ---: | ---: | ---: | ---: |'
];
/** The roll-up as markdown; `target` as for renderMarkdown ('posted' unless said). */
function renderAggregateMarkdown(aggregate, target = 'posted') {
    const { text } = textPolicy(target);
    if (aggregate.repositories.length === 0 && aggregate.failed.length === 0) {
        const missing = aggregate.missing.length > 0 ? `\n\n${problemsSection(aggregate, Infinity, text)}` : '';
        return `${AGGREGATE_TITLE}\n\n_No reports._${missing}\n`;
    }
    const sections = [
        aggregateHead(aggregate),
        aggregateTable(aggregate, aggregate.repositories.map(row => repositoryLine(row, text))),
        problemsSection(aggregate, Infinity, text),
        notesSection(aggregate, text)
    ].filter(Boolean);
    return `${sections.join('\n\n')}\n`;
}
function renderAggregateJson(aggregate) {
    return `${JSON.stringify(aggregate, null, 2)}\n`;
}
/** The title, the window and totals, the org index with its trend and the category scores. */
function aggregateHead(aggregate) {
    const { totals, trend, previous } = aggregate;
    const plural = totals.repositories === 1 ? 'y' : 'ies';
    const versus = previous
        ? ` ${trendText(trend?.index ?? null)} (was ${previous.index} over ${previous.repositories} repositor${previous.repositories === 1 ? 'y' : 'ies'}, ${windowText(previous.window)})`
        : '';
    const categories = CATEGORY_IDS.map(id => {
        const change = trend ? ` (${trendText(trend.categories[id])})` : '';
        return `${CATEGORY_TEXT[id].label} ${aggregate.categories[id]}${change}`;
    }).join(' · ');
    return [
        AGGREGATE_TITLE,
        '',
        `${windowText(aggregate.window)} · ${totals.repositories} repositor${plural} · ` +
            `${totals.changes} changes, ${totals.multiplier} multiplier, ${totals.output} output`,
        '',
        `**Org multiplier index: ${aggregate.index} / 100**${versus} (weighted by changes) · ${categories}`
    ].join('\n');
}
const POSTED = textPolicy('posted').text;
/** One table row per repository. */
function repositoryLine(row, text = POSTED) {
    const share = row.changes === 0 ? '—' : `${Math.round((row.multiplier / row.changes) * 100)}%`;
    return (`| ${text(row.repository)} | **${row.index}** | ${trendText(row.trend)} | ` +
        CATEGORY_IDS.map(id => row.categories[id]).join(' | ') +
        ` | ${row.changes} | ${share} |`);
}
/** The per-repository table with the given rows (all of them, or the top and bottom). */
function aggregateTable(aggregate, lines) {
    const { totals } = aggregate;
    const share = totals.changes === 0 ? '—' : `${Math.round((totals.multiplier / totals.changes) * 100)}%`;
    const all = `| **All** | **${aggregate.index}** | ${trendText(aggregate.trend?.index ?? null)} | ` +
        CATEGORY_IDS.map(id => `**${aggregate.categories[id]}**`).join(' | ') +
        ` | **${totals.changes}** | ${share} |`;
    return ['### Repositories', '', ...TABLE_HEAD, ...lines, all].join('\n');
}
/** The row that stands for the repositories left out between the top and the bottom. */
function omittedLine(count) {
    return `| _… ${count} more: see the job summary or the JSON report_ | | | | | | | |`;
}
/**
 * The repositories that were expected and had no report, and those whose report failed, each
 * list cut after `limit` names with a count of the rest.
 */
function problemsSection(aggregate, limit = Infinity, text = POSTED) {
    const { missing, failed } = aggregate;
    if (missing.length === 0 && failed.length === 0)
        return '';
    const lines = ['### Missing and failed', ''];
    if (missing.length > 0) {
        const shown = missing.slice(0, limit).map(name => inlineCode(name));
        const rest = missing.length - shown.length;
        lines.push(`- **Missing** (${missing.length}: expected, no report and no failure record): ` +
            shown.join(', ') +
            (rest > 0 ? ` and ${rest} more` : ''));
    }
    if (failed.length > 0) {
        lines.push(`- **Failed** (${failed.length}):`);
        for (const item of failed.slice(0, limit)) {
            const who = item.repository ? `${inlineCode(item.repository)}: ` : '';
            lines.push(`  - ${who}${text(item.problem)} (${inlineCode(item.file)})`);
        }
        if (failed.length > limit)
            lines.push(`  - … and ${failed.length - limit} more`);
    }
    return lines.join('\n');
}
function notesSection(aggregate, text = POSTED) {
    if (aggregate.notes.length === 0)
        return '';
    return ['### Notes', '', ...aggregate.notes.map(note => `- ${text(note)}`)].join('\n');
}

;// CONCATENATED MODULE: ./src/config/errors.ts
/** `file:line:col: key: message`, the shape editors and CI logs turn into links. */
function formatProblem(problem) {
    const place = problem.line === undefined
        ? problem.file
        : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
    return problem.key
        ? `${place}: ${problem.key}: ${problem.message}`
        : `${place}: ${problem.message}`;
}
/** Every problem found in a config (and the configs it extends), reported together. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        super(`Invalid Multiplier configuration (${count}):\n` +
            problems.map(problem => `  ${formatProblem(problem)}`).join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./src/cli/errors.ts
// How the CLI fails: one line on stderr, exit 2 when the command line is wrong (the user can fix
// it by retyping), 1 when running it failed (not a git repository, network, bad report file).



/** The command line is wrong: unknown command or flag, bad value, missing argument. */
class UsageError extends Error {
    name = 'UsageError';
}
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
function exitCodeOf(error) {
    if (error instanceof UsageError || error instanceof WindowError)
        return EXIT_USAGE;
    // node:util parseArgs throws TypeErrors with these codes for unknown or malformed flags.
    const code = error?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
        return EXIT_USAGE;
    return EXIT_FAILURE;
}
/**
 * The one line printed for `error`: any thrown value (not only Errors), line breaks folded, and
 * every secret blanked out, in case a library put a token in a message.
 */
function errorLine(error, secrets = []) {
    let text = messageOf(error);
    // parseArgs explains how to pass a positional that starts with '-'; the first sentence is
    // the part a person needs.
    const code = error?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        text = text.replace(/\. To specify a positional argument[\s\S]*$/, '');
    }
    let line = text.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
    for (const secret of secrets) {
        if (secret && secret.length >= 4)
            line = line.split(secret).join('***');
    }
    return line;
}
/**
 * The lines printed for `error`: one, from errorLine, except for a config error, which gets a
 * line per problem (`file:line:col: key: what`, the shape editors and CI logs link), after a
 * count when there are several, so that none is lost in a folded paragraph.
 */
function messageLinesOf(error, secrets = []) {
    if (!(error instanceof ConfigError) || error.problems.length === 0) {
        return [errorLine(error, secrets)];
    }
    const problems = error.problems.map(problem => errorLine(formatProblem(problem), secrets));
    if (problems.length === 1)
        return problems;
    return [`invalid configuration (${problems.length} problems):`, ...problems];
}

;// CONCATENATED MODULE: ./src/publish/folders.ts


/**
 * Creates `folder` and its missing parents one at a time, for the CLI's --output and the
 * action's report file. Node's `mkdir(..., { recursive: true })` loops forever where mkdir
 * answers ENOENT though the parent exists (under /proc); this walks up to the nearest folder
 * that exists and fails on the first mkdir that does not work. A file in the way fails with
 * ENOTDIR.
 */
function makeFolders(folder) {
    const missing = [];
    for (let current = folder; !isFolder(current); current = (0,external_node_path_.dirname)(current)) {
        missing.unshift(current);
        if ((0,external_node_path_.dirname)(current) === current)
            break;
    }
    for (const path of missing) {
        try {
            (0,external_node_fs_.mkdirSync)(path);
        }
        catch (error) {
            // A concurrent run may have made it meanwhile.
            if (error.code !== 'EEXIST' || !isFolder(path))
                throw error;
        }
    }
}
function isFolder(path) {
    const stats = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    if (stats === undefined)
        return false;
    if (!stats.isDirectory())
        throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' });
    return true;
}

;// CONCATENATED MODULE: ./src/cli/output.ts
// Where a rendered report goes: a file (folders created as needed) or standard output.



/**
 * Makes the folders of `--output FILE` and returns the file's absolute path. Called before
 * any history is read, so a path that cannot be written fails at once rather than after the
 * work.
 */
function prepareOutput(output, io) {
    const file = (0,external_node_path_.resolve)(io.cwd, output);
    try {
        makeFolders((0,external_node_path_.dirname)(file));
    }
    catch (error) {
        const reason = reasonOf(error, 'a folder on the way cannot be created');
        throw new Error(`cannot write --output ${output}: ${reason}`, { cause: error });
    }
    return file;
}
function emit(text, output, io) {
    if (output === undefined) {
        io.stdout.write(text);
        return;
    }
    const file = prepareOutput(output, io);
    try {
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (error) {
        const reason = reasonOf(error, 'the file cannot be created there');
        throw new Error(`cannot write --output ${output}: ${reason}`, { cause: error });
    }
}
/**
 * A report written piece by piece as `chunks` yields them, to the file or standard output, so
 * the whole text is never held at once. The file is written through one descriptor; a failure
 * part-way names the file as `emit` does.
 */
async function emitChunks(chunks, output, io) {
    if (output === undefined) {
        const { stdout } = io;
        for (const chunk of chunks) {
            if (stdout.write(chunk) === false && stdout.once)
                await new Promise(resolve => stdout.once?.('drain', resolve));
        }
        return;
    }
    const file = prepareOutput(output, io);
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(file, 'w');
        for (const chunk of chunks)
            (0,external_node_fs_.writeSync)(descriptor, chunk);
    }
    catch (error) {
        const reason = reasonOf(error, 'the file cannot be created there');
        throw new Error(`cannot write --output ${output}: ${reason}`, { cause: error });
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}
function reasonOf(error, notFound) {
    const code = error?.code;
    const path = error?.path;
    if (code === 'ENOTDIR' && error instanceof Error && typeof path !== 'string')
        return error.message;
    const where = typeof path === 'string' ? ` (${path})` : '';
    const words = {
        ENOENT: notFound,
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'the file system is read-only',
        EISDIR: 'it is a folder',
        ENOTDIR: 'a part of the path is a file, not a folder',
        ENOSPC: 'no space left on the device'
    };
    const text = typeof code === 'string' ? (words[code] ?? code) : String(error);
    return `${text}${where}`;
}

;// CONCATENATED MODULE: ./src/cli/aggregate.ts
// `multiplier aggregate FILE...`: JSON reports of many repositories → one org roll-up. Each
// file is read and cut to its row before the next, so memory stays flat however many there are.









const FORMATS = ['markdown', 'json'];
function runAggregate(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            format: { type: 'string' },
            output: { type: 'string' },
            expect: { type: 'string' }
        },
        allowPositionals: true,
        strict: true
    });
    if (positionals.length === 0) {
        throw new UsageError('aggregate needs at least one JSON report file');
    }
    const format = values.format ?? 'markdown';
    if (!FORMATS.includes(format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for aggregate, not "${format}"`);
    }
    const expected = values.expect === undefined ? undefined : readExpected(values.expect, io);
    const files = positionals.map(file => (0,external_node_path_.resolve)(io.cwd, file));
    const byPath = new Map(files.map((file, order) => [file, positionals[order] ?? file]));
    const { rows, failed } = readReportRows(files, {
        strict: true,
        shown: file => byPath.get(file) ?? file
    });
    const aggregate = aggregateRows(rows, { failed, ...(expected ? { expected } : {}) });
    emit(format === 'json'
        ? renderAggregateJson(aggregate)
        : renderAggregateMarkdown(aggregate, 'document'), values.output, io);
}
/** `--expect FILE`: the repositories that should have a report, as `repos` prints them. */
function readExpected(file, io) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new Error(`cannot read --expect ${file}: ${error.code ?? String(error)}`, { cause: error });
    }
    return parseRepositoryList(text, `--expect ${file}`);
}

// EXTERNAL MODULE: ./src/cli/quick.ts + 2 modules
var quick = __webpack_require__(1860);
;// CONCATENATED MODULE: ./src/collect/git-errors.ts
/** Every failure of the git source, with a stable `code` callers can branch on. */
class GitSourceError extends Error {
    code;
    name = 'GitSourceError';
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/collect/git-exec.ts


// Settings that would change the shape of the output we parse, pinned whatever the user's
// config says (log.showSignature would interleave gpg output; suppressBlankEmpty would drop the
// leading space of empty context lines, which the patch splitter relies on).
const PINNED_CONFIG = [
    'core.quotePath=false',
    'log.showSignature=false',
    'diff.suppressBlankEmpty=false',
    'diff.noprefix=false',
    'diff.mnemonicPrefix=false',
    'color.ui=never'
];
/**
 * Settings for speed, not shape. git keeps up to 96 MB of inflated delta bases by default;
 * a history read in order reuses few of them, and filling that cache cost more (allocation,
 * page faults) than it saved: with 16 MB, `git log --numstat` over 20,000 commits ran 13–20%
 * faster in under half the memory, on both a fast-import pack and one repacked with
 * `--depth=50 --window=250` for deep delta chains (`npm run bench` shows both baselines).
 */
const SPEED_CONFIG = ['core.deltaBaseCacheLimit=16m'];
/** Keep stderr for error messages, but never let a chatty failure grow without bound. */
const MAX_STDERR_CHARS = 8_000;
function gitEnvironment() {
    // GIT_FLUSH=0: on a pipe git would write each commit as soon as it is done, and the reader
    // would wake for each; our parsers take output in any chunks, so fully buffered output
    // means a fraction of the reads.
    const env = {
        ...process.env,
        LC_ALL: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GIT_FLUSH: '0'
    };
    // The repository is named explicitly with -C; an inherited GIT_DIR (e.g. inside a git hook)
    // would silently point git somewhere else.
    delete env.GIT_DIR;
    delete env.GIT_WORK_TREE;
    delete env.GIT_INDEX_FILE;
    delete env.GIT_PREFIX;
    return env;
}
function spawnGit(runner, args) {
    const configArgs = [...PINNED_CONFIG, ...SPEED_CONFIG].flatMap(setting => ['-c', setting]);
    return (0,external_node_child_process_.spawn)(runner.binary, ['-C', runner.repoPath, ...configArgs, ...args], {
        env: gitEnvironment(),
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
    });
}
function spawnFailure(runner, error) {
    const code = error?.code;
    if (code === 'ENOENT') {
        return new GitSourceError('git-not-found', `Could not run git ('${runner.binary}'): it is not installed or not on PATH. ` +
            'Install git, or use the GitHub API source instead.', { cause: error });
    }
    return new GitSourceError('git-failed', `Could not run git: ${String(error)}`, { cause: error });
}
/** Resolves when the child exits, rejecting with a typed error if it could not start. */
function exitOf(runner, child) {
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => {
        if (stderr.length < MAX_STDERR_CHARS)
            stderr += text;
    });
    return new Promise((resolve, reject) => {
        child.once('error', error => reject(spawnFailure(runner, error)));
        child.once('close', (exitCode, signal) => resolve({ exitCode: exitCode ?? (signal ? 128 : 1), stderr: () => stderr.trim() }));
    });
}
/** Runs git to completion and returns its (small) output. Only spawn failures throw. */
async function runGit(runner, args, input) {
    const child = spawnGit(runner, args);
    const exited = exitOf(runner, child);
    // A failed spawn also errors stdin; the 'error' handler of exitOf reports the real cause.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    const { exitCode, stderr } = await exited;
    return { exitCode, stdout: Buffer.concat(chunks).toString('utf8'), stderr: stderr() };
}
function gitFailure(doing, exitCode, stderr) {
    const detail = stderr === '' ? '' : `: ${stderr}`;
    return new GitSourceError('git-failed', `git failed while ${doing} (exit ${exitCode})${detail}`);
}
/**
 * Starts git and streams its stdout into `onChunk` as it arrives (never buffering the whole
 * output). A non-zero exit is a `git-failed` error naming what was being done.
 */
function startGit(runner, args, doing, onChunk) {
    const child = spawnGit(runner, args);
    const exited = exitOf(runner, child);
    child.stdin.on('error', () => undefined);
    const consumed = (async () => {
        try {
            for await (const chunk of child.stdout)
                onChunk(chunk);
        }
        catch (error) {
            child.kill();
            throw error;
        }
    })();
    // Both are awaited in finish(); until then, mark them handled so an early failure is not
    // reported as an unhandled rejection.
    exited.catch(() => undefined);
    consumed.catch(() => undefined);
    // Lines are gathered and sent in one write once the current task is done: a write per line
    // wakes git for each, and over a thousand shas that cost a tenth of a report's time.
    let pending = '';
    const flush = () => {
        if (pending === '')
            return;
        child.stdin.write(pending);
        pending = '';
    };
    return {
        writeLine: line => {
            if (pending === '')
                queueMicrotask(flush);
            pending += `${line}\n`;
        },
        finish: async () => {
            flush();
            child.stdin.end();
            try {
                await consumed;
            }
            catch (error) {
                await exited.catch(() => undefined);
                throw error;
            }
            const { exitCode, stderr } = await exited;
            if (exitCode !== 0)
                throw gitFailure(doing, exitCode, stderr());
        },
        abort: async () => {
            child.kill();
            await Promise.allSettled([exited, consumed]);
        }
    };
}
/** Runs git to completion, streaming its stdout into `onChunk`; see startGit. */
async function streamGit(runner, args, doing, onChunk) {
    await startGit(runner, args, doing, onChunk).finish();
}
/** Synchronous, for the few facts a Source must expose as plain properties. */
function runGitSync(runner, args) {
    const result = (0,external_node_child_process_.spawnSync)(runner.binary, ['-C', runner.repoPath, ...args], {
        env: gitEnvironment(),
        encoding: 'utf8',
        windowsHide: true
    });
    return {
        exitCode: result.error !== undefined ? 127 : (result.status ?? 1),
        stdout: result.stdout ?? '',
        stderr: result.stderr ?? ''
    };
}

;// CONCATENATED MODULE: ./src/collect/git-files.ts


/**
 * The text of `commit:path` for each of `paths`, by path. A path that is missing at that commit,
 * is not a file, or is larger than `maxBytes` has no entry. A commit that does not exist (an
 * empty repository's HEAD) reads as every path missing.
 */
async function readBlobsAt(runner, commit, paths, read) {
    const texts = new Map();
    if (paths.length === 0)
        return texts;
    const child = spawnGit(runner, ['cat-file', '--batch']);
    const exited = exitOf(runner, child);
    child.stdin.on('error', () => undefined);
    child.stdin.end(paths.map(file => `${commit}:${file}\n`).join(''));
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    const { exitCode, stderr } = await exited;
    if (exitCode !== 0)
        throw gitFailure(read.doing, exitCode, stderr());
    const output = Buffer.concat(chunks);
    const maxBytes = read.maxBytes ?? Infinity;
    let at = 0;
    // git answers in the order asked: a header line, then (for an object) its bytes and a newline.
    for (const file of paths) {
        const newline = output.indexOf(0x0a, at);
        if (newline < 0)
            break;
        const header = /^[0-9a-f]+ (\w+) (\d+)$/.exec(output.subarray(at, newline).toString('utf8'));
        at = newline + 1;
        if (header === null)
            continue; // "<name> missing"
        const bytes = Number(header[2]);
        if (header[1] === 'blob' && bytes <= maxBytes) {
            texts.set(file, output.subarray(at, at + bytes).toString('utf8'));
        }
        at += bytes + 1;
    }
    return texts;
}
/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** .gitattributes and CODEOWNERS at HEAD, in one git call; a repository git cannot read has none. */
async function readRepoContext(runner) {
    const texts = await readBlobsAt(runner, 'HEAD', ['.gitattributes', ...CODEOWNERS_PATHS], {
        doing: 'reading .gitattributes and CODEOWNERS'
    }).catch((error) => {
        // Only git's own failure (no repository there) means "none": the history inspection names
        // that case. A git that cannot start at all stays an error.
        if (error instanceof GitSourceError && error.code === 'git-failed')
            return new Map();
        throw error;
    });
    const gitattributes = texts.get('.gitattributes');
    const codeowners = CODEOWNERS_PATHS.map(file => texts.get(file)).find(text => text !== undefined);
    return {
        ...(gitattributes === undefined ? {} : { gitattributes }),
        ...(codeowners === undefined ? {} : { codeowners })
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/collect/git-history.ts




/**
 * Whether the clone described by `facts` holds the whole history of a window starting at
 * `since` (ISO 8601): a repository, not a partial clone, and — if shallow — cut only before
 * `since`. A boundary commit inside the window would itself be miscounted (it diffs against
 * nothing), so it must be strictly older than `since`. An empty repository covers any window.
 */
function historyCovers(facts, since) {
    if (!facts.isRepository || facts.partialClone)
        return false;
    if (!facts.shallow)
        return true;
    const start = Date.parse(since);
    return facts.shallowBoundaries.every(boundary => Date.parse(boundary.time) < start);
}
/** The newest cut of a shallow clone: history is complete only after this time. */
function shallowHorizon(facts) {
    let newest;
    for (const boundary of facts.shallowBoundaries) {
        if (newest === undefined || Date.parse(boundary.time) > Date.parse(newest))
            newest = boundary.time;
    }
    return newest;
}
/** The two settings the inspection reads, in one `git config` (keys come back lowercased). */
const SETTINGS_READ = '^(extensions\\.partialclone|remote\\.origin\\.url)$';
/** `git config -z --get-regexp` output by key; the last value wins, as with `--get`. */
function settingsOf(output) {
    const settings = new Map();
    for (const entry of output.split('\0')) {
        const newline = entry.indexOf('\n');
        if (newline > 0)
            settings.set(entry.slice(0, newline), entry.slice(newline + 1));
    }
    return settings;
}
/**
 * The probe's arguments. `--show-toplevel` would fail in a bare repository and stop the probe;
 * `--show-cdup` prints its line only inside a work tree, which `--is-inside-work-tree` says.
 */
const PROBE = [
    'rev-parse',
    '--is-shallow-repository',
    '--absolute-git-dir',
    '--is-inside-work-tree',
    '--show-cdup',
    '--verify',
    '-q',
    'HEAD^{commit}'
];
/** Inspects the repository; throws GitSourceError for a missing git or a path outside git. */
async function inspectHistory(runner) {
    const [head, config] = await Promise.all([
        runGit(runner, PROBE),
        runGit(runner, ['config', '-z', '--get-regexp', SETTINGS_READ])
    ]);
    const [shallowLine, gitDir, insideWorkTree, cdup] = head.stdout.split('\n');
    if (head.exitCode !== 0 && (head.exitCode !== 1 || gitDir === undefined || gitDir === '')) {
        if (/not a git repository|cannot change to/i.test(head.stderr)) {
            throw new GitSourceError('not-a-repository', `${external_node_path_default().resolve(runner.repoPath)} is not a git repository (or any folder inside one).`);
        }
        throw new GitSourceError('git-failed', `git could not read the repository at ${external_node_path_default().resolve(runner.repoPath)}: ${head.stderr}`);
    }
    // get-regexp exits 1 when neither setting is there.
    const settings = config.exitCode === 0 ? settingsOf(config.stdout) : new Map();
    const remoteUrl = settings.get('remote.origin.url');
    const topLevel = insideWorkTree === 'true' && cdup !== undefined
        ? await workTreeTop(runner.repoPath, cdup)
        : undefined;
    const facts = {
        isRepository: true,
        hasCommits: head.exitCode === 0,
        shallow: shallowLine === 'true',
        shallowBoundaries: [],
        partialClone: (settings.get('extensions.partialclone') ?? '').trim() !== '',
        gitDir,
        ...(remoteUrl !== undefined ? { remoteUrl } : {}),
        ...(topLevel !== undefined ? { topLevel } : {})
    };
    if (facts.shallow && facts.hasCommits && gitDir !== undefined) {
        facts.shallowBoundaries = await readShallowBoundaries(runner, gitDir);
    }
    return facts;
}
/** `folder` plus the probe's way up to the top, with links resolved as git resolves them. */
function workTreeTop(folder, cdup) {
    const top = external_node_path_default().resolve(folder, cdup);
    return (0,promises_.realpath)(top).catch(() => top);
}
async function readShallowBoundaries(runner, gitDir) {
    const shallowFile = await (0,promises_.readFile)(external_node_path_default().join(gitDir, 'shallow'), 'utf8').catch(() => '');
    const grafted = new Set(shallowFile.split('\n').filter(line => line !== ''));
    if (grafted.size === 0)
        return [];
    // Parentless commits reachable from HEAD are the real roots plus the grafted cut points;
    // the shallow file alone may also list tips of other fetched branches.
    const result = await runGit(runner, ['log', '--max-parents=0', '--format=%H %ct', 'HEAD']);
    if (result.exitCode !== 0) {
        throw new GitSourceError('git-failed', `git failed while reading the shallow history: ${result.stderr}`);
    }
    return result.stdout
        .split('\n')
        .map(line => line.split(' '))
        .filter(([sha]) => sha !== undefined && grafted.has(sha))
        .map(([sha = '', seconds = '0']) => ({
        sha,
        time: new Date(Number(seconds) * 1000).toISOString()
    }));
}
/**
 * Facts about the clone at `repoPath` for deciding `source: auto` with historyCovers. Never
 * throws for a missing git or a non-repository: those simply do not cover anything.
 */
async function readGitHistory(repoPath, options = {}) {
    try {
        return await inspectHistory({ repoPath, binary: options.gitBinary ?? 'git' });
    }
    catch (error) {
        if (error instanceof GitSourceError && error.code !== 'git-failed') {
            return {
                isRepository: false,
                hasCommits: false,
                shallow: false,
                shallowBoundaries: [],
                partialClone: false
            };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/collect/git-log-parser.ts

// Incremental parser for `git log -z --raw --numstat --format=<LOG_FORMAT>`. Output arrives in
// chunks and is consumed token by token (git terminates every token with NUL under -z), so a
// 100k-commit history is never held as one string: only the current token is decoded.
//
// Shape of one commit under -z:
//   \x1e<sha>\x1f<parents>\x1f<author name>\x1f<author email>\x1f<committer unix time>\x1f<message>  NUL
//   [\n]:<modes> <shas> <status>  NUL <path> NUL                  (raw; R/C entries carry two paths)
//   <added>\t<deleted>\t<path>  NUL                                (numstat; '-' for binary)
//   <added>\t<deleted>\t NUL <old path> NUL <new path> NUL         (numstat of a rename or copy)
// A header token starts with \x1e, a raw token with ':' (after the first one's leading newline),
// a numstat token with a digit or '-': the kinds cannot be confused, whatever the paths hold.
/** %aN/%aE apply .mailmap; %ct (committer time) decides window membership, see git.ts. */
const LOG_FORMAT = '%x1e%H%x1f%P%x1f%aN%x1f%aE%x1f%ct%x1f%B';
const NUL = 0;
const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
const DASH = 45;
const COLON = 58;
const RECORD_SEPARATOR_BYTE = 0x1e;
const UNIT_SEPARATOR = '\x1f';
function unexpected(bytes, start, end) {
    const text = bytes.toString('utf8', start, Math.min(end, start + 80));
    return new Error(`unexpected git log output: ${JSON.stringify(text)}`);
}
/** What the next token completes, when the current entry spans several tokens. */
var Expect;
(function (Expect) {
    Expect[Expect["Entry"] = 0] = "Entry";
    Expect[Expect["RawPath"] = 1] = "RawPath";
    Expect[Expect["RawFrom"] = 2] = "RawFrom";
    Expect[Expect["RawTo"] = 3] = "RawTo";
    Expect[Expect["NumstatFrom"] = 4] = "NumstatFrom";
    Expect[Expect["NumstatTo"] = 5] = "NumstatTo";
})(Expect || (Expect = {}));
/** Splits a commit message the way git's %s/%b do: the first paragraph is the subject. */
function splitMessage(message) {
    const unix = message.includes('\r') ? message.replace(/\r\n/g, '\n') : message;
    const text = unix.startsWith('\n') ? unix.replace(/^\n+/, '') : unix;
    const blank = text.indexOf('\n\n');
    const subject = (blank === -1 ? text : text.slice(0, blank)).trimEnd();
    const rest = blank === -1 ? '' : text.slice(blank + 2);
    // Nearly every subject is one line, which needs no joining.
    const title = subject.includes('\n')
        ? subject
            .split('\n')
            .map(line => line.trim())
            .join(' ')
            .trim()
        : subject.trim();
    return { title, body: rest.replace(/^\n+/, '').trimEnd() };
}
/**
 * Reads one numstat count ("12\t", or "-\t" for binary files) at `position`. Returns the count
 * and where the next field starts, or undefined when the bytes are not a count.
 */
function readCount(bytes, position) {
    if (bytes[position] === DASH && bytes[position + 1] === TAB)
        return { count: null, next: position + 2 };
    let count = 0;
    let at = position;
    for (let byte = bytes[at]; byte !== undefined && byte >= 48 && byte <= 57; byte = bytes[++at]) {
        count = count * 10 + byte - 48;
    }
    return at > position && bytes[at] === TAB ? { count, next: at + 1 } : undefined;
}
class GitLogParser {
    onCommit;
    carry = null;
    // Paths and names repeat across thousands of commits: one string each keeps the heap small.
    strings = new Map();
    current = null;
    expect = Expect.Entry;
    // The entry being read across tokens: a raw entry's status (and a rename's old path), or a
    // numstat entry's counts until its path arrives.
    status = 'modified';
    previousPath = '';
    additions = 0;
    deletions = 0;
    /** Numstat lists the files in raw's order: the position of the next numstat entry. */
    numstatIndex = 0;
    /** `onCommit` receives each commit once all its files are known. */
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    push(chunk) {
        let start = 0;
        let end = chunk.indexOf(NUL, start);
        if (this.carry !== null) {
            if (end === -1) {
                this.carry = Buffer.concat([this.carry, chunk]);
                return;
            }
            const joined = Buffer.concat([this.carry, chunk.subarray(0, end)]);
            this.carry = null;
            this.token(joined, 0, joined.length);
            start = end + 1;
            end = chunk.indexOf(NUL, start);
        }
        while (end !== -1) {
            this.token(chunk, start, end);
            start = end + 1;
            end = chunk.indexOf(NUL, start);
        }
        // Copy the tail: keeping a view would pin the whole chunk until the next NUL arrives.
        if (start < chunk.length)
            this.carry = Buffer.from(chunk.subarray(start));
    }
    /** Flushes the last commit. Throws if the output stopped in the middle of an entry. */
    end() {
        if (this.carry !== null) {
            // tformat ends the last header with NUL too, so a tail here is a truncated stream,
            // except for a header with no diff that git printed without its terminator.
            const tail = this.carry;
            this.carry = null;
            if (tail.toString('utf8').trim() !== '')
                this.token(tail, 0, tail.length);
        }
        if (this.expect !== Expect.Entry)
            throw new Error('git log output ended in the middle of an entry');
        this.flush();
    }
    // Tokens arrive as byte ranges: raw and numstat tokens are read from the bytes directly,
    // and only paths and headers are decoded, which keeps parsing a small share of git's time.
    token(bytes, start, end) {
        switch (this.expect) {
            case Expect.Entry:
                return this.entry(bytes, start, end);
            case Expect.RawPath:
                this.addFile(this.text(bytes, start, end), undefined);
                return;
            case Expect.RawFrom:
                this.previousPath = this.text(bytes, start, end);
                this.expect = Expect.RawTo;
                return;
            case Expect.RawTo:
                this.addFile(this.text(bytes, start, end), this.previousPath);
                return;
            case Expect.NumstatFrom:
                this.expect = Expect.NumstatTo;
                return;
            case Expect.NumstatTo:
                this.count(bytes.toString('utf8', start, end));
                return;
        }
    }
    entry(bytes, from, end) {
        // The first diff line of a commit comes after the header's newline separator.
        const start = bytes[from] === NEWLINE ? from + 1 : from;
        const first = bytes[start];
        if (first === RECORD_SEPARATOR_BYTE)
            return this.header(bytes.toString('utf8', start, end));
        if (this.current === null)
            throw unexpected(bytes, start, end);
        if (first === COLON) {
            // ":100644 100644 <sha> <sha> R086": the status letter follows the last space.
            const letter = String.fromCharCode(bytes[bytes.lastIndexOf(SPACE, end - 1) + 1] ?? 0);
            this.status = GIT_STATUS_LETTERS[letter] ?? 'modified';
            this.expect = letter === 'R' || letter === 'C' ? Expect.RawFrom : Expect.RawPath;
            return;
        }
        // "<added>\t<deleted>\t<path>", counts as decimal digits or '-' for binary files.
        const added = readCount(bytes, start);
        const deleted = added === undefined ? undefined : readCount(bytes, added.next);
        if (added === undefined || deleted === undefined || deleted.next > end)
            throw unexpected(bytes, start, end);
        this.additions = added.count;
        this.deletions = deleted.count;
        // A rename's numstat names both paths in the next two tokens; others end with the path.
        if (deleted.next === end)
            this.expect = Expect.NumstatFrom;
        else
            this.count(bytes.toString('utf8', deleted.next, end));
    }
    text(bytes, start, end) {
        return this.intern(bytes.toString('utf8', start, end));
    }
    intern(text) {
        const known = this.strings.get(text);
        if (known !== undefined)
            return known;
        this.strings.set(text, text);
        return text;
    }
    header(text) {
        this.flush();
        const fields = [];
        let from = 1;
        for (let i = 0; i < 5; i++) {
            const next = text.indexOf(UNIT_SEPARATOR, from);
            if (next === -1)
                throw new Error(`unexpected git log header: ${JSON.stringify(text.slice(0, 80))}`);
            fields.push(text.slice(from, next));
            from = next + 1;
        }
        const [sha = '', parents = '', authorName = '', authorEmail = '', committedAt = ''] = fields;
        const { title, body } = splitMessage(text.slice(from));
        this.current = {
            sha,
            parents: parents === '' ? [] : parents.split(' '),
            authorName: this.intern(authorName),
            authorEmail: this.intern(authorEmail),
            committedAt: Number(committedAt),
            title,
            body,
            files: []
        };
        this.numstatIndex = 0;
    }
    addFile(path, previousPath) {
        const status = this.status;
        this.current?.files.push(previousPath === undefined
            ? { path, status, additions: 0, deletions: 0 }
            : { path, previousPath, status, additions: 0, deletions: 0 });
        this.expect = Expect.Entry;
    }
    /** Gives the line counts just read to the file at `path`: by position, checked by path. */
    count(path) {
        this.expect = Expect.Entry;
        const files = this.current?.files ?? [];
        const index = this.numstatIndex++;
        const file = files[index]?.path === path ? files[index] : files.find(f => f.path === path);
        if (file === undefined)
            return;
        file.additions = this.additions;
        file.deletions = this.deletions;
    }
    flush() {
        const commit = this.current;
        if (commit === null)
            return;
        this.current = null;
        this.onCommit(commit);
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/collect/git-patch-parser.ts

// Splits `git diff-tree -p --format=%x1e%H` (or `git log -p`) output into one patch (hunks
// only) per commit and file.
// A line starting with \x1e cannot be part of a diff (every diff line starts with a header word,
// '@@', or a ' ', '+', '-', '\' prefix), so it marks the next commit unambiguously.
const PATCH_FORMAT = '%x1e%H';
const ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92
};
/**
 * Reverses git's C-style path quoting (`"dir/caf\303\251 \"x\".txt"`); unquoted text is
 * returned as is. Octal escapes are bytes, so they are collected before decoding UTF-8.
 */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2)
        return text;
    const bytes = [];
    const inner = text.slice(1, -1);
    for (let i = 0; i < inner.length; i++) {
        const char = inner.charAt(i);
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = inner.charAt(i + 1);
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** `a/x`, `"a/x"` or `a/x\t` (git adds the tab when the name has spaces) → `x`. */
function stripPrefix(field, prefix) {
    const unquoted = unquoteGitPath(field.endsWith('\t') ? field.slice(0, -1) : field);
    return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}
/**
 * The path of a non-rename block from its `diff --git a/P b/P` line alone (binary and mode-only
 * blocks have no ---/+++ lines). Both sides name the same path, which resolves the ambiguity
 * of unquoted names with spaces.
 */
function pathFromDiffLine(rest) {
    if (rest.startsWith('"')) {
        let close = 1;
        while (close < rest.length && rest.charAt(close) !== '"')
            close += rest.charAt(close) === '\\' ? 2 : 1;
        return stripPrefix(rest.slice(0, close + 1), 'a/');
    }
    const length = (rest.length - 5) / 2;
    return rest.slice(2, 2 + length);
}
function blockPath(lines) {
    let minus;
    let plus;
    for (const line of lines) {
        if (line.startsWith('@@'))
            break;
        if (line.startsWith('rename to '))
            return unquoteGitPath(line.slice('rename to '.length));
        if (line.startsWith('copy to '))
            return unquoteGitPath(line.slice('copy to '.length));
        if (line.startsWith('+++ '))
            plus = line.slice(4);
        else if (line.startsWith('--- '))
            minus = line.slice(4);
    }
    if (plus !== undefined && plus !== '/dev/null')
        return stripPrefix(plus, 'b/');
    if (minus !== undefined && minus !== '/dev/null')
        return stripPrefix(minus, 'a/');
    return pathFromDiffLine((lines[0] ?? '').slice('diff --git '.length));
}
/** The block and commit markers: lines that end a file's hunks. */
const BLOCK_MARKER = 'diff --git ';
const COMMIT_MARKER = '\x1e';
const git_patch_parser_NEWLINE = 10;
/**
 * Finds, in one decoded text, the next line that starts a block or a commit. Hunk lines start
 * with ' ', '+', '-' or '\', so only those two markers can end a file's hunks, and the text
 * between them is taken whole instead of line by line. Each marker is searched forward once
 * per text: a commit's many blocks do not each rescan the text up to the next commit.
 */
class MarkerScan {
    text;
    blockAt = -1;
    commitAt = -1;
    constructor(text) {
        this.text = text;
    }
    /** The start of the first marker line at or after the line start `from`, or text.length. */
    next(from) {
        if (this.blockAt < from)
            this.blockAt = this.lineStarting(BLOCK_MARKER, from);
        if (this.commitAt < from)
            this.commitAt = this.lineStarting(COMMIT_MARKER, from);
        return Math.min(this.blockAt, this.commitAt);
    }
    lineStarting(marker, from) {
        if (from === 0 && this.text.startsWith(marker))
            return 0;
        const newline = this.text.indexOf(`\n${marker}`, Math.max(0, from - 1));
        return newline === -1 ? this.text.length : newline + 1;
    }
}
/** `text` without its trailing newlines (the blank lines git may print after the last hunk). */
function withoutTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === git_patch_parser_NEWLINE)
        end--;
    return end === text.length ? text : text.slice(0, end);
}
/**
 * Streams `git diff-tree --stdin -p --format=<PATCH_FORMAT>` output and hands over each
 * commit's patches as soon as they are complete: at the next commit's header, or at `end`.
 * A commit with no diff may have no header at all, hence no call.
 *
 * Header lines (the commit's, a block's `diff --git`, `---`, `+++`, `rename to`) are read one
 * by one; a block's hunks, most of the output, are sliced out of the text in one piece per
 * chunk: splitting them into lines only to join them again was most of this parser's work.
 */
class GitPatchParser {
    onCommit;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    partialLine = '';
    sha = null;
    commit = new Map();
    /** The current block's lines up to its first hunk; undefined outside a block. */
    header;
    /** The current block's hunks so far, one piece per chunk; undefined before its first hunk. */
    hunks;
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    push(chunk) {
        const text = this.partialLine + this.decoder.write(chunk);
        const complete = text.lastIndexOf('\n') + 1;
        this.partialLine = text.slice(complete);
        this.lines(text, complete);
    }
    end() {
        const rest = this.partialLine + this.decoder.end();
        this.partialLine = '';
        if (rest !== '')
            this.lines(`${rest}\n`, rest.length + 1);
        this.flushCommit();
    }
    /** Reads the lines of text up to `end`, which is just past a newline. */
    lines(text, end) {
        const markers = new MarkerScan(text);
        let at = 0;
        while (at < end) {
            if (this.hunks === undefined && this.header !== undefined && text.startsWith('@@', at))
                this.hunks = [];
            if (this.hunks !== undefined) {
                const next = Math.min(markers.next(at), end);
                this.hunks.push(text.slice(at, next));
                if (next < end)
                    this.flushBlock();
                at = next;
                continue;
            }
            const newline = text.indexOf('\n', at);
            this.line(text.slice(at, newline));
            at = newline + 1;
        }
    }
    line(line) {
        if (line.startsWith(COMMIT_MARKER)) {
            this.flushCommit();
            this.sha = line.slice(1).trim();
        }
        else if (line.startsWith(BLOCK_MARKER)) {
            this.flushBlock();
            this.header = [line];
        }
        else {
            this.header?.push(line);
        }
    }
    flushCommit() {
        this.flushBlock();
        const sha = this.sha;
        if (sha === null)
            return;
        const patches = this.commit;
        this.sha = null;
        this.commit = new Map();
        this.onCommit(sha, patches);
    }
    flushBlock() {
        const { header, hunks } = this;
        this.header = undefined;
        this.hunks = undefined;
        // Binary and mode-only changes have no hunks, hence no patch.
        if (header === undefined || hunks === undefined || this.sha === null)
            return;
        const patch = withoutTrailingNewlines(hunks.length === 1 ? hunks[0] : hunks.join(''));
        const path = blockPath(header);
        // A file ⇄ symlink change comes as a deletion block and a creation block for one path.
        const earlier = this.commit.get(path);
        this.commit.set(path, earlier === undefined ? patch : `${earlier}\n${patch}`);
    }
}

;// CONCATENATED MODULE: ./src/collect/git-remote.ts
// Turns a git remote URL into 'owner/name'. Pure, so every URL form is tested without git.
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** scp-like syntax: `[user@]host:path`, as long as no '/' comes before the ':'. */
const SCP_LIKE = /^(?:[^@/]+@)?[^:/]+:(?!\/\/)(.+)$/;
/**
 * 'owner/name' from `https://github.com/owner/name(.git)`, `ssh://git@host[:port]/owner/name`,
 * `git@github.com:owner/name.git`, `git://...` and Enterprise hosts (the last two path
 * segments). Local paths and `file://` URLs name no owner: undefined.
 */
function parseRemoteUrl(url) {
    return parseRemote(url)?.repository;
}
/** The host (lower case, no port or user) and 'owner/name' of a remote URL. */
function parseRemote(url) {
    const text = url.trim();
    let path;
    let host = '';
    const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
        if (scheme === 'file')
            return undefined;
        try {
            const parsed = new URL(text);
            path = decodeURIComponent(parsed.pathname);
            host = parsed.hostname;
        }
        catch {
            return undefined;
        }
    }
    else if (!text.startsWith('/') && !text.startsWith('.') && !/^[a-z]:[\\/]/i.test(text)) {
        path = SCP_LIKE.exec(text)?.[1];
        host = /^(?:[^@/]+@)?([^:/]+):/.exec(text)?.[1] ?? '';
    }
    if (path === undefined)
        return undefined;
    const repository = repositoryOfPath(path);
    return repository === undefined ? undefined : { host: host.toLowerCase(), repository };
}
/** github.com's web address: its remotes are also reached as www.github.com and ssh.github.com. */
const GITHUB_COM = 'https://github.com';
/**
 * The repository's web address when the remote is on a GitHub host: github.com, or one of
 * `servers` (GitHub Enterprise Server web addresses, such as the runner's GITHUB_SERVER_URL).
 * Any other host (GitLab, a local path) gives undefined: its commit pages are not GitHub's.
 */
function githubRepositoryUrl(remoteUrl, servers = []) {
    const remote = parseRemote(remoteUrl);
    if (remote === undefined)
        return undefined;
    const host = remote.host.replace(/^(?:www|ssh)\./, '');
    for (const server of [GITHUB_COM, ...servers]) {
        let serverHost;
        try {
            serverHost = new URL(server).hostname.toLowerCase();
        }
        catch {
            continue;
        }
        if (serverHost === host)
            return `${server.replace(/\/+$/, '')}/${remote.repository}`;
    }
    return undefined;
}
function repositoryOfPath(path) {
    const segments = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter(segment => segment !== '');
    const name = segments.at(-1);
    const owner = segments.at(-2);
    return owner !== undefined && name !== undefined ? `${owner}/${name}` : undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/classify/patch.ts
// Unified-diff hunks as the two sides of each hunk, which is what the diff-shape signals read.
const HUNK_HEADER = /^@@ [^@]* @@(.*)$/;
const CARRIAGE_RETURN = 13;
/**
 * The hunks of a unified diff, its lines split as `split(/\r?\n/)` would. The lines are found
 * with indexOf and only their text is sliced out: every patch read passes through here, and
 * splitting each into line strings first cost as much as reading them.
 */
function parsePatch(patch) {
    const hunks = [];
    let current;
    for (let start = 0;;) {
        const newline = patch.indexOf('\n', start);
        let end = newline === -1 ? patch.length : newline;
        if (newline !== -1 && end > start && patch.charCodeAt(end - 1) === CARRIAGE_RETURN)
            end--;
        const kind = patch[start];
        if (kind === '@') {
            const header = HUNK_HEADER.exec(patch.slice(start, end));
            if (header)
                hunks.push((current = { header: (header[1] ?? '').trim(), lines: [] }));
        }
        else if (current && (kind === '+' || kind === '-' || kind === ' ')) {
            current.lines.push({ kind, text: patch.slice(start + 1, end) });
        }
        else if (current && start === end) {
            current.lines.push({ kind: ' ', text: '' });
        }
        if (newline === -1)
            return hunks;
        start = newline + 1;
    }
}
/** The old side ('-' and context) or new side ('+' and context) of a hunk, as lines. */
function side(hunk, which) {
    const drop = which === 'old' ? '+' : '-';
    return hunk.lines.filter(line => line.kind !== drop).map(line => line.text);
}
function changedLines(hunks) {
    return hunks.flatMap(hunk => hunk.lines.flatMap(line => (line.kind === ' ' ? [] : [{ kind: line.kind, text: line.text }])));
}
/**
 * The hunk with comma churn taken out: a JSON line that only gained or lost its trailing comma
 * (because a line was added after it) reads as context, so that what counts is what changed.
 */
function withoutCommaChurn(hunk) {
    const bare = (text) => text.trim().replace(/,$/, '');
    const removed = hunk.lines.filter(line => line.kind === '-');
    const churn = new Set();
    for (const plus of hunk.lines) {
        if (plus.kind !== '+')
            continue;
        const minus = removed.find(line => !churn.has(line) &&
            line.text.trim() !== plus.text.trim() &&
            bare(line.text) === bare(plus.text));
        if (minus === undefined)
            continue;
        churn.add(minus);
        churn.add(plus);
    }
    if (churn.size === 0)
        return hunk;
    const lines = hunk.lines.flatMap(line => {
        if (!churn.has(line))
            return [line];
        return line.kind === '-' ? [] : [{ kind: ' ', text: line.text }];
    });
    return { header: hunk.header, lines };
}

;// CONCATENATED MODULE: ./src/classify/directives.ts
// Comments that instruct a tool — a linter, type checker, formatter or coverage tool — rather
// than explain code to a reader. Adding `// eslint-disable-next-line` is a code change in all
// but syntax: the comment lexer reads these as code (comment-lexer.ts), and the tool-directives
// signal explains such edits (signals/tool-directives.ts).
const DIRECTIVE = /^\s*(\/\/+|\/\*+|#+|--|;+|%|<!--)?\s*(eslint(-disable|-enable)?\b|eslint-disable|jshint\b|jscs:|tslint:|@ts-(ignore|expect-error|nocheck|check)\b|prettier-ignore|biome-ignore|deno-lint-ignore|deno-fmt-ignore|dprint-ignore|stylelint-(disable|enable)|markdownlint-(disable|enable|capture|restore)|istanbul ignore|c8 ignore|v8 ignore|noqa\b|type:\s*ignore|pyright:|mypy:|pylint:\s*(disable|enable)|pragma:\s*no (cover|branch)|fmt:\s*(off|on|skip)|isort:\s*(skip|off|on)|ruff:\s*(noqa|isort)|nolint\b|lint:(ignore|file-ignore)|go:(generate|build|embed|linkname|noinline|nosplit)\b|\+build\b|NOLINT|NOSONAR|noinspection|rubocop:(disable|enable|todo)|swiftlint:|clang-format (off|on)|cspell:|spell-?checker:|codespell:ignore|@formatter:(off|on)|CHECKSTYLE:|ktlint-disable|detekt|@suppress|coverage:ignore|nosec\b|gosec\b)/i;
/** Whether a comment's text (with or without its marker) is a tool directive. */
function isToolDirective(comment) {
    return DIRECTIVE.test(comment);
}

;// CONCATENATED MODULE: ./src/classify/comment-lexer.ts


/**
 * Where a hunk starts: a hunk cut out of the middle of a block comment or docstring shows a
 * closing delimiter before any opening one (or an odd number of triple quotes, the first alone).
 */
function initialState(hunk, syntax) {
    const old = side(hunk, 'old');
    const text = old.join('\n');
    for (const [open, close] of syntax.block) {
        const closeAt = text.indexOf(close);
        const openAt = text.indexOf(open);
        if (closeAt >= 0 && (openAt < 0 || closeAt < openAt))
            return { kind: 'block', close };
    }
    if (syntax.docstrings) {
        for (const quote of ['"""', "'''"]) {
            const lines = old.concat(side(hunk, 'new'));
            const occurrences = text.split(quote).length - 1;
            const at = lines.findIndex(line => line.includes(quote));
            const first = lines[at];
            if (occurrences % 2 === 1 &&
                first !== undefined &&
                first.trim() === quote &&
                !opensAfterHeader(lines, at))
                return { kind: 'docstring', quote };
        }
    }
    return { kind: 'code' };
}
/** A docstring opens right after a `def`/`class` header (a line ending with ':'). */
function opensAfterHeader(lines, at) {
    for (let i = at - 1; i >= 0; i--) {
        const text = (lines[i] ?? '').trim();
        if (text !== '')
            return text.endsWith(':');
    }
    return false;
}
const specialPatterns = new WeakMap();
/** One expression for every character sequence that may start a string or a comment. */
function specialsOf(syntax) {
    let pattern = specialPatterns.get(syntax);
    if (pattern === undefined) {
        const starts = [...syntax.quotes, ...syntax.line, ...syntax.block.map(([open]) => open)];
        const escaped = starts.map(start => start.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
        // Docstrings open with a quote character, which is always among the quotes.
        pattern = escaped.length === 0 ? /$^/g : new RegExp(escaped.join('|'), 'g');
        specialPatterns.set(syntax, pattern);
    }
    return pattern;
}
/** Where the string opened by `quote` closes in `line` (past its closing quote), or -1. */
function stringEnd(line, from, quote) {
    let index = from;
    for (;;) {
        const close = line.indexOf(quote, index);
        const escape = line.indexOf('\\', index);
        if (escape >= 0 && (close < 0 || escape < close)) {
            index = escape + 2;
            continue;
        }
        return close < 0 ? -1 : close + quote.length;
    }
}
/** A lexer over one side of a hunk. Index-based scanning keeps it linear in the text's length. */
class CommentLexer {
    syntax;
    state;
    directives;
    code = '';
    comments = '';
    /** A comment was a tool directive: the other DirectiveReading would have read it otherwise. */
    metDirective = false;
    quote;
    line = '';
    index = 0;
    constructor(syntax, state, directives) {
        this.syntax = syntax;
        this.state = state;
        this.directives = directives;
    }
    read(line) {
        if (this.isStarContinuation(line)) {
            this.comments += `${line}\n`;
            return;
        }
        this.line = line;
        this.index = 0;
        while (this.index < line.length)
            this.step();
        // Only backtick and triple-quoted strings span lines; an apostrophe in prose must not
        // swallow the rest of the hunk.
        if (this.quote !== undefined && this.quote !== '`' && this.quote.length === 1)
            this.quote = undefined;
        this.code += '\n';
        this.comments += '\n';
    }
    isStarContinuation(line) {
        return (this.state.kind === 'code' &&
            this.quote === undefined &&
            this.syntax.starContinuation === true &&
            /^\s*\*(\s|\/|$)/.test(line));
    }
    step() {
        const { line } = this;
        if (this.state.kind !== 'code')
            return this.insideComment();
        if (this.quote !== undefined)
            return this.insideString();
        const special = this.nextSpecial();
        if (special > this.index) {
            this.code += line.slice(this.index, special);
            this.index = special;
            return;
        }
        if (this.docstringOrTriple())
            return;
        if (this.blockComment())
            return;
        if (this.lineComment())
            return;
        const char = line[this.index] ?? '';
        if (this.syntax.quotes.includes(char))
            this.quote = char;
        this.code += char;
        this.index += 1;
    }
    nextSpecial() {
        const pattern = specialsOf(this.syntax);
        pattern.lastIndex = this.index;
        return pattern.exec(this.line)?.index ?? this.line.length;
    }
    insideComment() {
        const state = this.state;
        const close = state.kind === 'block' ? state.close : state.quote;
        const end = this.line.indexOf(close, this.index);
        const stop = end < 0 ? this.line.length : end;
        this.comments += this.line.slice(this.index, stop);
        this.index = end < 0 ? stop : end + close.length;
        if (end >= 0)
            this.state = { kind: 'code' };
    }
    insideString() {
        const end = stringEnd(this.line, this.index, this.quote);
        this.code += this.line.slice(this.index, end < 0 ? this.line.length : end);
        this.index = end < 0 ? this.line.length : end;
        if (end >= 0)
            this.quote = undefined;
    }
    docstringOrTriple() {
        if (!this.syntax.docstrings)
            return false;
        const { line, index } = this;
        const triple = line.startsWith('"""', index)
            ? '"""'
            : line.startsWith("'''", index)
                ? "'''"
                : undefined;
        if (!triple)
            return false;
        if (/^\s*[rRuUbB]?$/.test(line.slice(0, index))) {
            this.state = { kind: 'docstring', quote: triple };
        }
        else {
            this.quote = triple;
            this.code += triple;
        }
        this.index += 3;
        return true;
    }
    blockComment() {
        const { line, index } = this;
        const block = this.syntax.block.find(([open]) => line.startsWith(open, index));
        if (!block)
            return false;
        const close = line.indexOf(block[1], index + block[0].length);
        // A directive in a block comment closed on the same line (`/* eslint-disable */`).
        if (close >= 0 && this.isDirective(line.slice(index, close)) && this.directives === 'code') {
            this.code += line.slice(index, close + block[1].length);
            this.index = close + block[1].length;
            return true;
        }
        this.state = { kind: 'block', close: block[1] };
        this.index += block[0].length;
        return true;
    }
    /** Whether a comment is a tool directive, noted whichever way directives are read. */
    isDirective(comment) {
        const directive = isToolDirective(comment);
        this.metDirective ||= directive;
        return directive;
    }
    lineComment() {
        const { line, index, syntax } = this;
        const marker = syntax.line.find(start => line.startsWith(start, index));
        if (!marker)
            return false;
        if (syntax.lineCommentNeedsSpace && index > 0 && !/\s/.test(line[index - 1] ?? ''))
            return false;
        const text = line.slice(index);
        if (this.isDirective(text) && this.directives === 'code')
            this.code += text;
        else
            this.comments += text;
        this.index = line.length;
        return true;
    }
}
/**
 * One side of a hunk as code text and comment text, and whether a comment was a tool
 * directive (without one, both ways of reading directives give the same texts).
 */
function strip(hunk, which, syntax, start = { kind: 'code' }, directives = 'code') {
    const lexer = new CommentLexer(syntax, start, directives);
    for (const line of side(hunk, which))
        lexer.read(line);
    return { code: lexer.code, comments: lexer.comments, metDirective: lexer.metDirective };
}

;// CONCATENATED MODULE: ./src/classify/comments.ts


const C_LIKE = {
    family: 'c-like',
    line: ['//'],
    block: [['/*', '*/']],
    quotes: ['"', "'", '`'],
    starContinuation: true
};
const HASH = {
    family: 'hash',
    line: ['#'],
    block: [],
    quotes: ['"', "'"],
    lineCommentNeedsSpace: true
};
const SYNTAX_BY_EXTENSION = {};
function register(extensions, syntax) {
    for (const extension of extensions.split(' '))
        SYNTAX_BY_EXTENSION[extension] = syntax;
}
register('js jsx mjs cjs ts tsx mts cts java kt kts scala groovy gradle c h cc cpp cxx hpp hh m mm cs swift dart go proto json jsonc json5', C_LIKE);
register('rs', { ...C_LIKE, family: 'rust', quotes: ['"'] });
register('php', { ...C_LIKE, family: 'php', line: ['//', '#'] });
register('css', { ...C_LIKE, family: 'css', line: [] });
register('scss less styl', { ...C_LIKE, family: 'scss' });
register('py pyi', { ...HASH, family: 'python', docstrings: true, lineCommentNeedsSpace: false });
register('sh bash zsh fish ksh rb pl pm r yml yaml toml tf hcl nix ps1 cmake ex exs cr jl nim coffee mk dockerfile', HASH);
register('ini cfg conf properties', { ...HASH, family: 'ini', line: ['#', ';'] });
register('sql', { family: 'sql', line: ['--'], block: [['/*', '*/']], quotes: ["'", '"'] });
register('lua', { family: 'lua', line: ['--'], block: [['--[[', ']]']], quotes: ["'", '"'] });
register('hs elm', { family: 'haskell', line: ['--'], block: [['{-', '-}']], quotes: ['"'] });
register('clj cljs cljc edn lisp el scm rkt', {
    family: 'lisp',
    line: [';'],
    block: [],
    quotes: ['"']
});
register('erl hrl tex sty', { family: 'percent', line: ['%'], block: [], quotes: ['"'] });
register('html htm xml svg vue svelte xhtml', {
    family: 'markup',
    line: [],
    block: [['<!--', '-->']],
    quotes: []
});
const SYNTAX_BY_NAME = {
    makefile: HASH,
    gnumakefile: HASH,
    dockerfile: HASH,
    rakefile: HASH,
    gemfile: HASH,
    justfile: HASH,
    jenkinsfile: C_LIKE,
    vagrantfile: HASH,
    codeowners: HASH,
    '.editorconfig': { ...HASH, family: 'ini', line: ['#', ';'] },
    '.gitattributes': HASH,
    '.gitignore': HASH
};
/** The comment syntax of `path`'s language, or undefined when it is not known. */
function commentSyntaxOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const byName = SYNTAX_BY_NAME[name];
    if (byName)
        return byName;
    if (name.startsWith('dockerfile') || name.endsWith('.dockerfile'))
        return HASH;
    const dot = name.lastIndexOf('.');
    if (dot < 0)
        return undefined;
    return SYNTAX_BY_EXTENSION[name.slice(dot + 1)];
}
/**
 * What a file's patch changes: only comments, only whitespace, or code. Undefined when unknown.
 * Tool directives (`// eslint-disable-next-line`, `# noqa`) are read as code by default: they
 * change what a tool does, not what a reader learns.
 */
function diffShape(path, patch, directives = 'code') {
    return readDiffShape(path, patch, directives).shape;
}
/** diffShape, saying whether the way directives are read could have mattered. */
function readDiffShape(path, patch, directives = 'code') {
    const syntax = commentSyntaxOf(path);
    if (!syntax || patch === undefined)
        return { shape: undefined, metDirective: false };
    const hunks = typeof patch === 'string' ? parsePatch(patch) : patch;
    if (!hunks.some(hunk => hunk.lines.some(line => line.kind !== ' ')))
        return { shape: undefined, metDirective: false };
    return shapeOfHunks(hunks, syntax, directives);
}
function shapeOfHunks(hunks, syntax, directives) {
    let commentsChanged = false;
    let metDirective = false;
    for (const hunk of hunks) {
        const start = initialState(hunk, syntax);
        const before = strip(hunk, 'old', syntax, start, directives);
        const after = strip(hunk, 'new', syntax, start, directives);
        metDirective ||= before.metDirective || after.metDirective;
        // Code moved from one hunk to another is still a code change, so hunks are compared one
        // by one, and the first that changes code settles it.
        if (!sameWithoutWhitespace(before.code, after.code))
            return { shape: 'code', metDirective };
        commentsChanged ||= !sameWithoutWhitespace(before.comments, after.comments);
    }
    return { shape: commentsChanged ? 'comment-only' : 'whitespace-only', metDirective };
}
/** Whether a UTF-16 code unit is whitespace as `/\s/` has it (all of which is in the BMP). */
function isWhitespace(unit) {
    if (unit <= 32)
        return unit === 32 || (unit >= 9 && unit <= 13);
    if (unit < 0xa0)
        return false;
    return (unit === 0xa0 ||
        unit === 0x1680 ||
        (unit >= 0x2000 && unit <= 0x200a) ||
        unit === 0x2028 ||
        unit === 0x2029 ||
        unit === 0x202f ||
        unit === 0x205f ||
        unit === 0x3000 ||
        unit === 0xfeff);
}
/**
 * `a.replace(/\s+/g, '') === b.replace(/\s+/g, '')`, compared in place: both sides of every
 * hunk of every patch read are compared, and building the squashed copies was the largest
 * part of reading a diff's shape.
 */
function sameWithoutWhitespace(a, b) {
    let i = 0;
    let j = 0;
    for (;;) {
        while (i < a.length && isWhitespace(a.charCodeAt(i)))
            i++;
        while (j < b.length && isWhitespace(b.charCodeAt(j)))
            j++;
        if (i === a.length || j === b.length)
            return i === a.length && j === b.length;
        if (a.charCodeAt(i) !== b.charCodeAt(j))
            return false;
        i++;
        j++;
    }
}

;// CONCATENATED MODULE: ./src/classify/shared-module.ts


const IMPORT_PATTERNS = [
    /\bfrom\s+['"]([^'"]+)['"]/, // JS/TS import/export ... from 'x'
    /^\s*import\s+['"]([^'"]+)['"]/, // JS side-effect import, Go single import
    /\b(?:require|require_relative|import)\s*\(?\s*['"]([^'"]+)['"]/, // require('x'), import('x'), Ruby
    /^\s*from\s+(\.*[\w.]*)\s+import\s+([\w\s,()*]+)/, // Python from-import (group 2: names)
    /^\s*import\s+([\w.]+)(?:\s+as\s+\w+)?\s*$/, // Python/Java-ish `import a.b`
    /^\s*import\s+(?:static\s+)?([\w.]+)(?:\.\*)?\s*;/, // Java/Kotlin/Scala
    /^\s*use\s+((?:crate|super|self)::[\w:]+)/, // Rust
    /^\s*#\s*include\s+"([^"]+)"/, // C/C++ local include
    /^\s*(?:\w+\s+)?"([\w./-]+)"\s*$/ // Go import block entry
];
/** A file's hunks parsed from its patch, for a caller with no readings at hand. */
const parseFilePatch = file => parsePatch(file.patch ?? '');
/** Module specifiers that the patch's added lines (or, with `kind` '-', removed lines) import. */
function addedImports(patch, kind = '+') {
    const specifiers = [];
    for (const hunk of typeof patch === 'string' ? parsePatch(patch) : patch) {
        for (const line of hunk.lines) {
            if (line.kind !== kind)
                continue;
            for (const pattern of IMPORT_PATTERNS) {
                const match = pattern.exec(line.text);
                if (!match?.[1])
                    continue;
                specifiers.push(match[1]);
                // `from . import a, b` names modules, not symbols, when the source is only dots.
                if (/^\.+$/.test(match[1]) && match[2]) {
                    for (const name of match[2].replace(/[()]/g, '').split(','))
                        specifiers.push(`${match[1]}${name.trim()}`);
                }
                break;
            }
        }
    }
    return specifiers;
}
function withoutExtension(path) {
    const stripped = path.replace(/\.[^./]+$/, '');
    return stripped.replace(/\/(index|__init__|mod)$/, '');
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function normalize(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** Where a specifier written in `importer` points, as a repository path without extension. */
function resolveSpecifier(specifier, importer) {
    const pythonRelative = /^(\.+)([\w.]*)$/.exec(specifier);
    if (pythonRelative &&
        !specifier.startsWith('./') &&
        !specifier.startsWith('../') &&
        importer.endsWith('.py')) {
        const ups = (pythonRelative[1]?.length ?? 1) - 1;
        let base = dirname(importer);
        for (let i = 0; i < ups; i += 1)
            base = dirname(base);
        return {
            path: normalize(`${base}/${(pythonRelative[2] ?? '').replace(/\./g, '/')}`),
            relative: true
        };
    }
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
        return {
            path: withoutExtension(normalize(`${dirname(importer)}/${specifier}`)),
            relative: true
        };
    }
    const rust = /^(crate|super|self)::(.*)$/.exec(specifier);
    if (rust)
        return { path: (rust[2] ?? '').split('::').slice(0, -1).join('/'), relative: false };
    let path = specifier.replace(/^[@~]\//, '');
    if (!path.includes('/') && /^[\w]+(\.[\w]+)+$/.test(path) && !/\.(h|hpp|js|ts)$/.test(path))
        path = path.replace(/\./g, '/');
    return { path: withoutExtension(path), relative: false };
}
/** Whether a resolved specifier names `module` (a repository path). */
function pointsTo(resolved, module) {
    const key = withoutExtension(module);
    if (resolved.path === '')
        return false;
    if (resolved.path === key)
        return true;
    if (resolved.relative)
        return false;
    // Non-relative specifiers (package aliases, dotted names, Go import paths) are matched on
    // their trailing path segments, at a segment boundary; a Go import names the directory.
    // Go import paths carry the module path before the repository directory, so they end with it.
    const dir = dirname(module);
    return (key.endsWith(`/${resolved.path}`) ||
        dir === resolved.path ||
        dir.endsWith(`/${resolved.path}`) ||
        (dir !== '' && resolved.path.endsWith(`/${dir}`)));
}
/** A file that existed before the change and still does. */
function isExisting(file) {
    return file.status !== 'added' && file.status !== 'deleted' && file.status !== 'copied';
}
/** Modules of the change that at least `minImporters` other files of the change newly import. */
function findSharedModules(files, minImporters, hunksOf = parseFilePatch) {
    // Importers are read from patches: without enough of them no module can qualify.
    if (files.filter(file => file.patch !== undefined).length < minImporters)
        return [];
    const modules = files.filter(file => file.status !== 'deleted' &&
        (file.additions ?? 0) > 0 &&
        commentSyntaxOf(file.path) !== undefined &&
        !/\.(ya?ml|toml|ini|cfg|json5?)$/.test(file.path));
    // Reuse means existing code is made to use the module: a new file importing it (the module's
    // own new tests, a new feature beside it) is not reuse.
    const imports = files
        .filter(file => file.patch !== undefined && isExisting(file))
        .map(file => {
        const resolve = (spec) => resolveSpecifier(spec, file.path);
        const hunks = hunksOf(file);
        return {
            file: file.path,
            specifiers: addedImports(hunks).map(resolve),
            // What the file imported before: rewriting an import (require → import, a new
            // extension) is not a new use.
            before: addedImports(hunks, '-').map(resolve)
        };
    });
    const shared = [];
    for (const module of modules) {
        const importers = imports
            .filter(entry => entry.file !== module.path &&
            entry.specifiers.some(spec => pointsTo(spec, module.path)) &&
            !entry.before.some(spec => pointsTo(spec, module.path)))
            .map(entry => entry.file);
        if (importers.length >= minImporters)
            shared.push({ module: module.path, importers });
    }
    return shared;
}

;// CONCATENATED MODULE: ./src/score/reach.ts
// Reach — config present ≠ in use. For the window's pattern and automation changes, how far
// each reaches in the repository at the window's end: a shared module's importers, whether a
// lint/format tool is run by CI or a hook, what a workflow triggers on, how much of the tree
// CODEOWNERS covers. Pure: collect reads the tree (src/collect/git-tree.ts), this reads it.



/** At most this many items are read and reported: the newest window's changes first. */
const MAX_REACH_ITEMS = 20;
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const CODEOWNERS = /^(|\.github\/|docs\/|\.gitlab\/)CODEOWNERS$/;
const LINT_SIGNALS = new Set(['path:lint-config', 'config:lint-rules']);
const HOOK_FILES = /^(\.husky\/[^/]+|\.?lefthook\.ya?ml|\.pre-commit-config\.ya?ml|\.lintstagedrc[^/]*|lint-staged\.config\.[a-z]+|\.githooks\/[^/]+)$/;
const CODE_FILE = /\.(m?[jt]sx?|c[jt]s|py|go|rs|rb|java|kt|kts|scala|swift|c|cc|cpp|h|hpp|php|cs|ex|exs|vue|svelte)$/;
function kindOf(reason) {
    const file = reason.file ?? '';
    if (reason.signal === 'shared-module')
        return 'shared-module';
    if (LINT_SIGNALS.has(reason.signal))
        return 'lint-config';
    if (WORKFLOW.test(file))
        return 'workflow';
    if (CODEOWNERS.test(file))
        return 'codeowners';
    return undefined;
}
/**
 * What to read reach for: each file a pattern or automation reason names, once, with the
 * earliest change of the window that named it (for a shared module, its introduction).
 */
function reachTargets(changes) {
    const byPath = new Map();
    for (const change of changes) {
        const at = Date.parse(change.time);
        for (const reason of change.reasons) {
            if (reason.category !== 'patterns' && reason.category !== 'automation')
                continue;
            const kind = kindOf(reason);
            if (kind === undefined || reason.file === undefined)
                continue;
            const key = `${kind}\0${reason.file}`;
            const known = byPath.get(key);
            if (known === undefined || at < known.at || (at === known.at && change.id < known.change))
                byPath.set(key, { path: reason.file, kind, change: change.id, at });
        }
    }
    return [...byPath.values()]
        .sort((a, b) => b.at - a.at || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .slice(0, MAX_REACH_ITEMS)
        .map(({ path, kind, change }) => ({ path, kind, change }));
}
/** The word a file that imports `module` must contain: its name, or its folder's for an index. */
function importWord(module) {
    const parts = module.split('/');
    const base = (parts.at(-1) ?? '').replace(/\.[^.]+$/, '');
    if (/^(index|__init__|mod|lib|main)$/.test(base) && parts.length > 1)
        return parts.at(-2) ?? base;
    return base;
}
/** The files whose text reach needs at the window's end, besides shared modules' importers. */
function configPaths(targets, files) {
    const wanted = new Set();
    const present = new Set(files);
    for (const target of targets) {
        if (target.kind === 'workflow' || target.kind === 'codeowners')
            wanted.add(target.path);
    }
    if (targets.some(target => target.kind === 'lint-config')) {
        for (const file of files)
            if (WORKFLOW.test(file) || HOOK_FILES.test(file))
                wanted.add(file);
        wanted.add('package.json');
        // A shared config file names its tools only inside: read it to know which.
        for (const target of targets)
            if (target.kind === 'lint-config' && SHARED_CONFIG.test(target.path))
                wanted.add(target.path);
    }
    return [...wanted].filter(file => present.has(file)).sort();
}
/** Files that could import `module` (code files other than itself), for collect to narrow by word. */
function mayImport(module, file) {
    return file !== module && CODE_FILE.test(file);
}
/** Whether `text`, the file at `file`, imports `module`. */
function imports(text, file, module) {
    const lines = text.split('\n');
    const patch = `@@ -0,0 +1,${lines.length} @@\n${lines.map(line => `+${line}`).join('\n')}`;
    return addedImports(patch).some(spec => pointsTo(resolveSpecifier(spec, file), module));
}
function importersIn(snapshot, module) {
    return Object.entries(snapshot.texts).filter(([file, text]) => mayImport(module, file) && imports(text, file, module)).length;
}
/** The tool a lint/format config belongs to, from its file name (`.eslintrc.json` → eslint). */
function toolOf(path) {
    const base = (path.split('/').at(-1) ?? '').toLowerCase();
    if (base === 'pyrightconfig.json')
        return 'pyright';
    if (base === 'deno.json' || base === 'deno.jsonc')
        return 'deno';
    if (base.startsWith('tsconfig'))
        return 'tsc';
    return base
        .replace(/^\./, '')
        .replace(/\.config\..*$/, '')
        .replace(/(rc)?(\.[^.]*)*$/, '')
        .replace(/^(checkstyle|detekt).*/, '$1');
}
/** Config files of many tools, whose tools are named by their sections. */
const SHARED_CONFIG = /(^|\/)(pyproject\.toml|setup\.cfg|tox\.ini)$/;
const SECTION_TOOLS = /^\[(?:tool[.:])?(ruff|black|isort|mypy|pylint|pyright|flake8|codespell|pydocstyle|pycodestyle)\b/gm;
/** The lint tools a shared config file configures, by its sections (`[tool.ruff]`, `[flake8]`). */
function sectionTools(text) {
    return [...new Set([...(text ?? '').matchAll(SECTION_TOOLS)].map(match => match[1] ?? ''))].sort();
}
const TOOL_WORDS = {
    rustfmt: ['rustfmt', 'cargo fmt'],
    clippy: ['clippy'],
    golangci: ['golangci'],
    editorconfig: ['editorconfig'],
    'clang-format': ['clang-format'],
    tsc: ['tsc', 'typecheck', 'type-check']
};
function mentions(text, words) {
    const lower = text.toLowerCase();
    return words.some(word => {
        const at = new RegExp(`(^|[^\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`);
        return at.test(lower);
    });
}
/** package.json scripts that run the tool, as the words a workflow or hook would say to run them. */
function scriptWords(packageJson, words) {
    if (packageJson === undefined)
        return [];
    let scripts;
    try {
        scripts = JSON.parse(packageJson).scripts;
    }
    catch {
        return [];
    }
    if (typeof scripts !== 'object' || scripts === null)
        return [];
    return Object.entries(scripts)
        .filter(([, command]) => typeof command === 'string' && mentions(command, words))
        .flatMap(([name]) => [
        `npm run ${name}`,
        `yarn ${name}`,
        `pnpm ${name}`,
        `pnpm run ${name}`,
        `yarn run ${name}`,
        `bun run ${name}`
    ]);
}
function lintReach(target, end) {
    const shared = SHARED_CONFIG.test(target.path) ? sectionTools(end.texts[target.path]) : undefined;
    const tool = shared === undefined ? toolOf(target.path) : shared.join(', ');
    const words = shared ?? TOOL_WORDS[tool] ?? [tool];
    const viaScripts = [...words, ...scriptWords(end.texts['package.json'], words)];
    const runners = Object.entries(end.texts)
        .filter(([file, text]) => (WORKFLOW.test(file) || HOOK_FILES.test(file)) && mentions(text, viaScripts))
        .map(([file]) => file)
        .sort();
    // lint-staged runs what its config names, from a hook that runs lint-staged.
    const stagedRunsIt = runners.some(file => /lint-?staged/.test(file));
    const hookRunsStaged = Object.entries(end.texts).some(([file, text]) => HOOK_FILES.test(file) && !/lint-?staged/.test(file) && mentions(text, ['lint-staged']));
    const hook = runners.some(file => HOOK_FILES.test(file) && !/lint-?staged/.test(file)) ||
        (stagedRunsIt && hookRunsStaged);
    return {
        kind: 'lint-config',
        path: target.path,
        change: target.change,
        present: end.files.includes(target.path),
        tool,
        ci: runners.some(file => WORKFLOW.test(file)),
        hook,
        runBy: runners
    };
}
/** A workflow's `on:` as the list of events it triggers on. */
function workflowTriggers(text) {
    if (text === undefined)
        return [];
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch {
        return [];
    }
    const on = typeof data === 'object' && data !== null ? data.on : undefined;
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.filter((event) => typeof event === 'string').sort();
    if (typeof on === 'object' && on !== null)
        return Object.keys(on).sort();
    return [];
}
function workflowReach(target, end) {
    const triggers = workflowTriggers(end.texts[target.path]);
    return {
        kind: 'workflow',
        path: target.path,
        change: target.change,
        present: end.files.includes(target.path),
        triggers,
        push: triggers.includes('push'),
        pullRequest: triggers.includes('pull_request') || triggers.includes('pull_request_target')
    };
}
/** CODEOWNERS lines as matchers, in order (gitignore-style patterns; the last match wins). */
function parseCodeowners(text) {
    const entries = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\s#.*$/, '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const [pattern = '', ...owners] = line.split(/\s+/);
        const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
        let glob = pattern.replace(/^\//, '');
        if (glob.endsWith('/'))
            glob = `${glob}**`;
        const globs = anchored ? [glob, `${glob}/**`] : [`**/${glob}`, `**/${glob}/**`];
        entries.push({ match: picomatch_default()(globs, { dot: true }), owned: owners.length > 0 });
    }
    return entries;
}
function codeownersReach(target, end) {
    const entries = parseCodeowners(end.texts[target.path] ?? '');
    const reversed = [...entries].reverse();
    const coveredFiles = end.files.filter(file => reversed.find(entry => entry.match(file))?.owned === true).length;
    const treeFiles = end.files.length;
    return {
        kind: 'codeowners',
        path: target.path,
        change: target.change,
        present: end.files.includes(target.path),
        entries: entries.length,
        coveredFiles,
        treeFiles,
        coverage: treeFiles === 0 ? 0 : Number((coveredFiles / treeFiles).toFixed(4))
    };
}
function moduleReach(target, facts) {
    const introduction = facts.introductions[target.path];
    const item = {
        kind: 'shared-module',
        path: target.path,
        change: target.change,
        present: facts.end.files.includes(target.path),
        importers: importersIn(facts.end, target.path)
    };
    if (introduction !== undefined)
        item.importersAtIntroduction = importersIn(introduction, target.path);
    return item;
}
/** One reach item per target, in the targets' order. */
function computeReach(targets, facts) {
    return targets.map(target => {
        switch (target.kind) {
            case 'shared-module':
                return moduleReach(target, facts);
            case 'lint-config':
                return lintReach(target, facts.end);
            case 'workflow':
                return workflowReach(target, facts.end);
            case 'codeowners':
                return codeownersReach(target, facts.end);
        }
    });
}

;// CONCATENATED MODULE: ./src/collect/git-tree.ts



/** Importer candidates read per module and commit; a module with more is cut there (and says so). */
const MAX_CANDIDATES = 300;
/** A blob larger than this is not kept (no config or source file that reach reads is that large). */
const MAX_BLOB_BYTES = 512 * 1024;
/** Extensions a module's importers are written in, by the module's own extension. */
const FAMILIES = [
    ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts', 'vue', 'svelte'],
    ['py'],
    ['go'],
    ['rs'],
    ['rb'],
    ['java', 'kt', 'kts', 'scala'],
    ['c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp'],
    ['php']
];
/** The extensions `module`'s importers may be written in. */
function familyOf(module) {
    const ext = /\.([^./]+)$/.exec(module)?.[1] ?? '';
    return FAMILIES.find(list => list.includes(ext)) ?? [ext];
}
function pathspecsFor(module) {
    return familyOf(module).map(extension => `*.${extension}`);
}
async function git(runner, args, doing, counter) {
    counter.calls += 1;
    const result = await runGit(runner, args);
    if (result.exitCode !== 0)
        throw gitFailure(doing, result.exitCode, result.stderr);
    return result.stdout;
}
/** Paths at `commit` under the module's family that contain its word, within the bound. */
async function candidates(runner, commit, module, counter) {
    counter.calls += 1;
    const word = importWord(module);
    const result = await runGit(runner, [
        'grep',
        '-l',
        '-z',
        '-F',
        '-w',
        '-e',
        word,
        commit,
        '--',
        ...pathspecsFor(module)
    ]);
    // grep exits 1 when nothing matches.
    if (result.exitCode > 1)
        throw gitFailure(`finding the files that import ${module}`, result.exitCode, result.stderr);
    const found = result.stdout
        .split('\0')
        .filter(entry => entry !== '')
        .map(entry => entry.slice(commit.length + 1))
        .filter(file => mayImport(module, file))
        .sort();
    if (found.length > MAX_CANDIDATES)
        counter.truncated = true;
    return found.slice(0, MAX_CANDIDATES);
}
/** Blobs by `commit:path`, in one `git cat-file --batch`; a missing one is left out. */
async function readBlobs(runner, commit, paths, counter) {
    if (paths.length === 0)
        return {};
    counter.calls += 1;
    const texts = await readBlobsAt(runner, commit, paths, {
        doing: 'reading files for reach',
        maxBytes: MAX_BLOB_BYTES
    });
    counter.blobs += texts.size;
    return Object.fromEntries(texts);
}
/** The commit the window ends at: the newest reachable from HEAD committed before `until`. */
async function endCommit(runner, until, counter) {
    const before = Math.ceil(Date.parse(until) / 1000) - 1;
    const out = await git(runner, ['rev-list', '-1', `--before=@${Math.max(0, before)} +0000`, 'HEAD'], 'finding the commit the window ends at', counter);
    return out.trim() === '' ? undefined : out.trim();
}
/** Everything reach reads, or undefined when there is no commit before the window's end. */
async function readReachFacts(runner, until, targets) {
    const counter = { calls: 0, blobs: 0, truncated: false };
    const commit = await endCommit(runner, until, counter);
    if (commit === undefined)
        return undefined;
    const files = (await git(runner, ['ls-tree', '-r', '-z', '--name-only', commit], 'listing the files at the window’s end', counter))
        .split('\0')
        .filter(file => file !== '');
    const modules = targets.filter(target => target.kind === 'shared-module');
    const wanted = new Set(configPaths(targets, files));
    for (const module of modules)
        for (const file of await candidates(runner, commit, module.path, counter))
            wanted.add(file);
    const end = {
        commit,
        files,
        texts: await readBlobs(runner, commit, [...wanted].sort(), counter)
    };
    const introductions = {};
    for (const module of modules) {
        if (!/^[0-9a-f]{40}$/.test(module.change))
            continue;
        const at = await candidates(runner, module.change, module.path, counter);
        introductions[module.path] = {
            commit: module.change,
            files: [],
            texts: await readBlobs(runner, module.change, at, counter)
        };
    }
    const facts = {
        end,
        introductions,
        reads: { calls: counter.calls, blobs: counter.blobs }
    };
    if (counter.truncated)
        facts.truncated = true;
    return facts;
}

;// CONCATENATED MODULE: ./src/collect/git.ts












// Window membership is decided by the COMMITTER date, and `Change.time` is that date too:
// it is when the change landed on the branch (a commit authored a year ago and rebased or
// cherry-picked today lands today), it is what `git log --since/--until` filter on, so the
// fast git-side filter and the exact filter agree, and it is the git analogue of a PR's merge
// time. git's filters are whole seconds and inclusive at both ends, so they are widened to
// whole seconds and the exact [since, until) bound is applied here.
// Settings that change the diff shape no matter the user's config: no external diff or
// textconv (line counts of the real content), paths relative to the root, rename detection on.
const DIFF_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--root', '-M'];
function mergeArgs(includeMerges) {
    return includeMerges ? ['--diff-merges=first-parent'] : ['--no-merges'];
}
/**
 * A bound for `git log --since/--until`. git reads `@N` as a Unix time only when N has more
 * than 8 digits (from 1973-03-03 on); a shorter one is taken as some other date, and a window
 * reaching back before then found nothing. `@N +0000` is the form of a commit header, read as
 * seconds whatever their number. git holds no commit before 1970, so an earlier bound is 0.
 */
function gitTime(seconds) {
    return `@${Math.max(0, seconds)} +0000`;
}
function git_parseWindow(window) {
    const sinceMs = Date.parse(window.since);
    const untilMs = Date.parse(window.until);
    if (Number.isNaN(sinceMs) || Number.isNaN(untilMs)) {
        throw new TypeError(`Invalid window: ${JSON.stringify(window)} (since and until must be ISO 8601 dates)`);
    }
    return { sinceMs, untilMs };
}
function toChange(commit, committedAtMs, commitUrl) {
    const change = {
        id: commit.sha,
        kind: 'commit',
        title: commit.title,
        body: commit.body,
        author: commit.authorEmail === ''
            ? { name: commit.authorName }
            : { name: commit.authorName, email: commit.authorEmail },
        time: new Date(committedAtMs).toISOString(),
        labels: [],
        files: commit.files
    };
    if (commitUrl !== undefined)
        change.url = `${commitUrl}/${commit.sha}`;
    return change;
}
function shallowMessage(facts, since) {
    return (`History from ${since} on is needed, but this shallow clone's history is cut at ` +
        `${shallowHorizon(facts) ?? 'an unknown date'}. Fetch the full ` +
        'history: `fetch-depth: 0` on actions/checkout, or `git fetch --unshallow`.');
}
/**
 * Patches of the selected changes from ONE `git diff-tree --stdin -p`, started at the first
 * selection and fed shas while the log pass is still running: unlike `git log --stdin`,
 * diff-tree answers each line as it arrives, so the two passes overlap. Each change gets its
 * patches, and `patched` hears of it, as soon as diff-tree is done with it.
 */
class PatchPass {
    runner;
    options;
    patched;
    git;
    waiting = new Map();
    parser = new GitPatchParser((sha, patches) => this.attach(sha, patches));
    constructor(runner, options, patched) {
        this.runner = runner;
        this.options = options;
        this.patched = patched;
    }
    request(commit, change) {
        this.git ??= startGit(this.runner, [
            'diff-tree',
            '--stdin',
            '-r',
            '--patch',
            '--unified=3',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            `--format=${PATCH_FORMAT}`,
            ...DIFF_ARGS,
            ...(this.options.detectCopies === true ? ['-C'] : [])
        ], 'reading patches', chunk => this.parser.push(chunk));
        this.waiting.set(commit.sha, change);
        // A merge is diffed against its first parent, as in the log pass.
        const [firstParent] = commit.parents;
        this.git.writeLine(commit.parents.length > 1 ? `${commit.sha} ${firstParent}` : commit.sha);
    }
    async finish() {
        if (this.git === undefined)
            return;
        await this.git.finish();
        this.parser.end();
        // diff-tree prints nothing for a commit without a diff: those are done, with no patches.
        for (const sha of [...this.waiting.keys()])
            this.attach(sha, new Map());
    }
    async abort() {
        await this.git?.abort();
    }
    attach(sha, patches) {
        const change = this.waiting.get(sha);
        if (change === undefined)
            return;
        this.waiting.delete(sha);
        for (const file of change.files) {
            const patch = file.additions === null ? undefined : patches.get(file.path);
            if (patch !== undefined)
                file.patch = patch;
        }
        this.patched?.(change);
    }
}
async function collectCommits(runner, options, window, skip, reader, commitUrl) {
    const changes = [];
    const patches = new PatchPass(runner, options, reader.patched);
    const parser = new GitLogParser(commit => {
        const committedAtMs = commit.committedAt * 1000;
        if (committedAtMs < window.sinceMs || committedAtMs >= window.untilMs)
            return;
        if (skip.has(commit.sha))
            return;
        const change = toChange(commit, committedAtMs, commitUrl);
        changes.push(change);
        // Asked while git is still producing the rest of the log, so the caller's selection and
        // the patch pass run alongside the log pass instead of after it.
        if (reader.wantsPatch(change))
            patches.request(commit, change);
    });
    const args = [
        'log',
        '-z',
        '--raw',
        '--numstat',
        // Full object names: no uniqueness lookups to abbreviate names the parser never reads.
        '--no-abbrev',
        `--format=${LOG_FORMAT}`,
        '--encoding=UTF-8',
        ...DIFF_ARGS,
        ...(options.detectCopies === true ? ['-C'] : []),
        ...mergeArgs(options.includeMerges === true),
        `--since=${gitTime(Math.floor(window.sinceMs / 1000))}`,
        `--until=${gitTime(Math.ceil(window.untilMs / 1000))}`,
        'HEAD',
        '--'
    ];
    try {
        await streamGit(runner, args, 'reading the commit history', chunk => parser.push(chunk));
        parser.end();
    }
    catch (error) {
        await patches.abort();
        throw error;
    }
    await patches.finish();
    return changes;
}
/**
 * The names, from the history inspection's facts when there are some (they hold the remote and
 * the work tree's top), else read at once from git (the synchronous `repository` getter).
 */
function repositoryNames(runner, options, facts = givenHistory(options)) {
    const known = knownNames(options);
    if (known)
        return known;
    if (facts)
        return namesOf(facts.remoteUrl, () => facts.topLevel, runner, options);
    const remoteUrl = outputOf(runGitSync(runner, REMOTE_URL));
    return namesOf(remoteUrl, () => topLevelOf(runner), runner, options);
}
/** The facts the caller read about this clone, when they are of a repository. */
function givenHistory(options) {
    return options.history?.isRepository === true ? options.history : undefined;
}
function outputOf(result) {
    return result.exitCode === 0 ? result.stdout : '';
}
function knownNames(options) {
    return options.repository !== undefined && options.repositoryUrl !== undefined
        ? { repository: options.repository, repositoryUrl: options.repositoryUrl }
        : undefined;
}
/** The names from the remote, else from the work tree's folder (asked for only then). */
function namesOf(remoteUrl = '', topLevel, runner, options) {
    return {
        repository: options.repository ??
            parseRemoteUrl(remoteUrl) ??
            external_node_path_default().basename(external_node_path_default().resolve(topLevel() ?? runner.repoPath)),
        repositoryUrl: options.repositoryUrl ?? githubRepositoryUrl(remoteUrl, options.githubServers)
    };
}
const REMOTE_URL = ['config', '--get', 'remote.origin.url'];
function topLevelOf(runner) {
    return outputOf(runGitSync(runner, ['rev-parse', '--show-toplevel'])).trim() || undefined;
}
/**
 * Changes from the local clone's history (commits reachable from HEAD): zero API calls, two git
 * passes at most. `wantsPatch` is asked about each change as soon as its files and line counts
 * are parsed, while git is still producing the rest; the selected changes' patches come from
 * one batched `git diff-tree --stdin -p` call that runs alongside the log pass.
 */
function gitSource(options) {
    const runner = { repoPath: options.repoPath, binary: options.gitBinary ?? 'git' };
    let names;
    let context;
    // The history is inspected once, for every collection. Asked for the context first (the
    // engine is), the source starts that inspection too: two git calls at once, not in turn.
    let history;
    const inspect = () => (history ??= Promise.resolve(givenHistory(options) ?? inspectHistory(runner)));
    // One read of .gitattributes and CODEOWNERS at HEAD serves the early context and the collection.
    const readContext = () => {
        if (context === undefined) {
            inspect().catch(() => undefined);
            context = readRepoContext(runner);
        }
        return context;
    };
    return {
        kind: 'git',
        // Read lazily, once: constructing a source does no I/O.
        get repository() {
            names ??= repositoryNames(runner, options);
            return names.repository;
        },
        get repositoryUrl() {
            names ??= repositoryNames(runner, options);
            return names.repositoryUrl;
        },
        async collect(window, wantsPatch, patched) {
            const bounds = git_parseWindow(window);
            const facts = await inspect();
            // Read before the log pass: commits link to their pages as they are read.
            names ??= repositoryNames(runner, options, facts);
            const notes = [];
            if (!facts.hasCommits)
                return { changes: [], context: {}, notes };
            let skip = new Set();
            if (!historyCovers(facts, window.since) && facts.shallow) {
                if (options.shallow !== 'truncate') {
                    throw new GitSourceError('shallow-history', shallowMessage(facts, window.since));
                }
                skip = new Set(facts.shallowBoundaries.map(boundary => boundary.sha));
                notes.push(`Shallow clone: history before ${shallowHorizon(facts) ?? 'its cut-off'} is missing, so ` +
                    `the window from ${window.since} is only partly counted. Fetch the full history ` +
                    '(`fetch-depth: 0` on actions/checkout) for a complete report.');
            }
            const repoContext = readContext();
            const collecting = bounds.sinceMs < bounds.untilMs
                ? collectCommits(runner, options, bounds, skip, { wantsPatch, patched }, names.repositoryUrl === undefined ? undefined : `${names.repositoryUrl}/commit`)
                : Promise.resolve([]);
            return { changes: await collecting, context: await repoContext, notes };
        },
        context: readContext,
        // collect() awaits readContext(), the same promise context() gave.
        contextIsFinal: true,
        reach: (until, targets) => readReachFacts(runner, until, targets)
    };
}

;// CONCATENATED MODULE: ./src/classify/defaults.ts
// The default ruleset: DESIGN.md's table and the labelling RUBRIC turned into globs. Globs are
// picomatch, matched case-insensitively against the repository-relative path with dotfiles
// included. A file may match rules of several categories (an ADR is documentation and patterns).
const ADR = {
    id: 'adr',
    globs: ['**/adr/**', '**/adrs/**', '**/decisions/**', '**/*-adr-*.md', '**/adr-*.md'],
    detail: 'architecture decision record'
};
const CONTRIBUTING = {
    id: 'contributing',
    globs: [
        '**/{CONTRIBUTING,CONTRIBUTORS_GUIDE,DEVELOPING,DEVELOPMENT,HACKING}{,.md,.markdown,.rst,.txt,.adoc}'
    ],
    detail: 'contribution guide'
};
const STYLE_GUIDE = {
    id: 'style-guide',
    globs: [
        '**/{STYLEGUIDE,STYLE_GUIDE,STYLE-GUIDE,STYLE,CONVENTIONS,CODING_STANDARDS,CODING-STANDARDS}{,.md,.markdown,.rst,.txt,.adoc}',
        '**/styleguide/**',
        '**/style-guide/**'
    ],
    detail: 'style guide or coding conventions'
};
const COMMUNITY_STANDARDS = {
    id: 'community-standards',
    globs: [
        '**/{SECURITY,CODE_OF_CONDUCT,CODE-OF-CONDUCT,SUPPORT,GOVERNANCE}{,.md,.markdown,.rst,.txt,.adoc}'
    ],
    detail: 'security policy or community standards'
};
const DEFAULT_RULESET = {
    categories: {
        documentation: {
            paths: [
                { id: 'readme', globs: ['**/README{,.*}', '**/READ_ME{,.*}'], detail: 'README' },
                {
                    id: 'doc-site-config',
                    globs: [
                        '**/mkdocs.yml',
                        '**/mkdocs.yaml',
                        '**/docusaurus.config.*',
                        '**/sidebars.{js,ts}',
                        '**/.readthedocs.{yml,yaml}',
                        '**/readthedocs.{yml,yaml}',
                        '**/book.toml',
                        '**/antora.yml',
                        '**/typedoc.json',
                        '**/.vitepress/**',
                        '**/conf.py',
                        '**/Doxyfile',
                        '**/.jsdoc.json',
                        '**/jsdoc.json'
                    ],
                    detail: 'documentation site configuration'
                },
                {
                    id: 'docs-dir',
                    globs: ['**/docs/**', '**/doc/**', '**/documentation/**', 'website/**', '**/man/**'],
                    detail: 'documentation folder',
                    kind: 'docs-folder'
                },
                ADR,
                CONTRIBUTING,
                STYLE_GUIDE,
                COMMUNITY_STANDARDS,
                {
                    id: 'runbook',
                    globs: ['**/runbooks/**', '**/runbook*.{md,rst,adoc,txt}'],
                    detail: 'runbook'
                },
                {
                    id: 'examples',
                    globs: ['examples/**', 'example/**', '**/examples/**', '**/samples/**', '**/sample/**'],
                    detail: 'examples written to teach usage',
                    kind: 'examples'
                },
                {
                    id: 'docs-markup',
                    globs: ['**/*.md', '**/*.mdx', '**/*.rst', '**/*.adoc', '**/*.asciidoc', '**/*.textile'],
                    detail: 'prose guide (markup file)',
                    fallback: true
                }
            ],
            labels: ['documentation', 'docs', 'doc', 'type: docs', 'type/docs', 'kind/documentation'],
            messages: [
                '^docs?(\\([^)]*\\))?!?:',
                '\\b(docs?|documentation|documents?|documented|docstrings?|readme|explain|explains)\\b'
            ]
        },
        automation: {
            paths: [
                {
                    id: 'ci-workflows',
                    globs: ['.github/workflows/**', '.github/actions/**', '.github/workflow-templates/**'],
                    detail: 'GitHub Actions workflow'
                },
                {
                    id: 'ci-config',
                    globs: [
                        '.gitlab-ci.yml',
                        '.gitlab/ci/**',
                        '.circleci/**',
                        '**/Jenkinsfile*',
                        '**/azure-pipelines*.{yml,yaml}',
                        '.azure-pipelines/**',
                        '.azure/**',
                        '.travis.yml',
                        '.cirrus.yml',
                        '.buildkite/**',
                        '{.,}appveyor.yml',
                        'bitbucket-pipelines.yml',
                        '.drone.yml',
                        '.woodpecker.yml',
                        '.woodpecker/**',
                        'cloudbuild.{yml,yaml}',
                        '.teamcity/**',
                        'codecov.yml',
                        '.codecov.yml'
                    ],
                    detail: 'CI/CD pipeline configuration'
                },
                {
                    id: 'bot-config',
                    globs: [
                        '.github/dependabot.{yml,yaml}',
                        '**/renovate.json*',
                        '**/.renovaterc*',
                        '.mergify.yml',
                        '.github/mergify.yml',
                        '.github/stale.yml',
                        '.github/labeler.yml',
                        '.github/release-drafter.yml',
                        '.github/auto_assign.yml',
                        '.github/auto-assign.yml',
                        '.github/lock.yml',
                        '.kodiak.toml',
                        '.github/kodiak.toml',
                        '.github/settings.yml',
                        '.github/boring-cyborg.yml'
                    ],
                    detail: 'bot configuration (dependabot, renovate, mergify, stale, labeler, ...)'
                },
                {
                    id: 'release-tooling',
                    globs: [
                        '**/.goreleaser.{yml,yaml}',
                        '**/.releaserc*',
                        '**/release.config.*',
                        '**/release-please-config.json',
                        '**/dist-workspace.toml',
                        '.changeset/config.json',
                        '**/.versionrc*',
                        '**/cliff.toml'
                    ],
                    detail: 'release tooling configuration'
                },
                {
                    id: 'scripts',
                    globs: [
                        'scripts/**',
                        'script/**',
                        'tools/**',
                        'hack/**',
                        'ci/**',
                        '.ci/**',
                        '**/scripts/**',
                        '**/*.{sh,bash}',
                        '**/internal/build/**',
                        '**/build-logic/**',
                        '**/buildSrc/**',
                        '**/benchmarks/*.{sh,bash,mjs,mts}',
                        '**/benchmarks/*/*.{sh,bash}'
                    ],
                    detail: 'scripts and tools that automate chores'
                },
                {
                    id: 'task-runner',
                    globs: [
                        '**/Makefile',
                        '**/GNUmakefile',
                        '**/*.mk',
                        '**/justfile',
                        '**/.justfile',
                        '**/Taskfile.{yml,yaml}',
                        '**/noxfile.py',
                        '**/tox.ini',
                        '**/Rakefile',
                        '**/Gruntfile.*',
                        '**/gulpfile.*',
                        '**/magefile.go',
                        '**/Earthfile'
                    ],
                    detail: 'task runner'
                },
                {
                    id: 'git-hooks',
                    globs: [
                        '**/.pre-commit-config.{yml,yaml}',
                        '**/pre-commit*.{yml,yaml}',
                        '**/.pre-commit-hooks.{yml,yaml}',
                        '.husky/**',
                        '.githooks/**',
                        '**/lefthook.{yml,yaml}',
                        '**/.lefthook.{yml,yaml}',
                        '**/.lintstagedrc*',
                        '**/lint-staged.config.*'
                    ],
                    detail: 'git hooks / pre-commit configuration'
                },
                {
                    id: 'dev-environment',
                    globs: [
                        '.devcontainer/**',
                        '**/.devcontainer.json',
                        '**/docker-compose*.{yml,yaml}',
                        '**/compose.{yml,yaml}',
                        '**/compose.*.{yml,yaml}',
                        '**/Dockerfile.{dev,ci,test}',
                        '**/*.{dev,ci}.Dockerfile',
                        '**/shell.nix',
                        '**/flake.nix',
                        '**/devenv.nix',
                        '**/Vagrantfile',
                        '.gitpod.yml',
                        '.gitpod.Dockerfile',
                        '**/.envrc'
                    ],
                    detail: 'development environment setup'
                },
                {
                    id: 'generators',
                    globs: [
                        '**/codegen/**',
                        '**/generators/**',
                        '**/plopfile.*',
                        '**/hygen/**',
                        '**/_templates/**',
                        '**/*-generator/**',
                        '**/*_generator/**',
                        '**/generator/**'
                    ],
                    detail: 'code generator'
                }
            ],
            labels: [
                'ci',
                'ci/cd',
                'automation',
                'github-actions',
                'github_actions',
                'build',
                'infra',
                'tooling',
                'type: ci',
                'area/ci'
            ],
            messages: [
                '^(ci|build)(\\([^)]*\\))?!?:',
                '\\b(ci|workflows?|pipelines?|github actions|pre-commit|automate|automates|automation)\\b'
            ]
        },
        patterns: {
            paths: [
                {
                    id: 'lint-config',
                    globs: [
                        '**/.eslintrc*',
                        '**/eslint.config.*',
                        '**/.eslintignore',
                        '**/.prettierrc*',
                        '**/prettier.config.*',
                        '**/.prettierignore',
                        '**/.stylelintrc*',
                        '**/stylelint.config.*',
                        '**/biome.json{,c}',
                        '**/.markdownlint*',
                        '**/.yamllint*',
                        '**/.flake8',
                        '**/.pylintrc',
                        '**/pylintrc',
                        '**/mypy.ini',
                        '**/.mypy.ini',
                        '**/ruff.toml',
                        '**/.ruff.toml',
                        '**/.isort.cfg',
                        '**/pyrightconfig.json',
                        '**/rustfmt.toml',
                        '**/.rustfmt.toml',
                        '**/clippy.toml',
                        '**/.clippy.toml',
                        '**/.golangci.{yml,yaml,toml,json}',
                        '**/.rubocop*.yml',
                        '**/.clang-format',
                        '**/.clang-tidy',
                        '**/checkstyle*.xml',
                        '**/.swiftlint.yml',
                        '**/.swiftformat',
                        '**/.scalafmt.conf',
                        '**/detekt*.yml',
                        '**/.hadolint.{yml,yaml}',
                        '**/.shellcheckrc',
                        '**/.commitlintrc*',
                        '**/commitlint.config.*',
                        '**/.codespellrc',
                        '**/tslint.json',
                        '**/.dprint.json',
                        '**/.luacheckrc',
                        '**/.credo.exs',
                        '**/.php-cs-fixer*',
                        '**/phpstan.neon*',
                        '**/.vale.ini',
                        '**/.jscpd.json',
                        '**/.ls-lint.yml',
                        '**/deno.json{,c}'
                    ],
                    detail: 'lint, format or type-check configuration',
                    kind: 'lint-config'
                },
                {
                    id: 'editorconfig',
                    globs: ['**/.editorconfig'],
                    detail: 'editor conventions',
                    kind: 'lint-config'
                },
                {
                    id: 'tsconfig-base',
                    globs: [
                        'tsconfig.json',
                        'tsconfig.*.json',
                        '**/tsconfig.base.json',
                        '**/tsconfig.shared.json'
                    ],
                    detail: 'shared TypeScript compiler options',
                    kind: 'typescript-config'
                },
                {
                    id: 'codeowners',
                    globs: ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'],
                    detail: 'code ownership rules'
                },
                {
                    id: 'templates',
                    globs: [
                        '**/PULL_REQUEST_TEMPLATE*',
                        '**/PULL_REQUEST_TEMPLATE/**',
                        '**/ISSUE_TEMPLATE*',
                        '**/ISSUE_TEMPLATE/**',
                        '.gitlab/merge_request_templates/**',
                        '.gitlab/issue_templates/**',
                        '.github/DISCUSSION_TEMPLATE/**'
                    ],
                    detail: 'pull-request or issue template'
                },
                { ...CONTRIBUTING, kind: 'standards-document' },
                { ...STYLE_GUIDE, kind: 'standards-document' },
                ADR,
                { ...COMMUNITY_STANDARDS, kind: 'standards-document' },
                {
                    id: 'scaffolding',
                    globs: [
                        '**/cookiecutter.json',
                        '**/{{cookiecutter*}}/**',
                        '**/scaffold/**',
                        '**/scaffolds/**',
                        '**/scaffolding/**',
                        '**/project-template/**',
                        '**/blueprints/**',
                        '**/archetype-resources/**'
                    ],
                    detail: 'project template or scaffolding'
                }
            ],
            labels: ['patterns', 'architecture', 'code-style', 'style', 'lint', 'linting', 'standards'],
            messages: [
                '^style(\\([^)]*\\))?!?:',
                '\\b(lint|linter|linting|eslint|prettier|ruff|flake8|pylint|mypy|pyright|rubocop|golangci|clippy|rustfmt|stylelint|editorconfig|codeowners|lint rules?|check rules?|checkstyle|detekt|ktlint|spotless|error ?prone|explicit ?api|warnings? as errors|type-?check\\w*|static analysis|code style|coding style)\\b'
            ]
        }
    },
    exclude: [
        {
            id: 'lockfile',
            globs: [
                '**/package-lock.json',
                '**/npm-shrinkwrap.json',
                '**/yarn.lock',
                '**/pnpm-lock.yaml',
                '**/bun.lock{,b}',
                '**/Cargo.lock',
                '**/poetry.lock',
                '**/Pipfile.lock',
                '**/uv.lock',
                '**/pdm.lock',
                '**/go.sum',
                '**/go.work.sum',
                '**/Gemfile.lock',
                '**/composer.lock',
                '**/mix.lock',
                '**/pubspec.lock',
                '**/Podfile.lock',
                '**/Package.resolved',
                '**/packages.lock.json',
                '**/flake.lock',
                '**/gradle.lockfile',
                '**/*.lockfile',
                '**/deno.lock',
                '**/conda-lock.yml'
            ],
            detail: 'lock file (generated by the package manager)',
            kind: 'generated'
        },
        {
            id: 'bundle',
            // Only a root build/ folder: a nested one holding source (Go's internal/build, a build
            // package) is tooling, and build output below a module is rarely committed.
            globs: ['dist/**', 'build/**', '**/dist/**', '**/*.bundle.js', '**/*.map'],
            detail: 'built bundle or build output',
            kind: 'generated'
        },
        {
            id: 'vendored',
            globs: [
                '**/vendor/**',
                '**/third_party/**',
                '**/third-party/**',
                '**/node_modules/**',
                '**/bower_components/**'
            ],
            detail: 'vendored third-party code',
            kind: 'vendored'
        },
        {
            id: 'minified',
            globs: ['**/*.min.js', '**/*.min.css', '**/*.min.mjs'],
            detail: 'minified file',
            kind: 'generated'
        },
        {
            id: 'snapshot',
            globs: ['**/__snapshots__/**', '**/*.snap', '**/snapshots/**/*.snap.*'],
            detail: 'test snapshot',
            kind: 'generated'
        },
        {
            id: 'generated',
            globs: [
                '**/generated/**',
                '**/__generated__/**',
                '**/*.generated.*',
                '**/*_pb2.py',
                '**/*_pb2_grpc.py',
                '**/*.pb.go'
            ],
            detail: 'generated code',
            kind: 'generated'
        }
    ],
    release: {
        paths: [
            {
                id: 'changelog',
                globs: [
                    '**/{CHANGELOG,CHANGES,HISTORY,NEWS,RELEASES,RELEASE_NOTES,RELEASE-NOTES,RELEASE}{,.md,.markdown,.rst,.txt,.adoc}',
                    '**/.changeset/*.md',
                    '**/changelog.d/**',
                    '**/changelog/**'
                ],
                detail: 'changelog or release notes',
                kind: 'changelog'
            },
            {
                id: 'manifest',
                globs: [
                    '**/package.json',
                    '**/pyproject.toml',
                    '**/setup.py',
                    '**/setup.cfg',
                    '**/Cargo.toml',
                    '**/go.mod',
                    '**/go.work',
                    '**/requirements*.txt',
                    '**/requirements*.in',
                    '**/requirements/**',
                    '**/constraints*.txt',
                    '**/Pipfile',
                    '**/*.gemspec',
                    '**/Gemfile',
                    '**/pom.xml',
                    '**/build.gradle{,.kts}',
                    '**/gradle.properties',
                    '**/libs.versions.toml',
                    '**/VERSION',
                    '**/version.txt',
                    '**/.release-please-manifest.json',
                    '**/composer.json',
                    '**/pubspec.yaml',
                    '**/mix.exs',
                    '**/*.csproj',
                    '**/Chart.yaml',
                    '**/.nvmrc',
                    '**/.node-version',
                    '**/.python-version',
                    '**/.ruby-version',
                    '**/.tool-versions',
                    '**/rust-toolchain{,.toml}'
                ],
                detail: 'package manifest or version file',
                kind: 'manifest'
            }
        ],
        messages: [
            '^(release|releasing|prepare release|prepare .* release)\\b',
            '\\bprepare (for |to )?(a |the )?(release|version|v?\\d)',
            '^\\[maven-release-plugin\\]',
            '\\bbump(ed)? (the )?version\\b',
            '\\brelease (v?\\d|version)',
            '^(start|bump) version\\b',
            '^v?\\d+\\.\\d+(\\.\\d+)?\\S*$',
            '\\bv?\\d+\\.\\d+\\.\\d+\\S*`?\\s+release\\b',
            '\\sv\\d+\\.\\d+\\.\\d+\\S*\\s*(\\(#\\d+\\))?$',
            '^chore\\((deps|deps-dev|release)\\)',
            '^(build|chore)\\(deps\\):',
            '^chore: release\\b',
            '\\b(bump|bumps|bumped|upgrade|upgrades|update|updates)\\b.*\\b(deps|dependencies|dependency|v\\d+(\\.\\d+)*( actions)?|to \\d+(\\.\\d+)+)\\b',
            '\\bpin (actions|dependencies)\\b'
        ],
        labels: ['dependencies', 'deps', 'release']
    },
    bots: [
        'dependabot',
        'renovate',
        'github-actions',
        'pre-commit-ci',
        'mergify',
        'greenkeeper',
        'snyk-bot',
        'allcontributors',
        'imgbot',
        'codecov',
        'release-please',
        'semantic-release-bot',
        'copilot-swe-agent'
    ]
};

;// CONCATENATED MODULE: ./src/config/defaults.ts

const DEFAULT_SCORE_OPTIONS = {
    weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
    targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 },
    bots: 'exclude'
};
/** Windows in the history when the config does not say (`history`). */
const DEFAULT_HISTORY = 6;
/** Whether the report scores each CODEOWNERS team when the config does not say (`teams`). */
const DEFAULT_TEAMS = false;
const DEFAULT_CONFIG = {
    rules: DEFAULT_RULESET,
    score: DEFAULT_SCORE_OPTIONS,
    since: '30d',
    sources: ['defaults']
};

;// CONCATENATED MODULE: ./src/config/remote.ts
/** `owner/repo/path@ref`, as the user wrote it and as errors name it. */
function remoteName(reference) {
    const name = `${reference.owner}/${reference.repo}/${reference.path}`;
    return reference.ref ? `${name}@${reference.ref}` : name;
}

;// CONCATENATED MODULE: ./src/config/reference.ts


const NAME = /^[A-Za-z0-9_.-]+$/;
/**
 * Reads an `extends:` value. A path in this repository starts with `./` or `../` (relative to
 * the extending file) or `/` (relative to the repository root); anything else is another
 * repository's file, `owner/repo/path@ref`. The explicit prefix keeps `configs/base.yml` from
 * being mistaken for the repository `configs/base.yml`.
 */
function parseExtendsReference(value) {
    if (value.startsWith('./') || value.startsWith('../'))
        return { kind: 'path', path: value, from: 'file' };
    if (value.startsWith('/'))
        return { kind: 'path', path: value.replace(/^\/+/, ''), from: 'root' };
    const at = value.lastIndexOf('@');
    const target = at === -1 ? value : value.slice(0, at);
    const ref = at === -1 ? undefined : value.slice(at + 1);
    const [owner, repo, ...rest] = target.split('/');
    const filePath = rest.join('/');
    if (owner && repo && NAME.test(owner) && NAME.test(repo) && filePath && ref !== '') {
        return { kind: 'remote', owner, repo, path: filePath, ...(ref ? { ref } : {}) };
    }
    return {
        problem: `must be a path in this repository starting with './', '../' or '/', ` +
            `or another repository's file as 'owner/repo/path@ref' (got '${value}')`
    };
}
/** The file an `extends` points at, seen from the file that says it. */
function resolveExtends(from, reference) {
    if (reference.kind === 'remote') {
        const { kind: _kind, ...remote } = reference;
        return { kind: 'remote', ...remote };
    }
    const base = reference.from === 'root' ? '.' : external_node_path_default().posix.dirname(from.path);
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(base, reference.path));
    // A path may not climb out of its repository: a pull request could otherwise point the
    // config at any file on the runner and have it echoed back in error messages.
    if (joined === '..' || joined.startsWith('../') || external_node_path_default().posix.isAbsolute(joined)) {
        return { problem: `points outside the repository (resolves to '${joined}')` };
    }
    return from.kind === 'local' ? { kind: 'local', path: joined } : { ...from, path: joined };
}
/** How a location is named in sources and errors. */
function locationName(location) {
    return location.kind === 'local' ? (location.name ?? location.path) : remoteName(location);
}
function locationKey(location) {
    if (location.kind === 'local')
        return `local:${location.path}`;
    return (`remote:${location.owner}/${location.repo}`.toLowerCase() +
        `/${location.path}@${location.ref ?? ''}`);
}

;// CONCATENATED MODULE: ./src/config/regex-safety.ts
// Regular expressions from a config file run against every commit message of a history, in
// JavaScript's backtracking engine, with no way to stop one that runs away: `(a+)+$` on 24
// `a`s and a `!` takes 0.2 s, and every further `a` doubles it. So a pattern is checked
// before it is accepted, statically (no timing, the same answer on every machine), for the
// two shapes that make backtracking exponential:
//
//   - a repetition of something that itself repeats (`(a+)+`, `(\w*\s?)*`, `(.*,){20}`):
//     the text can be split between the inner and the outer loop in exponentially many ways,
//     unless each iteration must take a character the inner loop cannot (`(\.\d+)*`, `(ab?)+`),
//     which fixes where one iteration ends;
//   - a repetition of alternatives that can start with the same character (`(a|ab)*`,
//     `(\w|\d)+`): each character can be taken by either branch.
//
// Lookarounds are atomic in JavaScript (never re-entered once they matched), so what is
// inside one does not count as repetition of the pattern around it. Back-references are
// treated as possibly repeating text. The check is conservative: it may refuse a pattern
// that would in fact be fast (the message says how to write it), never the other way round
// for these two shapes. Polynomial cases (`\s+$` on a long line of spaces) are not refused:
// nearly every pattern with a loop has one, and they stay fast on messages of usual length.
const NON_ASCII = 128;
/** A bounded repetition counts as one when it may run this many times or more. */
const REPETITION_LIMIT = 10;
const NESTED = 'repeats something that itself repeats (like `(a+)+`), which can take exponential time on ' +
    'a message that almost matches; repeat the inner part only (`(a+)+` → `a+`), or start each ' +
    'repetition with a character the inner part cannot take (`(\\.\\d+)*`)';
const OVERLAPPING = 'repeats alternatives that can start with the same character (like `(a|ab)*`), which can ' +
    'take exponential time on a message that almost matches; make the alternatives start ' +
    'differently';
/**
 * Why `source` (a valid JavaScript regular expression, compiled with the `i` flag) could
 * backtrack for an exponential time on some message; undefined when it cannot.
 */
function backtrackingRisk(source) {
    const found = [];
    shapeOfBranches(new PatternParser(source).alternatives(), found);
    return found[0];
}
function shapeOfBranches(branches, found) {
    const shapes = branches.map(sequence => shapeOfSequence(sequence, found));
    return {
        repeats: shapes.some(shape => shape.repeats),
        nullable: shapes.some(shape => shape.nullable),
        first: union(shapes.map(shape => shape.first)),
        loopChars: union(shapes.map(shape => shape.loopChars))
    };
}
function shapeOfSequence(sequence, found) {
    const shape = { repeats: false, nullable: true, first: new Set(), loopChars: new Set() };
    for (const node of sequence) {
        const part = shapeOf(node, found);
        shape.repeats ||= part.repeats;
        if (shape.nullable)
            shape.first = union([shape.first, part.first]);
        shape.nullable &&= part.nullable;
        shape.loopChars = union([shape.loopChars, part.loopChars]);
    }
    return shape;
}
function shapeOf(node, found) {
    switch (node.kind) {
        case 'empty':
            return { repeats: false, nullable: true, first: new Set(), loopChars: new Set() };
        case 'chars': {
            const repeats = node.repeats === true;
            return {
                repeats,
                nullable: false,
                first: node.chars,
                loopChars: repeats ? node.chars : new Set()
            };
        }
        case 'group': {
            const shape = shapeOfBranches(node.branches, found);
            if (!node.atomic)
                return shape;
            return { repeats: false, nullable: true, first: new Set(), loopChars: new Set() };
        }
        case 'repeat': {
            const inner = shapeOf(node.node, found);
            if (node.max >= REPETITION_LIMIT) {
                if (inner.repeats && !delimited(node.node, inner.loopChars))
                    found.push(NESTED);
                else if (!inner.repeats && node.node.kind === 'group' && overlapping(node.node)) {
                    found.push(OVERLAPPING);
                }
            }
            const variable = node.max > node.min;
            return {
                repeats: inner.repeats || variable,
                nullable: inner.nullable || node.min === 0,
                first: inner.first,
                loopChars: variable ? union([inner.loopChars, allChars(node.node)]) : inner.loopChars
            };
        }
    }
}
/**
 * Whether every way through a loop's body must take a character its repetitions cannot
 * (the `.` of `(\.\d+)*`): then each iteration starts and ends at a fixed place and the
 * text cannot be split between inner and outer loop in more than one way.
 */
function delimited(body, loopChars) {
    const branches = body.kind === 'group' && !body.atomic ? body.branches : [[body]];
    return branches.every(sequence => sequence.some(node => node.kind === 'chars' &&
        node.repeats !== true &&
        [...node.chars].every(code => !loopChars.has(code))));
}
/** Every character a node can take (an over-estimate is safe: it only makes `delimited` stricter). */
function allChars(node) {
    switch (node.kind) {
        case 'empty':
            return new Set();
        case 'chars':
            return node.chars;
        case 'group':
            return node.atomic ? new Set() : union(node.branches.flat().map(allChars));
        case 'repeat':
            return allChars(node.node);
    }
}
function overlapping(group) {
    const seen = new Set();
    for (const sequence of group.branches) {
        const first = shapeOfSequence(sequence, []).first;
        for (const code of first)
            if (seen.has(code))
                return true;
        for (const code of first)
            seen.add(code);
    }
    return false;
}
function union(sets) {
    const all = new Set();
    for (const set of sets)
        for (const code of set)
            all.add(code);
    return all;
}
/** The character codes `test` accepts, lower-cased (the patterns run with `i`). */
function charsWhere(test, nonAscii) {
    const chars = new Set();
    for (let code = 0; code < 128; code++) {
        if (test(String.fromCharCode(code)))
            chars.add(lower(code));
    }
    if (nonAscii)
        chars.add(NON_ASCII);
    return chars;
}
function lower(code) {
    return code >= 65 && code <= 90 ? code + 32 : code;
}
const CLASS_ESCAPES = {
    d: () => charsWhere(c => /\d/.test(c), false),
    D: () => charsWhere(c => /\D/.test(c), true),
    w: () => charsWhere(c => /\w/.test(c), false),
    W: () => charsWhere(c => /\W/.test(c), true),
    s: () => charsWhere(c => /\s/.test(c), true),
    S: () => charsWhere(c => /\S/.test(c), true)
};
const ANY = () => charsWhere(c => c !== '\n' && c !== '\r', true);
const ALL = () => charsWhere(() => true, true);
/** A recursive-descent reader of a regular expression's source, into the nodes above. */
class PatternParser {
    source;
    at = 0;
    constructor(source) {
        this.source = source;
    }
    alternatives() {
        const branches = [this.sequence()];
        while (this.source[this.at] === '|') {
            this.at++;
            branches.push(this.sequence());
        }
        return branches;
    }
    sequence() {
        const nodes = [];
        while (this.at < this.source.length && !'|)'.includes(this.source[this.at] ?? '')) {
            nodes.push(this.quantified(this.atom()));
        }
        return nodes;
    }
    atom() {
        const char = this.source[this.at++] ?? '';
        if (char === '(')
            return this.group();
        if (char === '[')
            return { kind: 'chars', chars: this.charClass() };
        if (char === '\\')
            return this.escape();
        if (char === '.')
            return { kind: 'chars', chars: ANY() };
        if (char === '^' || char === '$')
            return { kind: 'empty' };
        return { kind: 'chars', chars: new Set([lower(char.charCodeAt(0))]) };
    }
    group() {
        let atomic = false;
        if (this.source.startsWith('?:', this.at))
            this.at += 2;
        else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
            atomic = true;
            this.at += this.source[this.at + 1] === '<' ? 3 : 2;
        }
        else if (this.source.startsWith('?<', this.at)) {
            this.at = this.skipName();
        }
        const branches = this.alternatives();
        this.at++; // ')'
        return { kind: 'group', branches, atomic };
    }
    /** Past the `>` of a group name (`(?<name>`, `\\k<name>`); the end when there is none. */
    skipName() {
        const close = this.source.indexOf('>', this.at);
        return close === -1 ? this.source.length : close + 1;
    }
    escape() {
        const char = this.source[this.at++] ?? '';
        const named = CLASS_ESCAPES[char];
        if (named)
            return { kind: 'chars', chars: named() };
        if (char === 'b' || char === 'B')
            return { kind: 'empty' };
        // A back-reference matches whatever its group did: text of any length.
        if (/[1-9]/.test(char)) {
            while (/\d/.test(this.source[this.at] ?? ''))
                this.at++;
            return { kind: 'chars', chars: ALL(), repeats: true };
        }
        if (char === 'k' && this.source[this.at] === '<') {
            this.at = this.skipName();
            return { kind: 'chars', chars: ALL(), repeats: true };
        }
        return { kind: 'chars', chars: this.escapedChar(char) };
    }
    /** `\x41`, `\u0041`, `\n`, `\.`: one character (or, for the rarer forms, any). */
    escapedChar(char) {
        const hex = char === 'x' ? 2 : char === 'u' ? 4 : 0;
        const digits = this.source.slice(this.at, this.at + hex);
        if (hex > 0 && /^[0-9a-f]+$/i.test(digits) && digits.length === hex) {
            this.at += hex;
            const code = parseInt(digits, 16);
            return new Set([code < 128 ? lower(code) : NON_ASCII]);
        }
        const controls = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
        const control = controls[char];
        if (control !== undefined)
            return new Set([control]);
        if (/[a-z]/i.test(char))
            return ALL(); // \c., \p{...} without u: rare, assume anything
        return new Set([lower(char.charCodeAt(0))]);
    }
    /** `[...]` after its `[`: the characters it accepts (a negated class: all but those). */
    charClass() {
        const negated = this.source[this.at] === '^';
        if (negated)
            this.at++;
        const members = new Set();
        let previous;
        while (this.at < this.source.length && this.source[this.at] !== ']') {
            const char = this.source[this.at++] ?? '';
            if (char === '-' && previous !== undefined && this.source[this.at] !== ']') {
                const end = this.classChar();
                for (const code of rangeCodes(previous, end))
                    members.add(code);
                previous = undefined;
                continue;
            }
            this.at--;
            const start = this.classChar();
            for (const code of start.chars)
                members.add(code);
            previous = start.code;
        }
        this.at++; // ']'
        if (!negated)
            return members;
        return charsWhere(c => !members.has(lower(c.charCodeAt(0))), true);
    }
    /** One member of a class: a character (with its code, for ranges) or an escape's set. */
    classChar() {
        const char = this.source[this.at++] ?? '';
        if (char !== '\\')
            return { chars: new Set([lower(char.charCodeAt(0))]), code: char.charCodeAt(0) };
        const escaped = this.source[this.at++] ?? '';
        const named = CLASS_ESCAPES[escaped];
        if (named)
            return { chars: named() };
        if (escaped === 'b')
            return { chars: new Set([8]), code: 8 };
        const chars = this.escapedChar(escaped);
        const [only] = chars;
        return chars.size === 1 && only !== undefined && only !== NON_ASCII
            ? { chars, code: only }
            : { chars };
    }
    quantified(node) {
        const char = this.source[this.at];
        let bounds;
        if (char === '*')
            bounds = { min: 0, max: Infinity };
        else if (char === '+')
            bounds = { min: 1, max: Infinity };
        else if (char === '?')
            bounds = { min: 0, max: 1 };
        if (bounds)
            this.at++;
        else if (char === '{') {
            const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
            if (!braces)
                return node; // a literal `{` outside unicode mode
            this.at += braces[0].length;
            const min = Number(braces[1]);
            bounds = {
                min,
                max: braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity
            };
        }
        if (!bounds)
            return node;
        if (this.source[this.at] === '?')
            this.at++; // lazy: the same backtracking, in another order
        return { kind: 'repeat', node, ...bounds };
    }
}
/** The lower-cased codes of a class range; past ASCII, one NON_ASCII stands for them all. */
function rangeCodes(start, end) {
    const to = end.code;
    if (start === undefined || to === undefined)
        return [...end.chars];
    const codes = [];
    for (let code = start; code <= Math.min(to, 127); code++)
        codes.push(lower(code));
    // With `i`, a range of capitals also takes the small letters, and the other way round.
    for (let code = start; code <= Math.min(to, 127); code++) {
        if (code >= 97 && code <= 122)
            codes.push(code);
    }
    if (to >= 128)
        codes.push(NON_ASCII);
    return codes;
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
/** Levenshtein distance, small and exact: the inputs are config keys, a few characters long. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * The valid key a typo most likely meant: a close spelling (`lables` → `labels`) or a
 * shortening (`docs` → `documentation`). Undefined when nothing is close enough to be a
 * helpful guess rather than noise.
 */
function closestKey(unknown, valid) {
    const typed = unknown.toLowerCase();
    let best;
    for (const key of valid) {
        const candidate = key.toLowerCase();
        const distance = editDistance(typed, candidate);
        if (distance <= Math.max(2, Math.floor(candidate.length / 3)) &&
            (!best || distance < best.distance)) {
            best = { key, distance };
        }
    }
    if (best)
        return best.key;
    // A shortening shares its first letters with the key: `docs`, `auto`, `pattern`.
    const prefix = typed.slice(0, 3);
    return prefix.length === 3 ? valid.find(key => key.toLowerCase().startsWith(prefix)) : undefined;
}

;// CONCATENATED MODULE: ./src/config/since.ts
const LENGTH = /^([1-9][0-9]*)([dwmy])$/;
const since_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Why `value` is not a window start Multiplier understands, or undefined when it is one:
 * a length (`30d`, `12w`, `6m`, `1y`) or a calendar date (`YYYY-MM-DD`) that exists.
 */
function sinceProblem(value) {
    if (LENGTH.test(value))
        return undefined;
    const date = since_DATE.exec(value);
    if (date) {
        const [, year, month, day] = date.map(Number);
        const parsed = new Date(Date.UTC(year, month - 1, day));
        const exists = parsed.getUTCFullYear() === year &&
            parsed.getUTCMonth() === month - 1 &&
            parsed.getUTCDate() === day;
        return exists ? undefined : `is not a calendar date (got '${value}')`;
    }
    return `must be a length like 30d, 12w, 6m or 1y, or a date YYYY-MM-DD (got '${value}')`;
}

;// CONCATENATED MODULE: ./src/config/schema-validator.generated.ts
// Generated by `npm run validator` (scripts/config-validator-source.ts) from
// schema/multiplier.schema.json: do not edit. It is Ajv's compiled check, in Ajv's own code.
// @ts-nocheck
/* eslint-disable */

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const schema_validator_generated = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Multiplier configuration (.github/multiplier.yml)", "description": "Extends or replaces Multiplier's default rules. Lists add to the defaults unless `replace: true` is set. Reference: docs/configuration.md.", "type": "object", "additionalProperties": false, "properties": { "extends": { "description": "A config this file builds on. A path in this repository ('./base.yml' relative to this file, '/configs/base.yml' relative to the repository root) or another repository's file 'owner/repo/path@ref' (ref optional: the default branch).", "type": "string", "minLength": 1, "examples": ["my-org/.github/multiplier.yml@main", "./configs/base.yml"] }, "since": { "description": "Default window when neither the command line nor the action input sets one: a length (30d, 12w, 6m, 1y) or a start date (YYYY-MM-DD).", "type": "string", "examples": ["30d", "12w", "6m", "1y", "2024-01-01"] }, "history": { "description": "How many windows of equal length the report's history holds, the report's window last (the index and the three scores of each, and a chart). 0 leaves the history out.", "type": "integer", "minimum": 0, "maximum": 52, "default": 6 }, "teams": { "description": "Add a per-team view of the scores: the changes touching what each CODEOWNERS team (@org/team) owns. Individuals named in CODEOWNERS are never scored.", "type": "boolean", "default": false }, "categories": { "description": "Rules per multiplier category. Each list adds to the default rules; `replace: true` drops the defaults of that category first.", "type": "object", "additionalProperties": false, "properties": { "documentation": { "$ref": "#/definitions/category" }, "automation": { "$ref": "#/definitions/category" }, "patterns": { "$ref": "#/definitions/category" } } }, "exclude": { "description": "Files that never count for anything (generated, vendored). A list adds to the default exclusions; the form { replace: true, paths: [...] } replaces them.", "anyOf": [{ "type": "array", "items": { "type": "string", "minLength": 1 } }, { "type": "object", "additionalProperties": false, "properties": { "replace": { "type": "boolean" }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }] }, "bots": { "description": "Author names or logins (case-insensitive) counted as bots, besides any login ending in [bot]. A list adds to the defaults; the form { replace: true, names: [...] } replaces them.", "anyOf": [{ "type": "array", "items": { "type": "string", "minLength": 1 } }, { "type": "object", "additionalProperties": false, "properties": { "replace": { "type": "boolean" }, "names": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }] }, "release": { "description": "Release bookkeeping (changelog, version bumps, dependency bumps) that counts as output rather than a multiplier.", "type": "object", "additionalProperties": false, "properties": { "replace": { "description": "Drop the default release rules before adding these.", "type": "boolean" }, "paths": { "description": "Globs (picomatch) of release files, relative to the repository root.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "messages": { "description": "Regular expressions (case-insensitive) tested against the change's title. Patterns that can backtrack for an exponential time, such as (a+)+$ or (a|ab)*, are refused.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "labels": { "description": "Pull-request labels (case-insensitive) that mark a release or a dependency bump.", "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "score": { "description": "How category scores are computed.", "type": "object", "additionalProperties": false, "properties": { "bots": { "description": "Whether changes by bots (Renovate, Dependabot, github-actions, any [bot] and the names under `bots`) count in the shares, category counts and steadiness: `exclude` (default) leaves them out and reports them apart, `include` counts them. Bots never count as people.", "type": "string", "enum": ["exclude", "include"] }, "weights": { "description": "Weights of the three parts of a category score (normalised to sum to 1). Keys left out keep their current value.", "type": "object", "additionalProperties": false, "properties": { "share": { "description": "Share of the window's changes in the category.", "type": "number", "minimum": 0 }, "people": { "description": "How many people contributed to the category.", "type": "number", "minimum": 0 }, "steadiness": { "description": "How evenly the category's changes are spread over the window.", "type": "number", "minimum": 0 } } }, "targets": { "description": "Share of the window's changes (0 < target <= 1) at which a category's share part reaches full marks.", "type": "object", "additionalProperties": false, "properties": { "documentation": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "automation": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "patterns": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 } } } } } }, "definitions": { "category": { "type": "object", "additionalProperties": false, "properties": { "replace": { "description": "Drop this category's default paths, labels and messages before adding these.", "type": "boolean" }, "paths": { "description": "Globs (picomatch, dotfiles included) of files that feed this category, relative to the repository root.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "labels": { "description": "Pull-request labels (case-insensitive) that feed this category.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "messages": { "description": "Regular expressions (case-insensitive) tested against the change's title. Patterns that can backtrack for an exponential time, such as (a+)+$ or (a|ab)*, are refused.", "type": "array", "items": { "type": "string", "minLength": 1 } } } } } };
const schema12 = { "type": "object", "additionalProperties": false, "properties": { "replace": { "description": "Drop this category's default paths, labels and messages before adding these.", "type": "boolean" }, "paths": { "description": "Globs (picomatch, dotfiles included) of files that feed this category, relative to the repository root.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "labels": { "description": "Pull-request labels (case-insensitive) that feed this category.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "messages": { "description": "Regular expressions (case-insensitive) tested against the change's title. Patterns that can backtrack for an exponential time, such as (a+)+$ or (a|ab)*, are refused.", "type": "array", "items": { "type": "string", "minLength": 1 } } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = (text) => [...text].length;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.extends !== undefined) {
        let data0 = data.extends;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.extends, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.since !== undefined) {
        let data1 = data.since;
        if (typeof data1 !== "string") {
            const err3 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.since.type, parentSchema: schema11.properties.since, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.history !== undefined) {
        let data2 = data.history;
        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
            const err4 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.history.type, parentSchema: schema11.properties.history, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 > 52 || isNaN(data2)) {
                const err5 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52", schema: 52, parentSchema: schema11.properties.history, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data2 < 0 || isNaN(data2)) {
                const err6 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.history, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
    }
    if (data.teams !== undefined) {
        let data3 = data.teams;
        if (typeof data3 !== "boolean") {
            const err7 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.teams.type, parentSchema: schema11.properties.teams, data: data3 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.categories !== undefined) {
        let data4 = data.categories;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key1 in data4) {
                if (!(((key1 === "documentation") || (key1 === "automation")) || (key1 === "patterns"))) {
                    const err8 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.categories, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data4.documentation !== undefined) {
                let data5 = data4.documentation;
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    for (const key2 in data5) {
                        if (!((((key2 === "replace") || (key2 === "paths")) || (key2 === "labels")) || (key2 === "messages"))) {
                            const err9 = { instancePath: instancePath + "/categories/documentation", schemaPath: "#/definitions/category/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data5.replace !== undefined) {
                        let data6 = data5.replace;
                        if (typeof data6 !== "boolean") {
                            const err10 = { instancePath: instancePath + "/categories/documentation/replace", schemaPath: "#/definitions/category/properties/replace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.replace.type, parentSchema: schema12.properties.replace, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data5.paths !== undefined) {
                        let data7 = data5.paths;
                        if (Array.isArray(data7)) {
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data8 = data7[i0];
                                if (typeof data8 === "string") {
                                    if (func3(data8) < 1) {
                                        const err11 = { instancePath: instancePath + "/categories/documentation/paths/" + i0, schemaPath: "#/definitions/category/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.paths.items, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err11];
                                        }
                                        else {
                                            vErrors.push(err11);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err12 = { instancePath: instancePath + "/categories/documentation/paths/" + i0, schemaPath: "#/definitions/category/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.paths.items.type, parentSchema: schema12.properties.paths.items, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err13 = { instancePath: instancePath + "/categories/documentation/paths", schemaPath: "#/definitions/category/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.paths.type, parentSchema: schema12.properties.paths, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    if (data5.labels !== undefined) {
                        let data9 = data5.labels;
                        if (Array.isArray(data9)) {
                            const len1 = data9.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data10 = data9[i1];
                                if (typeof data10 === "string") {
                                    if (func3(data10) < 1) {
                                        const err14 = { instancePath: instancePath + "/categories/documentation/labels/" + i1, schemaPath: "#/definitions/category/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.labels.items, data: data10 };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err15 = { instancePath: instancePath + "/categories/documentation/labels/" + i1, schemaPath: "#/definitions/category/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.items.type, parentSchema: schema12.properties.labels.items, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/categories/documentation/labels", schemaPath: "#/definitions/category/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data5.messages !== undefined) {
                        let data11 = data5.messages;
                        if (Array.isArray(data11)) {
                            const len2 = data11.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                                let data12 = data11[i2];
                                if (typeof data12 === "string") {
                                    if (func3(data12) < 1) {
                                        const err17 = { instancePath: instancePath + "/categories/documentation/messages/" + i2, schemaPath: "#/definitions/category/properties/messages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.messages.items, data: data12 };
                                        if (vErrors === null) {
                                            vErrors = [err17];
                                        }
                                        else {
                                            vErrors.push(err17);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err18 = { instancePath: instancePath + "/categories/documentation/messages/" + i2, schemaPath: "#/definitions/category/properties/messages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.messages.items.type, parentSchema: schema12.properties.messages.items, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/categories/documentation/messages", schemaPath: "#/definitions/category/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.messages.type, parentSchema: schema12.properties.messages, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/categories/documentation", schemaPath: "#/definitions/category/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data4.automation !== undefined) {
                let data13 = data4.automation;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    for (const key3 in data13) {
                        if (!((((key3 === "replace") || (key3 === "paths")) || (key3 === "labels")) || (key3 === "messages"))) {
                            const err21 = { instancePath: instancePath + "/categories/automation", schemaPath: "#/definitions/category/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data13.replace !== undefined) {
                        let data14 = data13.replace;
                        if (typeof data14 !== "boolean") {
                            const err22 = { instancePath: instancePath + "/categories/automation/replace", schemaPath: "#/definitions/category/properties/replace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.replace.type, parentSchema: schema12.properties.replace, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data13.paths !== undefined) {
                        let data15 = data13.paths;
                        if (Array.isArray(data15)) {
                            const len3 = data15.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data16 = data15[i3];
                                if (typeof data16 === "string") {
                                    if (func3(data16) < 1) {
                                        const err23 = { instancePath: instancePath + "/categories/automation/paths/" + i3, schemaPath: "#/definitions/category/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.paths.items, data: data16 };
                                        if (vErrors === null) {
                                            vErrors = [err23];
                                        }
                                        else {
                                            vErrors.push(err23);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err24 = { instancePath: instancePath + "/categories/automation/paths/" + i3, schemaPath: "#/definitions/category/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.paths.items.type, parentSchema: schema12.properties.paths.items, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/categories/automation/paths", schemaPath: "#/definitions/category/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.paths.type, parentSchema: schema12.properties.paths, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    if (data13.labels !== undefined) {
                        let data17 = data13.labels;
                        if (Array.isArray(data17)) {
                            const len4 = data17.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data18 = data17[i4];
                                if (typeof data18 === "string") {
                                    if (func3(data18) < 1) {
                                        const err26 = { instancePath: instancePath + "/categories/automation/labels/" + i4, schemaPath: "#/definitions/category/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.labels.items, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err26];
                                        }
                                        else {
                                            vErrors.push(err26);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err27 = { instancePath: instancePath + "/categories/automation/labels/" + i4, schemaPath: "#/definitions/category/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.items.type, parentSchema: schema12.properties.labels.items, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err28 = { instancePath: instancePath + "/categories/automation/labels", schemaPath: "#/definitions/category/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    if (data13.messages !== undefined) {
                        let data19 = data13.messages;
                        if (Array.isArray(data19)) {
                            const len5 = data19.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data20 = data19[i5];
                                if (typeof data20 === "string") {
                                    if (func3(data20) < 1) {
                                        const err29 = { instancePath: instancePath + "/categories/automation/messages/" + i5, schemaPath: "#/definitions/category/properties/messages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.messages.items, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err30 = { instancePath: instancePath + "/categories/automation/messages/" + i5, schemaPath: "#/definitions/category/properties/messages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.messages.items.type, parentSchema: schema12.properties.messages.items, data: data20 };
                                    if (vErrors === null) {
                                        vErrors = [err30];
                                    }
                                    else {
                                        vErrors.push(err30);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err31 = { instancePath: instancePath + "/categories/automation/messages", schemaPath: "#/definitions/category/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.messages.type, parentSchema: schema12.properties.messages, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err32 = { instancePath: instancePath + "/categories/automation", schemaPath: "#/definitions/category/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data4.patterns !== undefined) {
                let data21 = data4.patterns;
                if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    for (const key4 in data21) {
                        if (!((((key4 === "replace") || (key4 === "paths")) || (key4 === "labels")) || (key4 === "messages"))) {
                            const err33 = { instancePath: instancePath + "/categories/patterns", schemaPath: "#/definitions/category/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data21.replace !== undefined) {
                        let data22 = data21.replace;
                        if (typeof data22 !== "boolean") {
                            const err34 = { instancePath: instancePath + "/categories/patterns/replace", schemaPath: "#/definitions/category/properties/replace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.replace.type, parentSchema: schema12.properties.replace, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data21.paths !== undefined) {
                        let data23 = data21.paths;
                        if (Array.isArray(data23)) {
                            const len6 = data23.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data24 = data23[i6];
                                if (typeof data24 === "string") {
                                    if (func3(data24) < 1) {
                                        const err35 = { instancePath: instancePath + "/categories/patterns/paths/" + i6, schemaPath: "#/definitions/category/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.paths.items, data: data24 };
                                        if (vErrors === null) {
                                            vErrors = [err35];
                                        }
                                        else {
                                            vErrors.push(err35);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err36 = { instancePath: instancePath + "/categories/patterns/paths/" + i6, schemaPath: "#/definitions/category/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.paths.items.type, parentSchema: schema12.properties.paths.items, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err36];
                                    }
                                    else {
                                        vErrors.push(err36);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err37 = { instancePath: instancePath + "/categories/patterns/paths", schemaPath: "#/definitions/category/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.paths.type, parentSchema: schema12.properties.paths, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data21.labels !== undefined) {
                        let data25 = data21.labels;
                        if (Array.isArray(data25)) {
                            const len7 = data25.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                                let data26 = data25[i7];
                                if (typeof data26 === "string") {
                                    if (func3(data26) < 1) {
                                        const err38 = { instancePath: instancePath + "/categories/patterns/labels/" + i7, schemaPath: "#/definitions/category/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.labels.items, data: data26 };
                                        if (vErrors === null) {
                                            vErrors = [err38];
                                        }
                                        else {
                                            vErrors.push(err38);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err39 = { instancePath: instancePath + "/categories/patterns/labels/" + i7, schemaPath: "#/definitions/category/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.items.type, parentSchema: schema12.properties.labels.items, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/categories/patterns/labels", schemaPath: "#/definitions/category/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data21.messages !== undefined) {
                        let data27 = data21.messages;
                        if (Array.isArray(data27)) {
                            const len8 = data27.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                                let data28 = data27[i8];
                                if (typeof data28 === "string") {
                                    if (func3(data28) < 1) {
                                        const err41 = { instancePath: instancePath + "/categories/patterns/messages/" + i8, schemaPath: "#/definitions/category/properties/messages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.messages.items, data: data28 };
                                        if (vErrors === null) {
                                            vErrors = [err41];
                                        }
                                        else {
                                            vErrors.push(err41);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err42 = { instancePath: instancePath + "/categories/patterns/messages/" + i8, schemaPath: "#/definitions/category/properties/messages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.messages.items.type, parentSchema: schema12.properties.messages.items, data: data28 };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err43 = { instancePath: instancePath + "/categories/patterns/messages", schemaPath: "#/definitions/category/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.messages.type, parentSchema: schema12.properties.messages, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/categories/patterns", schemaPath: "#/definitions/category/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.type, parentSchema: schema11.properties.categories, data: data4 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.exclude !== undefined) {
        let data29 = data.exclude;
        const _errs68 = errors;
        let valid26 = false;
        const _errs69 = errors;
        if (Array.isArray(data29)) {
            const len9 = data29.length;
            for (let i9 = 0; i9 < len9; i9++) {
                let data30 = data29[i9];
                if (typeof data30 === "string") {
                    if (func3(data30) < 1) {
                        const err46 = { instancePath: instancePath + "/exclude/" + i9, schemaPath: "#/properties/exclude/anyOf/0/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exclude.anyOf[0].items, data: data30 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                else {
                    const err47 = { instancePath: instancePath + "/exclude/" + i9, schemaPath: "#/properties/exclude/anyOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exclude.anyOf[0].items.type, parentSchema: schema11.properties.exclude.anyOf[0].items, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exclude.anyOf[0].type, parentSchema: schema11.properties.exclude.anyOf[0], data: data29 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
        var _valid0 = _errs69 === errors;
        valid26 = valid26 || _valid0;
        if (!valid26) {
            const _errs73 = errors;
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key5 in data29) {
                    if (!((key5 === "replace") || (key5 === "paths"))) {
                        const err49 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.exclude.anyOf[1], data: data29 };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                }
                if (data29.replace !== undefined) {
                    let data31 = data29.replace;
                    if (typeof data31 !== "boolean") {
                        const err50 = { instancePath: instancePath + "/exclude/replace", schemaPath: "#/properties/exclude/anyOf/1/properties/replace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.exclude.anyOf[1].properties.replace.type, parentSchema: schema11.properties.exclude.anyOf[1].properties.replace, data: data31 };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                if (data29.paths !== undefined) {
                    let data32 = data29.paths;
                    if (Array.isArray(data32)) {
                        const len10 = data32.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                            let data33 = data32[i10];
                            if (typeof data33 === "string") {
                                if (func3(data33) < 1) {
                                    const err51 = { instancePath: instancePath + "/exclude/paths/" + i10, schemaPath: "#/properties/exclude/anyOf/1/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exclude.anyOf[1].properties.paths.items, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err52 = { instancePath: instancePath + "/exclude/paths/" + i10, schemaPath: "#/properties/exclude/anyOf/1/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exclude.anyOf[1].properties.paths.items.type, parentSchema: schema11.properties.exclude.anyOf[1].properties.paths.items, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err53 = { instancePath: instancePath + "/exclude/paths", schemaPath: "#/properties/exclude/anyOf/1/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exclude.anyOf[1].properties.paths.type, parentSchema: schema11.properties.exclude.anyOf[1].properties.paths, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err54 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.exclude.anyOf[1].type, parentSchema: schema11.properties.exclude.anyOf[1], data: data29 };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
            var _valid0 = _errs73 === errors;
            valid26 = valid26 || _valid0;
        }
        if (!valid26) {
            const err55 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.exclude.anyOf, parentSchema: schema11.properties.exclude, data: data29 };
            if (vErrors === null) {
                vErrors = [err55];
            }
            else {
                vErrors.push(err55);
            }
            errors++;
        }
        else {
            errors = _errs68;
            if (vErrors !== null) {
                if (_errs68) {
                    vErrors.length = _errs68;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.bots !== undefined) {
        let data34 = data.bots;
        const _errs83 = errors;
        let valid32 = false;
        const _errs84 = errors;
        if (Array.isArray(data34)) {
            const len11 = data34.length;
            for (let i11 = 0; i11 < len11; i11++) {
                let data35 = data34[i11];
                if (typeof data35 === "string") {
                    if (func3(data35) < 1) {
                        const err56 = { instancePath: instancePath + "/bots/" + i11, schemaPath: "#/properties/bots/anyOf/0/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.bots.anyOf[0].items, data: data35 };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                else {
                    const err57 = { instancePath: instancePath + "/bots/" + i11, schemaPath: "#/properties/bots/anyOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.bots.anyOf[0].items.type, parentSchema: schema11.properties.bots.anyOf[0].items, data: data35 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
            }
        }
        else {
            const err58 = { instancePath: instancePath + "/bots", schemaPath: "#/properties/bots/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.bots.anyOf[0].type, parentSchema: schema11.properties.bots.anyOf[0], data: data34 };
            if (vErrors === null) {
                vErrors = [err58];
            }
            else {
                vErrors.push(err58);
            }
            errors++;
        }
        var _valid1 = _errs84 === errors;
        valid32 = valid32 || _valid1;
        if (!valid32) {
            const _errs88 = errors;
            if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                for (const key6 in data34) {
                    if (!((key6 === "replace") || (key6 === "names"))) {
                        const err59 = { instancePath: instancePath + "/bots", schemaPath: "#/properties/bots/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.bots.anyOf[1], data: data34 };
                        if (vErrors === null) {
                            vErrors = [err59];
                        }
                        else {
                            vErrors.push(err59);
                        }
                        errors++;
                    }
                }
                if (data34.replace !== undefined) {
                    let data36 = data34.replace;
                    if (typeof data36 !== "boolean") {
                        const err60 = { instancePath: instancePath + "/bots/replace", schemaPath: "#/properties/bots/anyOf/1/properties/replace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.bots.anyOf[1].properties.replace.type, parentSchema: schema11.properties.bots.anyOf[1].properties.replace, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data34.names !== undefined) {
                    let data37 = data34.names;
                    if (Array.isArray(data37)) {
                        const len12 = data37.length;
                        for (let i12 = 0; i12 < len12; i12++) {
                            let data38 = data37[i12];
                            if (typeof data38 === "string") {
                                if (func3(data38) < 1) {
                                    const err61 = { instancePath: instancePath + "/bots/names/" + i12, schemaPath: "#/properties/bots/anyOf/1/properties/names/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.bots.anyOf[1].properties.names.items, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err62 = { instancePath: instancePath + "/bots/names/" + i12, schemaPath: "#/properties/bots/anyOf/1/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.bots.anyOf[1].properties.names.items.type, parentSchema: schema11.properties.bots.anyOf[1].properties.names.items, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err63 = { instancePath: instancePath + "/bots/names", schemaPath: "#/properties/bots/anyOf/1/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.bots.anyOf[1].properties.names.type, parentSchema: schema11.properties.bots.anyOf[1].properties.names, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err63];
                        }
                        else {
                            vErrors.push(err63);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err64 = { instancePath: instancePath + "/bots", schemaPath: "#/properties/bots/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.bots.anyOf[1].type, parentSchema: schema11.properties.bots.anyOf[1], data: data34 };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
            var _valid1 = _errs88 === errors;
            valid32 = valid32 || _valid1;
        }
        if (!valid32) {
            const err65 = { instancePath: instancePath + "/bots", schemaPath: "#/properties/bots/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.bots.anyOf, parentSchema: schema11.properties.bots, data: data34 };
            if (vErrors === null) {
                vErrors = [err65];
            }
            else {
                vErrors.push(err65);
            }
            errors++;
        }
        else {
            errors = _errs83;
            if (vErrors !== null) {
                if (_errs83) {
                    vErrors.length = _errs83;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.release !== undefined) {
        let data39 = data.release;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            for (const key7 in data39) {
                if (!((((key7 === "replace") || (key7 === "paths")) || (key7 === "messages")) || (key7 === "labels"))) {
                    const err66 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.release, data: data39 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
            if (data39.replace !== undefined) {
                let data40 = data39.replace;
                if (typeof data40 !== "boolean") {
                    const err67 = { instancePath: instancePath + "/release/replace", schemaPath: "#/properties/release/properties/replace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.release.properties.replace.type, parentSchema: schema11.properties.release.properties.replace, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
            if (data39.paths !== undefined) {
                let data41 = data39.paths;
                if (Array.isArray(data41)) {
                    const len13 = data41.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                        let data42 = data41[i13];
                        if (typeof data42 === "string") {
                            if (func3(data42) < 1) {
                                const err68 = { instancePath: instancePath + "/release/paths/" + i13, schemaPath: "#/properties/release/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.release.properties.paths.items, data: data42 };
                                if (vErrors === null) {
                                    vErrors = [err68];
                                }
                                else {
                                    vErrors.push(err68);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err69 = { instancePath: instancePath + "/release/paths/" + i13, schemaPath: "#/properties/release/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.release.properties.paths.items.type, parentSchema: schema11.properties.release.properties.paths.items, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err70 = { instancePath: instancePath + "/release/paths", schemaPath: "#/properties/release/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.release.properties.paths.type, parentSchema: schema11.properties.release.properties.paths, data: data41 };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
            }
            if (data39.messages !== undefined) {
                let data43 = data39.messages;
                if (Array.isArray(data43)) {
                    const len14 = data43.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                        let data44 = data43[i14];
                        if (typeof data44 === "string") {
                            if (func3(data44) < 1) {
                                const err71 = { instancePath: instancePath + "/release/messages/" + i14, schemaPath: "#/properties/release/properties/messages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.release.properties.messages.items, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err72 = { instancePath: instancePath + "/release/messages/" + i14, schemaPath: "#/properties/release/properties/messages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.release.properties.messages.items.type, parentSchema: schema11.properties.release.properties.messages.items, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err72];
                            }
                            else {
                                vErrors.push(err72);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err73 = { instancePath: instancePath + "/release/messages", schemaPath: "#/properties/release/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.release.properties.messages.type, parentSchema: schema11.properties.release.properties.messages, data: data43 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            if (data39.labels !== undefined) {
                let data45 = data39.labels;
                if (Array.isArray(data45)) {
                    const len15 = data45.length;
                    for (let i15 = 0; i15 < len15; i15++) {
                        let data46 = data45[i15];
                        if (typeof data46 === "string") {
                            if (func3(data46) < 1) {
                                const err74 = { instancePath: instancePath + "/release/labels/" + i15, schemaPath: "#/properties/release/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.release.properties.labels.items, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err75 = { instancePath: instancePath + "/release/labels/" + i15, schemaPath: "#/properties/release/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.release.properties.labels.items.type, parentSchema: schema11.properties.release.properties.labels.items, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err76 = { instancePath: instancePath + "/release/labels", schemaPath: "#/properties/release/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.release.properties.labels.type, parentSchema: schema11.properties.release.properties.labels, data: data45 };
                    if (vErrors === null) {
                        vErrors = [err76];
                    }
                    else {
                        vErrors.push(err76);
                    }
                    errors++;
                }
            }
        }
        else {
            const err77 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.release.type, parentSchema: schema11.properties.release, data: data39 };
            if (vErrors === null) {
                vErrors = [err77];
            }
            else {
                vErrors.push(err77);
            }
            errors++;
        }
    }
    if (data.score !== undefined) {
        let data47 = data.score;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            for (const key8 in data47) {
                if (!(((key8 === "bots") || (key8 === "weights")) || (key8 === "targets"))) {
                    const err78 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.score, data: data47 };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
            if (data47.bots !== undefined) {
                let data48 = data47.bots;
                if (typeof data48 !== "string") {
                    const err79 = { instancePath: instancePath + "/score/bots", schemaPath: "#/properties/score/properties/bots/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.score.properties.bots.type, parentSchema: schema11.properties.score.properties.bots, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                if (!((data48 === "exclude") || (data48 === "include"))) {
                    const err80 = { instancePath: instancePath + "/score/bots", schemaPath: "#/properties/score/properties/bots/enum", keyword: "enum", params: { allowedValues: schema11.properties.score.properties.bots.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.score.properties.bots.enum, parentSchema: schema11.properties.score.properties.bots, data: data48 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
            if (data47.weights !== undefined) {
                let data49 = data47.weights;
                if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                    for (const key9 in data49) {
                        if (!(((key9 === "share") || (key9 === "people")) || (key9 === "steadiness"))) {
                            const err81 = { instancePath: instancePath + "/score/weights", schemaPath: "#/properties/score/properties/weights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.score.properties.weights, data: data49 };
                            if (vErrors === null) {
                                vErrors = [err81];
                            }
                            else {
                                vErrors.push(err81);
                            }
                            errors++;
                        }
                    }
                    if (data49.share !== undefined) {
                        let data50 = data49.share;
                        if ((typeof data50 == "number") && (isFinite(data50))) {
                            if (data50 < 0 || isNaN(data50)) {
                                const err82 = { instancePath: instancePath + "/score/weights/share", schemaPath: "#/properties/score/properties/weights/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.score.properties.weights.properties.share, data: data50 };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err83 = { instancePath: instancePath + "/score/weights/share", schemaPath: "#/properties/score/properties/weights/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.score.properties.weights.properties.share.type, parentSchema: schema11.properties.score.properties.weights.properties.share, data: data50 };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                    }
                    if (data49.people !== undefined) {
                        let data51 = data49.people;
                        if ((typeof data51 == "number") && (isFinite(data51))) {
                            if (data51 < 0 || isNaN(data51)) {
                                const err84 = { instancePath: instancePath + "/score/weights/people", schemaPath: "#/properties/score/properties/weights/properties/people/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.score.properties.weights.properties.people, data: data51 };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err85 = { instancePath: instancePath + "/score/weights/people", schemaPath: "#/properties/score/properties/weights/properties/people/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.score.properties.weights.properties.people.type, parentSchema: schema11.properties.score.properties.weights.properties.people, data: data51 };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                    }
                    if (data49.steadiness !== undefined) {
                        let data52 = data49.steadiness;
                        if ((typeof data52 == "number") && (isFinite(data52))) {
                            if (data52 < 0 || isNaN(data52)) {
                                const err86 = { instancePath: instancePath + "/score/weights/steadiness", schemaPath: "#/properties/score/properties/weights/properties/steadiness/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.score.properties.weights.properties.steadiness, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err86];
                                }
                                else {
                                    vErrors.push(err86);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err87 = { instancePath: instancePath + "/score/weights/steadiness", schemaPath: "#/properties/score/properties/weights/properties/steadiness/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.score.properties.weights.properties.steadiness.type, parentSchema: schema11.properties.score.properties.weights.properties.steadiness, data: data52 };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err88 = { instancePath: instancePath + "/score/weights", schemaPath: "#/properties/score/properties/weights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.score.properties.weights.type, parentSchema: schema11.properties.score.properties.weights, data: data49 };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
            }
            if (data47.targets !== undefined) {
                let data53 = data47.targets;
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                    for (const key10 in data53) {
                        if (!(((key10 === "documentation") || (key10 === "automation")) || (key10 === "patterns"))) {
                            const err89 = { instancePath: instancePath + "/score/targets", schemaPath: "#/properties/score/properties/targets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.score.properties.targets, data: data53 };
                            if (vErrors === null) {
                                vErrors = [err89];
                            }
                            else {
                                vErrors.push(err89);
                            }
                            errors++;
                        }
                    }
                    if (data53.documentation !== undefined) {
                        let data54 = data53.documentation;
                        if ((typeof data54 == "number") && (isFinite(data54))) {
                            if (data54 > 1 || isNaN(data54)) {
                                const err90 = { instancePath: instancePath + "/score/targets/documentation", schemaPath: "#/properties/score/properties/targets/properties/documentation/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.score.properties.targets.properties.documentation, data: data54 };
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                            if (data54 <= 0 || isNaN(data54)) {
                                const err91 = { instancePath: instancePath + "/score/targets/documentation", schemaPath: "#/properties/score/properties/targets/properties/documentation/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.score.properties.targets.properties.documentation, data: data54 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err92 = { instancePath: instancePath + "/score/targets/documentation", schemaPath: "#/properties/score/properties/targets/properties/documentation/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.score.properties.targets.properties.documentation.type, parentSchema: schema11.properties.score.properties.targets.properties.documentation, data: data54 };
                            if (vErrors === null) {
                                vErrors = [err92];
                            }
                            else {
                                vErrors.push(err92);
                            }
                            errors++;
                        }
                    }
                    if (data53.automation !== undefined) {
                        let data55 = data53.automation;
                        if ((typeof data55 == "number") && (isFinite(data55))) {
                            if (data55 > 1 || isNaN(data55)) {
                                const err93 = { instancePath: instancePath + "/score/targets/automation", schemaPath: "#/properties/score/properties/targets/properties/automation/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.score.properties.targets.properties.automation, data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                            if (data55 <= 0 || isNaN(data55)) {
                                const err94 = { instancePath: instancePath + "/score/targets/automation", schemaPath: "#/properties/score/properties/targets/properties/automation/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.score.properties.targets.properties.automation, data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err95 = { instancePath: instancePath + "/score/targets/automation", schemaPath: "#/properties/score/properties/targets/properties/automation/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.score.properties.targets.properties.automation.type, parentSchema: schema11.properties.score.properties.targets.properties.automation, data: data55 };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                    if (data53.patterns !== undefined) {
                        let data56 = data53.patterns;
                        if ((typeof data56 == "number") && (isFinite(data56))) {
                            if (data56 > 1 || isNaN(data56)) {
                                const err96 = { instancePath: instancePath + "/score/targets/patterns", schemaPath: "#/properties/score/properties/targets/properties/patterns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema11.properties.score.properties.targets.properties.patterns, data: data56 };
                                if (vErrors === null) {
                                    vErrors = [err96];
                                }
                                else {
                                    vErrors.push(err96);
                                }
                                errors++;
                            }
                            if (data56 <= 0 || isNaN(data56)) {
                                const err97 = { instancePath: instancePath + "/score/targets/patterns", schemaPath: "#/properties/score/properties/targets/properties/patterns/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.score.properties.targets.properties.patterns, data: data56 };
                                if (vErrors === null) {
                                    vErrors = [err97];
                                }
                                else {
                                    vErrors.push(err97);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err98 = { instancePath: instancePath + "/score/targets/patterns", schemaPath: "#/properties/score/properties/targets/properties/patterns/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.score.properties.targets.properties.patterns.type, parentSchema: schema11.properties.score.properties.targets.properties.patterns, data: data56 };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err99 = { instancePath: instancePath + "/score/targets", schemaPath: "#/properties/score/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.score.properties.targets.type, parentSchema: schema11.properties.score.properties.targets, data: data53 };
                    if (vErrors === null) {
                        vErrors = [err99];
                    }
                    else {
                        vErrors.push(err99);
                    }
                    errors++;
                }
            }
        }
        else {
            const err100 = { instancePath: instancePath + "/score", schemaPath: "#/properties/score/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.score.type, parentSchema: schema11.properties.score, data: data47 };
            if (vErrors === null) {
                vErrors = [err100];
            }
            else {
                vErrors.push(err100);
            }
            errors++;
        }
    }
}
else {
    const err101 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err101];
    }
    else {
        vErrors.push(err101);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/config/validate.ts






/** `categories.documentation.paths[1]`: how a reader names a place in the file. */
function formatKeyPath(keyPath) {
    return keyPath
        .map((segment, index) => typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)
        .join('');
}
/** The published schema's check, compiled by Ajv ahead of time (`npm run validator`). */
const schemaCheck = schema_validator_generated;
/**
 * Everything wrong with a parsed config value: its shape against the published schema, then
 * what a schema cannot say (regular expressions compile, dates exist, `extends` is a
 * reference). Pure: value in, problems out; at most one problem per place.
 */
function validateConfigValue(value) {
    const shape = schemaCheck(value) ? [] : collapseUnions(schemaCheck.errors ?? []).map(toProblem);
    const taken = new Set(shape.map(problem => JSON.stringify(problem.path)));
    const meaning = semanticProblems(value).filter(problem => !taken.has(JSON.stringify(problem.path)));
    return [...shape, ...meaning];
}
function semanticProblems(value) {
    const problems = [];
    const since = at(value, 'since');
    if (typeof since === 'string') {
        const problem = sinceProblem(since);
        if (problem)
            problems.push({ path: ['since'], message: problem });
    }
    const extendsValue = at(value, 'extends');
    if (typeof extendsValue === 'string' && extendsValue !== '') {
        const reference = parseExtendsReference(extendsValue);
        if ('problem' in reference)
            problems.push({ path: ['extends'], message: reference.problem });
    }
    const categories = at(value, 'categories');
    for (const category of isRecord(categories) ? Object.keys(categories) : []) {
        const base = ['categories', category];
        const rules = at(categories, category);
        problems.push(...globProblems([...base, 'paths'], at(rules, 'paths')));
        problems.push(...blankProblems([...base, 'labels'], at(rules, 'labels')));
        problems.push(...regexProblems([...base, 'messages'], at(rules, 'messages')));
    }
    const exclude = at(value, 'exclude');
    if (Array.isArray(exclude))
        problems.push(...globProblems(['exclude'], exclude));
    else
        problems.push(...globProblems(['exclude', 'paths'], at(exclude, 'paths')));
    const bots = at(value, 'bots');
    if (Array.isArray(bots))
        problems.push(...blankProblems(['bots'], bots));
    else
        problems.push(...blankProblems(['bots', 'names'], at(bots, 'names')));
    const release = at(value, 'release');
    problems.push(...globProblems(['release', 'paths'], at(release, 'paths')));
    problems.push(...regexProblems(['release', 'messages'], at(release, 'messages')));
    problems.push(...blankProblems(['release', 'labels'], at(release, 'labels')));
    return problems;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function at(value, key) {
    return isRecord(value) ? value[key] : undefined;
}
/** The string items of a list, with their indexes; the schema reports anything else. */
function strings(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => typeof item === 'string' && item !== '' ? [[item, index]] : []);
}
function blankProblems(path, items) {
    return strings(items).flatMap(([item, index]) => item.trim() === '' ? [{ path: [...path, index], message: 'must not be blank' }] : []);
}
function globProblems(path, globs) {
    return strings(globs).flatMap(([glob, index]) => {
        const at = [...path, index];
        if (glob.trim() === '')
            return [{ path: at, message: 'must not be blank' }];
        // Globs match repository-relative paths such as `docs/a.md`; a leading `./` or `/`
        // would silently match nothing, so say so instead of reporting zero documentation.
        const prefix = /^(\.\/|\/)+/.exec(glob)?.[0];
        if (prefix) {
            const fixed = glob.slice(prefix.length);
            return [
                {
                    path: at,
                    message: `must be relative to the repository root without a leading '${prefix}': write '${fixed}'`
                }
            ];
        }
        return globPatternProblems(glob).map(message => ({ path: at, message }));
    });
}
// The options classify compiles path globs with (src/classify/paths.ts): a glob is checked
// exactly as it will run. `debug` makes picomatch throw on a glob it cannot compile instead of
// quietly matching nothing, which would report zero documentation without a word.
const GLOB_OPTIONS = { dot: true, nocase: true, debug: true };
function globPatternProblems(glob) {
    let expression;
    try {
        expression = picomatch_default().makeRe(glob, GLOB_OPTIONS);
    }
    catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split(': ').pop();
        return [`is not a valid glob: ${reason ?? 'it cannot be compiled'}`];
    }
    // Extended globs (`*(a|aa)`) become repetitions in the expression picomatch builds.
    const risk = backtrackingRisk(expression.source);
    return risk ? [`is refused: as a pattern it ${risk}`] : [];
}
function regexProblems(path, sources) {
    return strings(sources).flatMap(([source, index]) => {
        try {
            new RegExp(source, 'i');
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return [{ path: [...path, index], message: `is not a valid regular expression: ${reason}` }];
        }
        // Every message of the history runs through it, in a backtracking engine that cannot be
        // stopped: a pattern that can run away is refused here rather than hang the run later.
        const risk = backtrackingRisk(source);
        return risk ? [{ path: [...path, index], message: `is refused: it ${risk}` }] : [];
    });
}
/**
 * Ajv reports every branch of a failed `anyOf`. A branch whose type does not match the value
 * is noise (a list is not a mapping); the branch of the right type has the real problem. When
 * no branch has the right type, one "must be a list or a mapping" says it all.
 */
function collapseUnions(errors) {
    const dropped = new Set();
    const added = [];
    for (const union of errors.filter(error => error.keyword === 'anyOf')) {
        dropped.add(union);
        const prefix = `${union.schemaPath}/`;
        const branches = new Map();
        for (const error of errors) {
            if (!error.schemaPath.startsWith(prefix))
                continue;
            const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
            branches.set(branch, [...(branches.get(branch) ?? []), error]);
        }
        const types = [];
        let matched = false;
        for (const branchErrors of branches.values()) {
            const mismatch = branchErrors.find(error => error.keyword === 'type' && error.instancePath === union.instancePath);
            if (mismatch) {
                types.push(String(mismatch.params.type));
                for (const error of branchErrors)
                    dropped.add(error);
            }
            else {
                matched = true;
            }
        }
        if (!matched)
            added.push({ ...union, keyword: 'type', params: { type: types.join(' or ') } });
    }
    return [...errors.filter(error => !dropped.has(error)), ...added];
}
function toProblem(error) {
    const path = pointerToPath(error.instancePath);
    const data = error.data;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const properties = error.parentSchema?.properties;
            const valid = Object.keys(properties ?? {});
            const guess = closestKey(key, valid);
            const hint = guess ? `did you mean '${guess}'?` : `valid keys: ${valid.join(', ')}`;
            return { path: [...path, key], atKey: true, message: `unknown key (${hint})` };
        }
        case 'type': {
            const expected = String(error.params.type).split(' or ').map(typeWord).join(' or ');
            return { path, message: `must be ${expected} (got ${describe(data)})` };
        }
        case 'enum': {
            const allowed = error.params.allowedValues ?? [];
            return {
                path,
                message: `must be ${allowed.map(value => String(value)).join(' or ')} (got ${describe(data)})`
            };
        }
        case 'minLength':
            return { path, message: 'must not be empty' };
        case 'minimum':
            return {
                path,
                message: `must be at least ${String(error.params.limit)} (got ${describe(data)})`
            };
        case 'exclusiveMinimum':
            return {
                path,
                message: `must be greater than ${String(error.params.limit)} (got ${describe(data)})`
            };
        case 'maximum':
            return {
                path,
                message: `must be at most ${String(error.params.limit)} (got ${describe(data)})`
            };
        default:
            return { path, message: `${error.message ?? 'is not valid'} (got ${describe(data)})` };
    }
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
/** Schema type names in the words of a YAML file's author. */
function typeWord(type) {
    switch (type) {
        case 'array':
            return 'a list';
        case 'object':
            return 'a mapping';
        case 'boolean':
            return 'true or false';
        case 'integer':
            return 'a whole number';
        default:
            return `a ${type}`;
    }
}
/** A short picture of the value the user wrote. */
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string') {
        return value.length > 40 ? `'${value.slice(0, 37)}...'` : `'${value}'`;
    }
    return String(value);
}

;// CONCATENATED MODULE: ./src/config/yaml.ts
// A config file's text → its YAML document and plain value, or a ConfigError whose every
// problem has the file and a line. The text may be hostile (a shared config from another
// repository, a pull request's change): the parser's own failures, an alias that expands into
// billions of values and a nesting too deep for the stack all end as a located problem, fast.



/**
 * How many times aliases may be expanded in one file. An alias of a list of aliases multiplies
 * (nine lines of nine aliases each make 9⁹ values, the "billion laughs"); a real config has a
 * handful, if any.
 */
const MAX_ALIAS_EXPANSIONS = 100;
/** Syntax errors listed at most: past these, the rest usually follow from the first. */
const MAX_LISTED_ERRORS = 10;
function readYaml(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const problems = document.errors.slice(0, MAX_LISTED_ERRORS).map(error => {
            const position = error.linePos?.[0];
            return {
                file: source,
                ...(position ? { line: position.line, column: position.col } : {}),
                message: `invalid YAML: ${firstLine(error.message)}`
            };
        });
        const more = document.errors.length - MAX_LISTED_ERRORS;
        if (more > 0)
            problems.push({ file: source, message: `and ${more} more YAML errors` });
        throw new ConfigError(problems);
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    }
    catch (error) {
        throw new ConfigError([valueProblem(document, lineCounter, source, error)]);
    }
    return { document, lineCounter, value: value ?? {} };
}
/** Why the document has no plain value, placed at the alias at fault where there is one. */
function valueProblem(document, lineCounter, source, error) {
    const reason = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(reason)?.[1];
    const aliases = aliasesOf(document);
    const culprit = unresolved
        ? aliases.find(alias => alias.node.source === unresolved)
        : // The bomb's signature: an alias of something that itself holds aliases.
            (aliases.find(alias => holdsAliases(alias.node.resolve(document))) ?? aliases[0]);
    const place = culprit
        ? {
            ...lineCounter.linePos(culprit.node.range?.[0] ?? 0),
            key: culprit.keyPath
        }
        : undefined;
    const message = unresolved
        ? `invalid YAML: the alias *${unresolved} has no anchor &${unresolved} before it`
        : /alias count/i.test(reason)
            ? `expands aliases more than ${MAX_ALIAS_EXPANSIONS} times` +
                (culprit ? ` (through *${culprit.node.source})` : '') +
                ': aliases of aliases multiply a small file into billions of values, so it is refused'
            : `cannot be read: ${firstLine(reason)}`;
    return {
        file: source,
        ...(place ? { line: place.line, column: place.col } : { line: 1, column: 1 }),
        ...(place?.key ? { key: place.key } : {}),
        message
    };
}
function aliasesOf(document) {
    const found = [];
    (0,dist/* visit */.YR)(document, {
        Alias(_key, node, path) {
            found.push({ node, keyPath: formatKeyPath(keyPathOf([...path, node])) });
        }
    });
    return found;
}
function holdsAliases(node) {
    if (!(0,dist/* isCollection */.P3)(node))
        return false;
    let holds = false;
    (0,dist/* visit */.YR)(node, {
        Alias() {
            holds = true;
            return dist/* visit */.YR.BREAK;
        }
    });
    return holds;
}
/** The key path of the last node of a visit path: pair keys and list indexes. */
function keyPathOf(chain) {
    const keyPath = [];
    chain.forEach((item, index) => {
        const next = chain[index + 1];
        if ((0,dist/* isPair */.tO)(item))
            keyPath.push((0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '?');
        else if ((0,dist/* isSeq */.oP)(item) && next !== undefined && !(0,dist/* isAlias */.Vj)(item)) {
            keyPath.push(item.items.indexOf(next));
        }
    });
    return keyPath;
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./src/config/parse.ts






/**
 * Parses and validates one config file's text. Pure: text in, layer out. Throws a
 * `ConfigError` listing every problem, each with `file:line:col`, key path and what is wrong.
 */
function parseConfigLayer(text, source) {
    const { document, lineCounter, value } = readYaml(text, source);
    const locate = (keyPath, atKey = false) => positionOf(document, lineCounter, keyPath, atKey);
    if (typeof value !== 'object' || Array.isArray(value)) {
        const got = Array.isArray(value) ? 'a list' : `'${String(value)}'`;
        throw new ConfigError([
            { file: source, ...locate([]), message: `must be a mapping of settings (got ${got})` }
        ]);
    }
    const problems = validateConfigValue(value)
        .map((problem) => ({
        file: source,
        ...locate(problem.path, problem.atKey),
        key: formatKeyPath(problem.path),
        message: problem.message
    }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.length > 0)
        throw new ConfigError(problems);
    return toLayer(value, source, locate);
}
function toLayer(config, source, locate) {
    const layer = { source, categories: {} };
    if (config.extends !== undefined) {
        const reference = parseExtendsReference(config.extends);
        // Validation already rejected a malformed reference; this keeps the types honest.
        if (!('problem' in reference)) {
            layer.extends = { value: config.extends, reference, position: locate(['extends']) };
        }
    }
    if (config.since !== undefined)
        layer.since = config.since;
    if (config.history !== undefined)
        layer.history = config.history;
    if (config.teams !== undefined)
        layer.teams = config.teams;
    for (const id of CATEGORY_IDS) {
        const category = config.categories?.[id];
        if (!category)
            continue;
        layer.categories[id] = {
            replace: category.replace ?? false,
            paths: category.paths ?? [],
            labels: category.labels ?? [],
            messages: category.messages ?? []
        };
    }
    if (config.exclude !== undefined) {
        layer.exclude = Array.isArray(config.exclude)
            ? { replace: false, items: config.exclude }
            : { replace: config.exclude.replace ?? false, items: config.exclude.paths ?? [] };
    }
    if (config.bots !== undefined) {
        layer.bots = Array.isArray(config.bots)
            ? { replace: false, items: config.bots }
            : { replace: config.bots.replace ?? false, items: config.bots.names ?? [] };
    }
    if (config.release !== undefined) {
        layer.release = {
            replace: config.release.replace ?? false,
            paths: config.release.paths ?? [],
            messages: config.release.messages ?? [],
            labels: config.release.labels ?? []
        };
    }
    if (config.score?.weights !== undefined) {
        layer.weights = config.score.weights;
        layer.weightsPosition = locate(['score', 'weights']);
    }
    if (config.score?.targets !== undefined)
        layer.targets = config.score.targets;
    if (config.score?.bots !== undefined)
        layer.botsMode = config.score.bots;
    return layer;
}
/**
 * The line and column of a key path: its value, or its key when asked (unknown keys) or when
 * the value is empty. Falls back to the deepest part of the path that exists.
 */
function positionOf(document, lineCounter, keyPath, atKey) {
    let node = document.contents;
    let position = startOf(node, lineCounter) ?? { line: 1, column: 1 };
    for (const [index, segment] of keyPath.entries()) {
        const last = index === keyPath.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => ((0,dist/* isScalar */.jn)(item.key) ? item.key.value : item.key) === segment);
            if (!pair)
                break;
            const keyStart = startOf(pair.key, lineCounter);
            if (keyStart)
                position = keyStart;
            if (last && atKey)
                break;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else {
            break;
        }
        position = startOf(node, lineCounter) ?? position;
    }
    return position;
}
function startOf(node, lineCounter) {
    const range = node?.range;
    if (!range)
        return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
}

;// CONCATENATED MODULE: ./src/config/extends.ts




/** How deep `extends` may nest: a shared config of a shared config is plenty. */
const MAX_EXTENDS_DEPTH = 5;
/**
 * Parses a config file and, following `extends`, every file under it. Returns the layers in
 * merge order: the most shared config first, the given file last. Reading is injected, so
 * this holds no I/O of its own.
 */
async function resolveLayers(location, text, readers, maxDepth = MAX_EXTENDS_DEPTH) {
    const layers = [];
    const chain = [location];
    let current = parseConfigLayer(text, locationName(location));
    let currentLocation = location;
    for (;;) {
        layers.unshift(current);
        const extended = current.extends;
        if (!extended)
            return layers;
        const fail = (message) => {
            throw new ConfigError([
                { file: current.source, ...extended.position, key: 'extends', message }
            ]);
        };
        const target = resolveExtends(currentLocation, extended.reference);
        if ('problem' in target)
            return fail(target.problem);
        const targetKey = locationKey(target);
        if (chain.some(seen => locationKey(seen) === targetKey)) {
            const names = [...chain, target].map(locationName).join(' → ');
            return fail(`extends cycle: ${names}`);
        }
        if (chain.length > maxDepth) {
            return fail(`extends nests more than ${maxDepth} levels deep (${chain.map(locationName).join(' → ')} → ...)`);
        }
        const targetText = await readLocation(target, readers).catch((error) => fail(error instanceof Error ? error.message : String(error)));
        chain.push(target);
        current = parseConfigLayer(targetText, locationName(target));
        currentLocation = target;
    }
}
async function readLocation(location, readers) {
    if (location.kind === 'local')
        return readers.readLocal(location.path);
    if (!readers.readRemote) {
        throw new Error(`cannot read ${remoteName(location)}: reading another repository's config needs a GitHub ` +
            'token (set GITHUB_TOKEN or GH_TOKEN for the CLI; the github-token input in the action)');
    }
    const { kind: _kind, ...reference } = location;
    return readers.readRemote(reference);
}

;// CONCATENATED MODULE: ./src/config/merge.ts


/**
 * Merges config layers over a base, in order (the base, then each layer). Lists add to what
 * is below them unless the layer says `replace: true`; scalars and weights override key by
 * key. Pure: the base is copied, never changed.
 */
function mergeLayers(base, layers) {
    return layers.reduce(applyLayer, structuredClone(base));
}
function applyLayer(config, layer) {
    const { source } = layer;
    const rules = config.rules;
    for (const id of CATEGORY_IDS) {
        const patch = layer.categories[id];
        if (!patch)
            continue;
        const below = patch.replace ? { paths: [], labels: [], messages: [] } : rules.categories[id];
        rules.categories[id] = {
            paths: [
                ...below.paths,
                ...patch.paths.map(glob => pathRule(`config:${id}`, glob, `matches \`${glob}\` in ${source}`))
            ],
            labels: unique([...below.labels, ...patch.labels], label => label.toLowerCase()),
            messages: unique([...below.messages, ...patch.messages], message => message)
        };
    }
    if (layer.exclude) {
        rules.exclude = [
            ...(layer.exclude.replace ? [] : rules.exclude),
            ...layer.exclude.items.map(glob => pathRule('config:exclude', glob, `excluded by \`${glob}\` in ${source}`))
        ];
    }
    if (layer.bots) {
        rules.bots = unique([...(layer.bots.replace ? [] : rules.bots), ...layer.bots.items], name => name.toLowerCase());
    }
    if (layer.release) {
        const below = layer.release.replace ? { paths: [], messages: [], labels: [] } : rules.release;
        const labels = unique([...(below.labels ?? []), ...layer.release.labels], label => label.toLowerCase());
        rules.release = {
            paths: [
                ...below.paths,
                ...layer.release.paths.map(glob => pathRule('config:release', glob, `release bookkeeping: matches \`${glob}\` in ${source}`))
            ],
            messages: unique([...below.messages, ...layer.release.messages], message => message),
            ...(labels.length > 0 || below.labels ? { labels } : {})
        };
    }
    const weights = { ...config.score.weights, ...layer.weights };
    if (layer.weights && SCORE_PARTS.every(part => weights[part] === 0)) {
        throw new ConfigError([
            {
                file: source,
                ...layer.weightsPosition,
                key: 'score.weights',
                message: `must not all be zero (${SCORE_PARTS.slice(0, -1).join(', ')} and ${SCORE_PARTS.at(-1)} are normalised to sum to 1)`
            }
        ]);
    }
    return {
        rules,
        score: {
            weights,
            targets: { ...config.score.targets, ...layer.targets },
            bots: layer.botsMode ?? config.score.bots ?? 'exclude'
        },
        since: layer.since ?? config.since,
        history: layer.history ?? config.history,
        teams: layer.teams ?? config.teams,
        sources: [...config.sources, source]
    };
}
/** One rule per glob, so a reason can name the very glob that matched and where it was written. */
function pathRule(id, glob, detail) {
    return { id, globs: [glob], detail };
}
function unique(items, keyOf) {
    const seen = new Set();
    return items.filter(item => {
        const key = keyOf(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/config/load.ts








/** Where the config file lives unless the user says otherwise. */
const DEFAULT_CONFIG_FILE = '.github/multiplier.yml';
/**
 * The resolved configuration: defaults ← the `extends` chain ← the file. The only part of
 * the config module that reads files; parsing, validation and merging are pure.
 * Throws `ConfigError` (every problem with file, line, column and key) when anything is wrong.
 */
async function loadConfig(options) {
    const root = external_node_path_default().resolve(options.root);
    const absolute = external_node_path_default().resolve(root, options.file);
    const relative = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
    const name = relative.startsWith('../') || external_node_path_default().isAbsolute(relative) ? absolute : relative;
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        if (isNotFound(error)) {
            if (!options.required)
                return mergeLayers(DEFAULT_CONFIG, []);
            throw new ConfigError([
                { file: name, message: `config file not found (looked for ${absolute})` }
            ]);
        }
        throw new ConfigError([
            { file: name, message: `cannot read the config file: ${messageOf(error)}` }
        ]);
    }
    const location = { kind: 'local', path: relative, name };
    const layers = await resolveLayers(location, text, {
        readLocal: async (repoPath) => {
            try {
                return await (0,promises_.readFile)(external_node_path_default().join(root, repoPath), 'utf8');
            }
            catch (error) {
                throw new Error(isNotFound(error)
                    ? `${repoPath} does not exist in this repository`
                    : `cannot read ${repoPath}: ${messageOf(error)}`, { cause: error });
            }
        },
        ...(options.readRemote ? { readRemote: options.readRemote } : {})
    });
    return mergeLayers(DEFAULT_CONFIG, layers);
}
function isNotFound(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

;// CONCATENATED MODULE: ./src/classify/gitattributes.ts

function parseGitAttributes(text) {
    const lines = (text ?? '').split(/\r?\n/).flatMap(parseLine);
    return {
        get(path, attribute) {
            let state;
            for (const line of lines) {
                if (line.attributes.has(attribute) && line.matches(path))
                    state = line.attributes.get(attribute);
            }
            return state;
        }
    };
}
function parseLine(raw) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#'))
        return [];
    const { pattern, rest } = splitPattern(line);
    // Macro definitions (`[attr]name ...`) and negated patterns (forbidden by git) assign nothing.
    if (pattern === '' || pattern.startsWith('[attr]') || pattern.startsWith('!'))
        return [];
    if (pattern.endsWith('/'))
        return [];
    const attributes = new Map();
    for (const token of rest.split(/\s+/).filter(Boolean)) {
        if (token.startsWith('-'))
            attributes.set(token.slice(1), false);
        else if (token.startsWith('!'))
            attributes.set(token.slice(1), undefined);
        else if (token.includes('=')) {
            const [name = '', value = ''] = token.split('=', 2);
            attributes.set(name, !['false', 'no', '0', 'unset'].includes(value.toLowerCase()));
        }
        else
            attributes.set(token, true);
    }
    if (attributes.size === 0)
        return [];
    return [{ matches: picomatch_default()(toGlob(pattern), { dot: true }), attributes }];
}
function splitPattern(line) {
    if (line.startsWith('"')) {
        const end = line.indexOf('"', 1);
        if (end > 0)
            return { pattern: line.slice(1, end).replace(/\\(.)/g, '$1'), rest: line.slice(end + 1) };
    }
    const space = line.search(/\s/);
    return space < 0
        ? { pattern: line, rest: '' }
        : { pattern: line.slice(0, space), rest: line.slice(space) };
}
/** Converts a gitattributes pattern to a picomatch glob over root-relative paths. */
function toGlob(pattern) {
    if (pattern.startsWith('/'))
        return pattern.slice(1);
    if (pattern.includes('/'))
        return pattern;
    return `**/${pattern}`;
}
/** linguist's attributes that take a file out of the counts, in the order they are checked. */
const EXCLUDING_ATTRIBUTES = ['linguist-generated', 'linguist-vendored'];

;// CONCATENATED MODULE: ./src/classify/paths.ts

// Dotfiles are ordinary files in a repository (.github/, .eslintrc), and file names are
// written with varying case (README.md, Readme.rst, makefile), so both are matched leniently.
const paths_GLOB_OPTIONS = { dot: true, nocase: true };
function compilePathRules(rules) {
    return rules.map(rule => {
        const globTests = rule.globs.map(compileGlob);
        return { ...rule, globTests, matches: path => globTests.some(test => passes(test, path)) };
    });
}
function compileGlob(glob) {
    const onName = isBasenameGlob(glob);
    const expression = picomatch_default().makeRe(onName ? glob.slice(3) : glob, paths_GLOB_OPTIONS);
    return { glob, onName, expression };
}
function passes(test, path) {
    return path === test.glob || test.expression.test(test.onName ? lastSegment(path) : path);
}
const anyMatchCache = new WeakMap();
// Most paths of a history match none of a list's rules; testing one combined expression first
// spares testing each of the list's globs (dozens) against every new path.
function anyMatchOf(rules) {
    let anyMatch = anyMatchCache.get(rules);
    if (anyMatch)
        return anyMatch;
    const tests = rules.flatMap(rule => rule.globTests);
    const nameTest = combinedTest(tests.filter(test => test.onName));
    const pathTest = combinedTest(tests.filter(test => !test.onName));
    if (nameTest && pathTest) {
        const literals = new Set(tests.map(test => test.glob));
        anyMatch = path => literals.has(path) || nameTest(lastSegment(path)) || pathTest(path);
    }
    else {
        anyMatch = () => true;
    }
    anyMatchCache.set(rules, anyMatch);
    return anyMatch;
}
/** The last segment, without a trailing slash (which `**` globs let follow a name). */
function lastSegment(path) {
    const end = path.endsWith('/') ? path.length - 1 : path.length;
    return path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}
function isBasenameGlob(glob) {
    return glob.startsWith('**/') && !glob.slice(3).includes('/') && !glob.slice(3).includes('**');
}
/** One case-insensitive test for all of `tests`' expressions; undefined when one cannot be combined. */
function combinedTest(tests) {
    if (tests.length === 0)
        return () => false;
    const expressions = tests.map(test => test.expression);
    if (!expressions.every(expression => expression.flags === 'i'))
        return undefined;
    const combined = new RegExp(expressions.map(e => `(?:${e.source})`).join('|'), 'i');
    return text => combined.test(text);
}
/** The first rule whose globs match `path`, if any. */
function firstMatch(rules, path) {
    if (rules.length === 0 || !anyMatchOf(rules)(path))
        return undefined;
    return rules.find(rule => rule.matches(path));
}

;// CONCATENATED MODULE: ./src/classify/compile.ts



// A ruleset compiled once for classification: globs to matchers, message patterns to regular
// expressions, and a memo of what each path alone decides (a history touches the same paths
// thousands of times).
/**
 * When a category's part of a change is substantial (documented in docs/classification.md):
 * a share of the counted lines, a block of added lines with a smaller share, or a hinted share.
 */
const DEFAULT_THRESHOLDS = {
    minShare: 0.3,
    blockLines: 15,
    blockShare: 0.05,
    hintShare: 0.1,
    labelShare: 0.05,
    smallEditLines: 40,
    sharedModuleImporters: 3
};
const compiledCache = new WeakMap();
/** One compilation per (ruleset, .gitattributes text): classification runs per change, often. */
const contextCache = new WeakMap();
function lowerSet(items) {
    return new Set((items ?? []).map(item => item.toLowerCase()));
}
function compileRuleset(rules) {
    const categories = {};
    for (const id of CATEGORY_IDS) {
        const all = compilePathRules(rules.categories[id].paths);
        categories[id] = {
            specific: all.filter(rule => !rule.fallback),
            fallback: all.filter(rule => rule.fallback),
            messages: rules.categories[id].messages.map(source => new RegExp(source, 'i')),
            labels: lowerSet(rules.categories[id].labels)
        };
    }
    return {
        rules,
        thresholds: { ...DEFAULT_THRESHOLDS, ...rules.thresholds },
        categories,
        exclude: compilePathRules(rules.exclude),
        release: compilePathRules(rules.release.paths),
        releaseMessages: rules.release.messages.map(source => new RegExp(source, 'i')),
        releaseLabels: lowerSet(rules.release.labels)
    };
}
function compile_compile(rules, gitattributes) {
    let compiled = compiledCache.get(rules);
    if (!compiled)
        compiledCache.set(rules, (compiled = compileRuleset(rules)));
    let byAttributes = contextCache.get(compiled);
    if (!byAttributes)
        contextCache.set(compiled, (byAttributes = new Map()));
    const key = gitattributes ?? '';
    let withContext = byAttributes.get(key);
    if (!withContext) {
        withContext = Object.assign({}, compiled, {
            attributes: parseGitAttributes(gitattributes),
            pathFacts: new Map()
        });
        byAttributes.set(key, withContext);
    }
    return withContext;
}

;// CONCATENATED MODULE: ./src/classify/bots.ts
const knownBotsCache = new WeakMap();
/** The ruleset's bot names, lower-cased once per ruleset: this runs for every change. */
function knownBots(bots) {
    let known = knownBotsCache.get(bots);
    if (!known)
        knownBotsCache.set(bots, (known = new Set(bots.map(bot => bot.toLowerCase()))));
    return known;
}
/** Verdicts by author, per bot list: a history has thousands of changes by a few authors. */
const verdictsCache = new WeakMap();
/**
 * Whether an author is a bot: GitHub's `[bot]` suffix (on the name, login or noreply email),
 * account type `Bot`, or a known bot name (the ruleset's `bots`, e.g. dependabot, renovate,
 * github-actions), with or without the suffix.
 */
function isBot(author, rules) {
    let verdicts = verdictsCache.get(rules.bots);
    if (!verdicts)
        verdictsCache.set(rules.bots, (verdicts = new Map()));
    // NUL separates the fields: git and GitHub put none in a name, login, email or type.
    const key = `${author.type ?? ''}\0${author.name}\0${author.login ?? ''}\0${author.email ?? ''}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined)
        verdicts.set(key, (verdict = readIsBot(author, rules.bots)));
    return verdict;
}
function readIsBot(author, bots) {
    if (author.type?.toLowerCase() === 'bot')
        return true;
    const names = [author.name, author.login, author.email?.split('@')[0]?.replace(/^\d+\+/, '')]
        .filter((name) => name !== undefined && name !== '')
        .map(name => name.toLowerCase().trim());
    if (names.some(name => name.endsWith('[bot]')))
        return true;
    const known = knownBots(bots);
    return names.some(name => known.has(name) || known.has(name.replace(/-bot$|\s+bot$/, '')));
}

;// CONCATENATED MODULE: ./src/classify/decide.ts


// The decision: the files' readings and the change signals' votes → the change's categories
// and reasons. A category counts when its files carry a substantial part of the change; a hint
// only tips a smaller part in, and never makes a category on its own.
/** At most this many file reasons per category, largest files first, to keep reports readable. */
const MAX_FILE_REASONS = 5;
/** Signals that say a rule of a standard changed: with a hint, they count whatever their share. */
const RULE_CHANGE_SIGNALS = new Set(['config:lint-rules']);
const NO_FILES = {
    category: 'output',
    signal: 'output:no-files',
    detail: 'the change has no file changes'
};
const DIRECT_WORK = {
    category: 'output',
    signal: 'output:direct',
    detail: 'product code, tests or other direct work'
};
function sumOf(readings, field) {
    let sum = 0;
    for (let i = 0; i < readings.length; i++)
        sum += readings[i][field];
    return sum;
}
function decide_percent(share) {
    return `${Math.round(share * 100)}%`;
}
/** Whether `mine`, the files of one category, are substantial: a category reason, else output. */
function categoryDecision(id, mine, total, hint, thresholds) {
    const lines = sumOf(mine, 'weight');
    const added = sumOf(mine, 'added');
    const share = total === 0 ? 0 : lines / total;
    const measure = `${decide_percent(share)} of the counted changed lines (${lines} of ${total})`;
    if (share >= thresholds.minShare)
        return {
            category: id,
            signal: 'rule:substantial-share',
            detail: `${id} files carry ${measure}`
        };
    if (added >= thresholds.blockLines && share >= thresholds.blockShare) {
        const detail = `${added} lines added to ${id} files, ${measure}`;
        return { category: id, signal: 'rule:substantial-block', detail };
    }
    if (hint && share >= (hint.label !== undefined ? thresholds.labelShare : thresholds.hintShare))
        return {
            category: id,
            signal: hint.signal,
            detail: `${hint.detail}, and ${id} files carry ${measure}`
        };
    // A changed rule is its own hint: the code edits beside it usually follow the rule.
    const ruleChange = mine.find(reading => RULE_CHANGE_SIGNALS.has(reading.categories.get(id)?.signal ?? ''));
    if (ruleChange && (hint || share >= thresholds.hintShare)) {
        const said = hint ? `${hint.detail}, and a` : 'A';
        const detail = `${said} rule of the standard changed (${ruleChange.file.path}); the rest of the change follows it (${measure})`;
        return { category: id, signal: 'rule:standard-changed', detail };
    }
    return {
        category: 'output',
        signal: 'rule:incidental',
        detail: `${id} files carry only ${measure}: incidental to the change`
    };
}
/** Why each hint that no category took is no reason: a hint alone does not count. */
function unsupportedHints(change, categories) {
    const reasons = [];
    for (const id of CATEGORY_IDS) {
        const hint = change.hints.categories[id];
        if (hint && !categories.includes(id)) {
            const detail = hint.label !== undefined
                ? `${hint.detail}, but the diff does not support ${id}: a label counts when ${id} files carry at least ${decide_percent(change.compiled.thresholds.labelShare)} of the changed lines`
                : `${hint.detail}, but the diff does not support ${id}: a hint alone does not count`;
            reasons.push({ category: 'output', signal: hint.signal, detail });
        }
    }
    return reasons;
}
const RELEASE_NOTE = /^(diff:version-pin-only|release:)/;
/** Why a change with no category is output. */
function outputReason(change, readings, counted) {
    const bookkeeping = readings.some(reading => reading.role === 'neutral');
    if (counted.length === 0) {
        return bookkeeping
            ? {
                category: 'output',
                signal: 'release:bookkeeping',
                detail: 'only changelog/release notes and excluded files: release bookkeeping'
            }
            : {
                category: 'output',
                signal: 'output:only-excluded',
                detail: 'only generated, vendored or lock files changed'
            };
    }
    const releaseSignal = change.hints.release?.signal ?? change.bump?.signal;
    const releaseOnly = counted.every(reading => reading.facts.manifest !== undefined ||
        reading.notes.some(note => RELEASE_NOTE.test(note.signal) || note.signal === releaseSignal));
    if (!releaseOnly)
        return DIRECT_WORK;
    return {
        category: 'output',
        signal: bookkeeping ? 'release:bookkeeping' : 'release:dependency-bump',
        detail: 'only manifests, version pins, changelogs and lock files: a release or dependency bump'
    };
}
/** The notes of files that fed no category: why they are output or excluded, a few of each. */
function fileNotes(readings, categories) {
    const output = [];
    const excluded = [];
    for (const reading of readings) {
        if (categories.some(id => reading.categories.has(id)))
            continue;
        for (const note of reading.notes) {
            if (note.category === 'excluded') {
                if (excluded.length < MAX_FILE_REASONS)
                    excluded.push(note);
            }
            else if (note.category === 'output' && output.length < MAX_FILE_REASONS) {
                output.push(note);
            }
        }
    }
    return [...output, ...excluded];
}
/**
 * The change with its classification. Copied with Object.assign, not `{ ...change, ... }`:
 * V8 takes a slow path for a spread followed by more properties, which cost a tenth of a
 * second over a 20,000-commit history.
 */
function classified(change, compiled, categories, reasons) {
    const result = Object.assign({}, change);
    result.categories = categories;
    result.reasons = reasons;
    result.authorIsBot = isBot(change.author, compiled.rules);
    return result;
}
/** The change's decision from its files' readings and the change signals' votes. */
function decide(change, readings, changeVotes) {
    const { compiled } = change;
    const counted = readings.filter(reading => reading.role === 'counted');
    const total = sumOf(counted, 'weight');
    const categories = [];
    const reasons = [];
    const output = [];
    for (const id of CATEGORY_IDS) {
        const mine = counted.filter(reading => reading.categories.has(id));
        if (mine.length === 0)
            continue;
        const decision = categoryDecision(id, mine, total, change.hints.categories[id], compiled.thresholds);
        if (decision.category === 'output') {
            output.push(decision);
            continue;
        }
        categories.push(id);
        reasons.push(decision);
        const largest = [...mine].sort((a, b) => b.weight - a.weight).slice(0, MAX_FILE_REASONS);
        for (const reading of largest) {
            const reason = reading.categories.get(id);
            if (reason)
                reasons.push(reason);
        }
    }
    for (const vote of changeVotes) {
        if (vote.category === 'output' ||
            vote.category === 'excluded' ||
            categories.includes(vote.category))
            continue;
        categories.push(vote.category);
        reasons.push(vote);
    }
    categories.sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b));
    output.push(...unsupportedHints(change, categories));
    if (categories.length === 0)
        output.unshift(outputReason(change, readings, counted));
    reasons.push(...output, ...fileNotes(readings, categories));
    return classified(change.change, compiled, categories, reasons);
}

;// CONCATENATED MODULE: ./src/classify/path-facts.ts




// What a path alone decides — exclusion, release files, path-rule categories — memoised per
// path, since a history touches the same paths thousands of times. The path signals
// (signals/exclusion.ts, signals/release-files.ts, signals/path-rules.ts) apply these facts.
const CONFIG_FORMAT = /\.(ya?ml|toml|ini|cfg|conf|json5?|jsonc|properties)$/i;
function isCodeFile(path) {
    return commentSyntaxOf(path) !== undefined && !CONFIG_FORMAT.test(path);
}
function exclusionOf(path, compiled) {
    for (const attribute of EXCLUDING_ATTRIBUTES) {
        if (compiled.attributes.get(path, attribute) === true) {
            return {
                category: 'excluded',
                file: path,
                signal: `gitattributes:${attribute}`,
                detail: `.gitattributes marks it ${attribute}`
            };
        }
    }
    const rule = firstMatch(compiled.exclude, path);
    if (!rule)
        return undefined;
    // An explicit `-linguist-vendored` / `linguist-generated=false` re-includes the file.
    const attribute = rule.kind === 'vendored' ? 'linguist-vendored' : 'linguist-generated';
    if (compiled.attributes.get(path, attribute) === false)
        return undefined;
    return { category: 'excluded', file: path, signal: `exclude:${rule.id}`, detail: rule.detail };
}
function releaseReason(path, rule, what) {
    return {
        category: 'output',
        file: path,
        signal: `release:${rule.id}`,
        detail: `${rule.detail}: ${what}`
    };
}
function pathCategories(path, compiled) {
    const categories = new Map();
    const add = (id, rule) => {
        categories.set(id, {
            reason: { category: id, file: path, signal: `path:${rule.id}`, detail: rule.detail },
            kind: rule.kind
        });
    };
    for (const id of CATEGORY_IDS) {
        const rule = firstMatch(compiled.categories[id].specific, path);
        if (rule)
            add(id, rule);
    }
    // Generic rules (any *.md) apply only where no specific rule of any category matched.
    if (categories.size === 0) {
        for (const id of CATEGORY_IDS) {
            const rule = firstMatch(compiled.categories[id].fallback, path);
            if (rule)
                add(id, rule);
        }
    }
    if (compiled.attributes.get(path, 'linguist-documentation') === true &&
        !categories.has('documentation')) {
        categories.set('documentation', {
            reason: {
                category: 'documentation',
                file: path,
                signal: 'gitattributes:linguist-documentation',
                detail: '.gitattributes marks it linguist-documentation'
            },
            kind: undefined
        });
    }
    return categories;
}
function readPathFacts(path, compiled) {
    const code = isCodeFile(path);
    const none = new Map();
    const excluded = exclusionOf(path, compiled);
    if (excluded)
        return { excluded, categories: none, code };
    const release = firstMatch(compiled.release, path);
    if (release?.kind === 'manifest')
        return {
            manifest: releaseReason(path, release, 'dependency or version change'),
            categories: none,
            code
        };
    if (release)
        return {
            changelog: releaseReason(path, release, 'release bookkeeping'),
            categories: none,
            code
        };
    return { categories: pathCategories(path, compiled), code };
}
function pathFactsOf(path, compiled) {
    const known = compiled.pathFacts.get(path);
    if (known)
        return known;
    const facts = readPathFacts(path, compiled);
    compiled.pathFacts.set(path, facts);
    return facts;
}

;// CONCATENATED MODULE: ./src/classify/reading.ts


/** The share of the change's counted lines that a file carries. */
function shareOf(reading, change) {
    return change.lines === 0 ? 0 : reading.weight / change.lines;
}
function newReading(file, facts, patch) {
    return {
        file,
        facts,
        patch,
        role: 'counted',
        weight: Math.max(1, (file.additions ?? 0) + (file.deletions ?? 0)),
        added: file.additions ?? 0,
        categories: new Map(),
        notes: [],
        wantsPatch: false,
        hunks: undefined,
        shapes: undefined
    };
}
/** The reading's hunks (parsed on first use); undefined without a patch. */
function hunksOf(reading) {
    if (reading.patch === undefined)
        return undefined;
    reading.hunks ??= parsePatch(reading.patch);
    return reading.hunks;
}
/**
 * The reading's diff shape (see diffShape), read once per way of reading tool directives, and
 * once for both when its comments hold no directive: several signals ask, one or both ways.
 */
function reading_shapeOf(reading, directives = 'code') {
    reading.shapes ??= new Map();
    if (reading.shapes.has(directives))
        return reading.shapes.get(directives);
    const { shape, metDirective } = readDiffShape(reading.file.path, hunksOf(reading), directives);
    reading.shapes.set(directives, shape);
    if (!metDirective)
        reading.shapes.set(directives === 'code' ? 'comment' : 'code', shape);
    return shape;
}
function grant(reading, id, signal, detail) {
    reading.categories.set(id, { category: id, file: reading.file.path, signal, detail });
}
/** Takes a category away; the note (an output reason) says why. */
function revoke(reading, id, signal, detail) {
    reading.categories.delete(id);
    reading.notes.push({ category: 'output', file: reading.file.path, signal, detail });
}
/** Settles the file's role: an excluded or neutral file takes no further votes. */
function settle(reading, role, note) {
    reading.role = role;
    reading.categories.clear();
    reading.notes.push(note);
}
function isSmall(reading, change) {
    return reading.weight <= change.compiled.thresholds.smallEditLines;
}
function isBalanced(file) {
    return file.additions === file.deletions;
}

;// CONCATENATED MODULE: ./src/classify/signals/dependency-bump.ts

/**
 * Accounts that open dependency updates. Their changes are bumps whatever the title says
 * ("Update dependency eslint to v9" names a lint tool, not a lint rule).
 */
const DEPENDENCY_BOTS = /^(dependabot|renovate|greenkeeper|snyk-bot|pyup-bot|depfu|scala-steward|mend-bolt-for-github|renovate-bot)(\[bot\])?$/i;
/** A dependency bot's change is a bump, whatever its title says. */
function dependencyBot(change) {
    const names = [change.author.name, change.author.login ?? ''];
    if (!names.some(name => DEPENDENCY_BOTS.test(name.trim())))
        return undefined;
    return {
        signal: 'author:dependency-bot',
        detail: `opened by ${change.author.login ?? change.author.name}`
    };
}
/**
 * In a dependency bump, edits of examples and samples follow the bump (a version, an import,
 * a renamed call): they teach nothing new. Only a new block of example (more added lines than
 * `blockLines`, mostly additions) still counts as documentation.
 */
function followsBump(reading, blockLines) {
    const added = reading.file.additions ?? 0;
    return !(added >= blockLines && added >= 2 * (reading.file.deletions ?? 0));
}
const dependencyBump = {
    id: 'dependency-bump',
    reads: ['path', 'lines', 'message', 'labels', 'author'],
    vote(reading, change) {
        const bump = change.bump;
        if (!bump || !reading.categories.has('documentation'))
            return;
        if (reading.facts.categories.get('documentation')?.kind !== 'examples')
            return;
        if (!followsBump(reading, change.compiled.thresholds.blockLines))
            return;
        revoke(reading, 'documentation', 'release:follows-bump', `${bump.detail}: the example follows the bump`);
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/hints.ts

// Message and label hints: what the title (conventional type or keyword) and the PR labels say
// the change is about. A hint never makes a category on its own (decide.ts); it tips a
// category whose files carry a smaller share, and stands in for a patch that was not read.
const CATEGORY_SHORT = { documentation: 'docs', automation: 'ci', patterns: 'patterns' };
/** Titles of refactors that may extract or introduce shared code. */
const REFACTOR_TITLE = /\b(refactor\w*|extract\w*|share[ds]?|reus(e|es|ed|ing)|dedup\w*|de-dup\w*|consolidat\w*|unif(y|ies|ied)|common|helpers?|utils?|utilit(y|ies)|base class|abstract\w*)\b/i;
function firstLabelIn(labels, wanted) {
    for (const label of labels)
        if (wanted.has(label))
            return label;
    return undefined;
}
function firstMatchIn(patterns, text) {
    for (const pattern of patterns) {
        const match = pattern.exec(text);
        if (match)
            return [pattern, match[0]];
    }
    return undefined;
}
function releaseHint(change, compiled, labels) {
    const label = firstLabelIn(labels, compiled.releaseLabels);
    if (label !== undefined)
        return { signal: `label:${label}`, detail: `labelled '${label}'` };
    const found = firstMatchIn(compiled.releaseMessages, change.title);
    if (found === undefined)
        return undefined;
    return { signal: 'message:release-or-bump', detail: `title says '${found[1].trim()}'` };
}
function readHints(change, compiled) {
    const labels = change.labels.map(label => label.toLowerCase());
    const release = releaseHint(change, compiled, labels);
    const hints = {
        categories: { documentation: undefined, automation: undefined, patterns: undefined },
        release,
        refactor: undefined
    };
    for (const id of CATEGORY_IDS) {
        const category = compiled.categories[id];
        const label = firstLabelIn(labels, category.labels);
        if (label !== undefined) {
            hints.categories[id] = { signal: `label:${label}`, detail: `labelled '${label}'`, label };
            continue;
        }
        const found = firstMatchIn(category.messages, change.title);
        if (found === undefined)
            continue;
        const [pattern, match] = found;
        const conventional = pattern.source.startsWith('^') && match.endsWith(':');
        // In a release or bump title a keyword names what is bumped ("update eslint"), not the
        // change's purpose; a conventional type (`ci:`, `docs:`) still says what the change is.
        if (release && !conventional)
            continue;
        hints.categories[id] = {
            signal: conventional
                ? `message:conventional-${CATEGORY_SHORT[id]}`
                : `message:${CATEGORY_SHORT[id]}-keyword`,
            detail: `title says '${match.trim()}'`
        };
    }
    const refactor = REFACTOR_TITLE.exec(change.title);
    if (refactor)
        hints.refactor = { signal: 'message:refactor', detail: `title says '${refactor[0]}'` };
    return hints;
}

;// CONCATENATED MODULE: ./src/classify/change-reading.ts



/**
 * The counted changed lines (what shares are taken of: excluded and bookkeeping files left
 * out), and whether the change touches a changelog or a manifest, as a release does.
 */
function measure(change, compiled) {
    let lines = 0;
    let releaseFiles = false;
    for (const file of change.files) {
        const facts = pathFactsOf(file.path, compiled);
        releaseFiles ||= facts.changelog !== undefined || facts.manifest !== undefined;
        if (facts.excluded || facts.changelog)
            continue;
        lines += Math.max(1, (file.additions ?? 0) + (file.deletions ?? 0));
    }
    return { lines, releaseFiles };
}
/** The change's own reading: its hints, whether it updates dependencies, its size. */
function readChange(change, compiled) {
    const hints = readHints(change, compiled);
    const bump = hints.release ?? dependencyBot(change);
    return { change, compiled, hints, bump, ...measure(change, compiled) };
}

;// CONCATENATED MODULE: ./src/classify/signals/comment-only.ts

/**
 * Titles that say a code edit is about its comments. Patches cost a second git pass (or an API
 * call per pull request) and most small code edits are code: reading them all doubled the cost
 * of a report, so only edits whose title or labels speak of comments or docs are read.
 */
const COMMENT_EDIT_TITLE = /\b(comments?|commented|docstrings?|jsdoc|javadoc|kdoc|godoc|rustdoc|tsdoc|doc ?comments?|typos?|spelling|wording|grammar|clarif\w*|explain\w*|document\w*|docs?)\b/i;
function aboutComments(change) {
    return (change.hints.categories.documentation !== undefined ||
        COMMENT_EDIT_TITLE.test(change.change.title));
}
/** Code, and automation or lint files, whose edit may be comments only. */
function isCandidate(reading) {
    if (reading.facts.manifest)
        return false;
    if (reading.categories.size === 0)
        return reading.facts.code;
    return (!reading.categories.has('documentation') &&
        (reading.categories.has('automation') || reading.categories.has('patterns')));
}
/**
 * A comment-only (or docstring-only) edit of code, CI or lint configuration is documentation.
 * Without the patch, a documentation hint stands in for it on a small code edit, and on a
 * small additions-only CI edit.
 */
const commentOnly = {
    id: 'comment-only',
    reads: ['path', 'lines', 'message', 'labels', 'patch'],
    wantsPatch(reading, change) {
        return (reading.categories.size === 0 &&
            reading.facts.code &&
            !reading.facts.manifest &&
            isSmall(reading, change) &&
            aboutComments(change));
    },
    vote(reading, change) {
        if (!isCandidate(reading))
            return;
        const hunks = hunksOf(reading);
        if (hunks !== undefined) {
            if (reading_shapeOf(reading) !== 'comment-only')
                return;
            reading.categories.delete('automation');
            reading.categories.delete('patterns');
            grant(reading, 'documentation', 'diff:comment-only', 'only comments or docstrings changed');
            return;
        }
        const hint = change.hints.categories.documentation;
        if (!hint || !isSmall(reading, change))
            return;
        const ci = reading.categories.has('automation');
        if (ci && (reading.file.deletions ?? 0) > 0)
            return;
        if (!ci && reading.categories.size > 0)
            return;
        reading.categories.delete('automation');
        grant(reading, 'documentation', hint.signal, ci
            ? `${hint.detail}; added lines taken as comments (patch not read)`
            : `${hint.detail}; small code edit taken as comments/docstrings (patch not read)`);
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/docs-folder-code.ts

/** Folders inside a docs folder whose code teaches usage (and so is documentation). */
const TEACHING_SEGMENT = /(^|\/)(examples?|samples?|snippets?|tutorials?|demos?|cookbook|guides?|docs_src|doc_src)\//i;
/**
 * Code kept in a docs-like folder is code (a docs generator, a doc-site plugin, tests), not
 * documentation by its folder: only prose, doc-site files and teaching code under an
 * examples-like sub-folder are. A comment-only edit of such code is still documentation (the
 * comment-only signal reads that).
 */
const docsFolderCode = {
    id: 'docs-folder-code',
    reads: ['path'],
    vote(reading) {
        const documentation = reading.facts.categories.get('documentation');
        if (!reading.facts.code || documentation?.kind !== 'docs-folder')
            return;
        if (!reading.categories.has('documentation') || TEACHING_SEGMENT.test(reading.file.path))
            return;
        revoke(reading, 'documentation', 'path:code-in-docs-folder', 'code in a documentation folder (a generator, plugin or test), not prose');
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/exclusion.ts

/**
 * Lock files, bundles, vendored, minified, snapshot and generated files, and whatever
 * `.gitattributes` marks linguist-generated or linguist-vendored, count for nothing and do not
 * dilute the shares.
 */
const exclusion = {
    id: 'exclusion',
    reads: ['path', 'attributes'],
    vote(reading) {
        if (reading.facts.excluded)
            settle(reading, 'excluded', reading.facts.excluded);
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/formatting.ts

/** Titles of formatting sweeps: their patches are read to see whether only whitespace moved. */
const FORMAT_TITLE = /\b(fmt|gofmt|rustfmt|ktlint|spotless|reformat\w*|format(ting|ted)?|prettier|black|whitespace|indent\w*|code style)\b/i;
function formattableCategories(reading) {
    if (!reading.facts.code && !reading.categories.has('automation'))
        return [];
    return [...reading.categories.keys()].filter(id => id !== 'patterns');
}
/**
 * A code, example or CI file whose edit only changes whitespace (a formatter's sweep) teaches
 * and automates nothing new: it keeps no category. Prose is left alone: reflowing a guide is
 * still upkeep of the guide.
 */
const formatting = {
    id: 'formatting',
    reads: ['path', 'message', 'patch'],
    wantsPatch(reading, change) {
        return formattableCategories(reading).length > 0 && FORMAT_TITLE.test(change.change.title);
    },
    vote(reading) {
        const categories = formattableCategories(reading);
        const hunks = hunksOf(reading);
        if (categories.length === 0 || hunks === undefined)
            return;
        if (reading_shapeOf(reading) !== 'whitespace-only')
            return;
        for (const id of categories)
            revoke(reading, id, 'diff:whitespace-only', 'only whitespace changed: a formatting sweep');
    }
};

;// CONCATENATED MODULE: ./src/classify/config-diff.ts

// Diff-shape readings of configuration files: version-pin-only edits of workflows and hook
// configs, and whether an edit of a mixed config file (pyproject.toml, setup.cfg, package.json)
// touches its lint/format/type-check sections.
/** A line that only names a versioned thing: `uses: owner/action@ref`, `rev: v1.2`, `image: x:tag`. */
const PIN_LINE = /^\s*(-\s+)?(uses:\s*['"]?[\w./-]+@[\w.-]+['"]?|rev:\s*['"]?[\w.-]+['"]?|image:\s*['"]?[\w./-]+:[\w.-]+['"]?|(node|python|go|java)-version:\s*['"]?[\w.x-]+['"]?)\s*(#.*)?$/;
/** True when every changed non-blank line of the patch is a version pin (and something changed). */
function isVersionPinOnly(patch) {
    if (patch === undefined)
        return false;
    const lines = changedLines(parsePatch(patch)).filter(line => line.text.trim() !== '');
    return lines.length > 0 && lines.every(line => PIN_LINE.test(line.text));
}
const LINT_SECTION = /^(tool\.)?(ruff|black|isort|mypy|pylint|pyright|basedpyright|flake8|pydocstyle|pycodestyle|autopep8|yapf|codespell|pyflakes|bandit|pyupgrade|docformatter|typos)\b|^(workspace\.)?lints\b|^(mypy|flake8|pycodestyle|pydocstyle|isort|pylint)(-|\.|:|$)/i;
/** Top-level keys of package.json that hold a tool's lint/format settings. */
const LINT_JSON_KEY = /^"(eslintConfig|eslintIgnore|prettier|stylelint|biome|xo|standard|ava-lint)"\s*:\s*(\{|\[|"[^"\d^~<>=*]|true|false)/;
/** Scripts that run a check: `"lint": "eslint ."`, `"typecheck": "tsc --noEmit"`. */
const LINT_SCRIPT = /^"(lint|lint:(?![\w:-]*fix)[\w:-]+|typecheck|type-check|check-types|types|check:[\w:-]*(lint|types?)[\w:-]*|eslint|stylelint)"\s*:\s*"(?![\^~<>=*]|\d|workspace:|npm:|file:|link:|latest")/;
/**
 * A lint setting or rule code in a TOML/INI hunk whose section header is out of sight
 * (`ignore = [`, `"UP038",`, `max-line-length = 100`).
 */
const LINT_KEY_OR_CODE = /^\s*(["']?(select|ignore|extend-select|extend-ignore|per-file-ignores|extend-per-file-ignores|fixable|unfixable|max-line-length|max-complexity|disallow_[\w]+|warn_[\w]+|check_untyped_defs|no_implicit_optional|strict_optional|ignore_missing_imports)["']?\s*=|["'][A-Z]{1,4}\d{2,4}["'])/;
/** A JSON value that is a version or range: the line names a dependency, not a setting. */
const VERSION_VALUE = /:\s*"([\^~<>=*]|\d|workspace:|npm:)/;
/**
 * Changed non-blank, non-comment lines of a mixed config file that set lint/format/type-check
 * options (TOML/INI `[tool.ruff]`, `[flake8]`, `[lints]`; package.json `"eslintConfig"`,
 * `"prettier"` and check scripts), and all such changed lines. The section is the nearest header
 * above the line within the hunk, else the hunk's function context. A JSON line whose value is a
 * version is a dependency (`"prettier": "^3.2.0"`), whatever its key.
 */
function lintSectionLines(patch) {
    let lint = 0;
    let total = 0;
    for (const hunk of parsePatch(patch).map(withoutCommaChurn)) {
        let section = sectionOf(hunk.header) ?? '';
        const jsonKeys = [];
        for (const line of hunk.lines) {
            const header = sectionOf(line.text);
            if (header !== undefined)
                section = header;
            const indent = line.text.length - line.text.trimStart().length;
            const trimmed = line.text.trim();
            while (jsonKeys.length > 0 &&
                (jsonKeys[jsonKeys.length - 1]?.indent ?? 0) >= indent &&
                trimmed !== '')
                jsonKeys.pop();
            const key = /^"([^"]+)"\s*:/.exec(trimmed);
            if (line.kind === ' ') {
                if (key)
                    jsonKeys.push({ indent, key: trimmed });
                continue;
            }
            if (trimmed === '' || /^(#|;|\/\/)/.test(trimmed))
                continue;
            total += 1;
            const lintLine = LINT_SECTION.test(section) ||
                (section === '' && LINT_KEY_OR_CODE.test(trimmed)) ||
                isLintJsonLine(trimmed, jsonKeys);
            if (lintLine)
                lint += 1;
            if (key)
                jsonKeys.push({ indent, key: trimmed });
        }
    }
    return { lint, total };
}
function isLintJsonLine(trimmed, enclosing) {
    if (LINT_JSON_KEY.test(trimmed) || LINT_SCRIPT.test(trimmed))
        return true;
    if (VERSION_VALUE.test(trimmed))
        return false;
    return enclosing.some(entry => LINT_JSON_KEY.test(entry.key));
}
function sectionOf(text) {
    const header = /^\s*\[+\s*([^\]]+?)\s*\]+/.exec(text);
    return header?.[1];
}
/**
 * Whether an edit only moves settings: every changed line but section headers has an equal
 * line (trimmed) on the other side, as when a tool's upgrade renames `[tool.ruff]` to
 * `[tool.ruff.lint]` and the options move with it. No rule changes.
 */
function onlyMovesSettings(hunks) {
    const removed = new Map();
    const added = [];
    for (const { kind, text } of changedLines(hunks)) {
        const trimmed = text.trim().replace(/,$/, '');
        if (trimmed === '' || sectionOf(trimmed) !== undefined)
            continue;
        if (kind === '-')
            removed.set(trimmed, (removed.get(trimmed) ?? 0) + 1);
        else
            added.push(trimmed);
    }
    if (added.length === 0 && removed.size === 0)
        return true;
    for (const line of added) {
        const left = removed.get(line) ?? 0;
        if (left === 0)
            return false;
        removed.set(line, left - 1);
    }
    return [...removed.values()].every(count => count === 0);
}

;// CONCATENATED MODULE: ./src/classify/signals/lint-config.ts


function lintRule(reading) {
    const kind = reading.facts.categories.get('patterns')?.kind;
    return (kind === 'lint-config' &&
        reading.categories.get('patterns')?.signal.startsWith('path:') === true);
}
/**
 * A lint, format or editor config file counts as patterns when a rule or option changes. An
 * edit of only whitespace, or one that only moves settings (a tool upgrade renaming a section),
 * changes no rule; in a dependency bump, a small edit without its patch is taken as following
 * the bump.
 */
const lintConfig = {
    id: 'lint-config',
    reads: ['path', 'lines', 'message', 'author', 'patch'],
    wantsPatch(reading, change) {
        return lintRule(reading) && (isSmall(reading, change) || change.bump !== undefined);
    },
    vote(reading, change) {
        if (!lintRule(reading))
            return;
        const hunks = hunksOf(reading);
        if (hunks === undefined) {
            if (change.bump && isSmall(reading, change))
                revoke(reading, 'patterns', change.bump.signal, `${change.bump.detail}; a small edit of a lint config in a dependency bump, taken as following it (patch not read)`);
            return;
        }
        const shape = reading_shapeOf(reading);
        if (shape === 'whitespace-only') {
            revoke(reading, 'patterns', 'diff:no-rule-change', 'whitespace-only edit: no rule or option changed');
        }
        else if (onlyMovesSettings(hunks)) {
            revoke(reading, 'patterns', 'diff:settings-moved', 'settings moved or renamed, none changed: no rule changed');
        }
        else {
            const rule = reading.categories.get('patterns');
            if (rule)
                reading.categories.set('patterns', {
                    ...rule,
                    signal: 'config:lint-rules',
                    detail: `${rule.detail}: rules or options changed`
                });
        }
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/lint-settings.ts



const TS_CHECK_OPTION = /"(strict\w*|noImplicit\w+|noUnused\w+|noUnchecked\w+|noFallthroughCasesInSwitch|noPropertyAccessFromIndexSignature|exactOptionalPropertyTypes|isolatedDeclarations|isolatedModules|verbatimModuleSyntax|erasableSyntaxOnly|forceConsistentCasingInFileNames|useUnknownInCatchVariables|alwaysStrict|allowUnreachableCode|allowUnusedLabels|noEmitOnError|checkJs|skipLibCheck|useDefineForClassFields|allowJs)"\s*:/;
const GRADLE_CHECK = /\b(explicitApi(Warning)?\s*\(|explicitApi\s*=|allWarningsAsErrors|warningsAsErrors|-Werror|-Xlint|-Xexplicit-api|ktlint|detekt|spotless|checkstyle|errorprone|errorProne|nullaway|apiValidation|binary-compatibility-validator|kotlinter|lintOptions|lint\s*\{|abortOnError|warningsAsErrors)/;
const MAVEN_CHECK = /(checkstyle|spotbugs|errorprone|error_prone|maven-pmd|spotless|-Xlint|-Werror|failOnWarning|failsOnError|animal-sniffer|enforcer)/;
const RUST_LINT_LEVEL = /^\s*#!\[(deny|warn|forbid|allow)\(/;
function linesMatching(pattern) {
    return hunks => {
        let lint = 0;
        let total = 0;
        for (const { text } of changedLines(hunks)) {
            if (text.trim() === '')
                continue;
            total += 1;
            if (pattern.test(text))
                lint += 1;
        }
        return { lint, total };
    };
}
const SETTINGS_FILES = [
    {
        id: 'mixed-config',
        files: /(^|\/)(pyproject\.toml|setup\.cfg|package\.json|Cargo\.toml|tox\.ini)$/i,
        read: (_hunks, patch) => lintSectionLines(patch),
        mostly: true,
        readUnhinted: true
    },
    {
        id: 'tsconfig',
        files: /(^|\/)[jt]sconfig[^/]*\.json$/i,
        read: linesMatching(TS_CHECK_OPTION),
        mostly: false,
        readUnhinted: true
    },
    {
        id: 'gradle',
        files: /\.gradle(\.kts)?$/i,
        read: linesMatching(GRADLE_CHECK),
        mostly: false,
        readUnhinted: true
    },
    {
        id: 'maven',
        files: /(^|\/)pom\.xml$/i,
        read: linesMatching(MAVEN_CHECK),
        mostly: false,
        readUnhinted: true
    },
    {
        id: 'rust-crate-root',
        files: /(^|\/)(lib|main)\.rs$/,
        read: linesMatching(RUST_LINT_LEVEL),
        mostly: false,
        readUnhinted: false
    }
];
function settingsFileOf(reading) {
    if (reading.categories.get('patterns')?.signal === 'config:lint-rules')
        return undefined;
    const path = reading.file.path;
    return SETTINGS_FILES.find(file => file.files.test(path));
}
function pathTsconfig(reading) {
    return (reading.facts.categories.get('patterns')?.kind === 'typescript-config' &&
        reading.categories.has('patterns'));
}
function detail(file, lint, total) {
    return `the edit changes lint/format/type-check settings (${file.id}: ${lint} of ${total} lines)`;
}
function readWithoutPatch(reading, change) {
    const hint = change.hints.categories.patterns;
    if (!hint || !isSmall(reading, change) || reading.categories.has('patterns'))
        return;
    grant(reading, 'patterns', hint.signal, `${hint.detail}; taken as a lint settings edit (patch not read)`);
}
const lintSettings = {
    id: 'lint-settings',
    reads: ['path', 'lines', 'message', 'labels', 'author', 'patch'],
    wantsPatch(reading, change) {
        const file = settingsFileOf(reading);
        if (!file || change.bump || !isSmall(reading, change))
            return false;
        if (change.hints.categories.patterns !== undefined)
            return true;
        // A changed rule counts from the hint share on (decide.ts): a smaller part cannot tip.
        return file.readUnhinted && shareOf(reading, change) >= change.compiled.thresholds.hintShare;
    },
    vote(reading, change) {
        const file = settingsFileOf(reading);
        if (!file)
            return;
        const hunks = hunksOf(reading);
        if (hunks === undefined || reading.patch === undefined)
            return readWithoutPatch(reading, change);
        const { lint, total } = file.read(hunks, reading.patch);
        const sets = lint > 0 && (!file.mostly || lint * 2 >= total) && !onlyMovesSettings(hunks);
        if (sets) {
            grant(reading, 'patterns', 'config:lint-rules', detail(file, lint, total));
        }
        else if (pathTsconfig(reading)) {
            revoke(reading, 'patterns', 'diff:no-check-option', 'compiler options changed, none that checks code');
        }
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/path-rules.ts
/**
 * The path rules of each category (the default ruleset and the config's), a file may match
 * several; generic fallbacks (any *.md) only where no specific rule matched; and
 * `.gitattributes` linguist-documentation.
 */
const pathRules = {
    id: 'path-rules',
    reads: ['path', 'attributes'],
    vote(reading) {
        if (reading.facts.manifest)
            return;
        for (const [id, { reason }] of reading.facts.categories)
            reading.categories.set(id, reason);
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/release-files.ts

/**
 * Changelogs and release notes are release bookkeeping: neutral, neither a category nor
 * output. Manifests and version files are output (dependency and version changes); the
 * lint-settings signal may still find a lint section edited in one.
 */
const releaseFiles = {
    id: 'release-files',
    reads: ['path'],
    vote(reading) {
        if (reading.facts.changelog)
            settle(reading, 'neutral', reading.facts.changelog);
        else if (reading.facts.manifest)
            reading.notes.push(reading.facts.manifest);
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/release-notes-in-docs.ts


// Release preparation that touches documentation — the version in an install snippet, a badge
// or a "latest release" line bumped — is release bookkeeping, like a changelog: neutral.
const VERSION = /v?\d+(\.(\d+|[x*+]))+([-+][\w.]+)?/g;
const HAS_VERSION = /\d+\.\d+/;
function isProse(reading) {
    return reading.categories.has('documentation') && !reading.facts.code;
}
/** Whether every changed line pairs with one on the other side that differs only in versions. */
function onlyVersionsChange(hunks) {
    const lines = changedLines(hunks).filter(line => line.text.trim() !== '');
    const removed = lines
        .filter(line => line.kind === '-')
        .map(line => line.text.replace(VERSION, '#'));
    const added = lines.filter(line => line.kind === '+').map(line => line.text.replace(VERSION, '#'));
    if (removed.length === 0 || removed.length !== added.length)
        return false;
    return (lines.some(line => HAS_VERSION.test(line.text)) &&
        removed.every((line, index) => line === added[index]));
}
const releaseNotesInDocs = {
    id: 'release-notes-in-docs',
    reads: ['path', 'lines', 'message', 'labels', 'patch'],
    wantsPatch(reading, change) {
        // Release preparation says so in its title or touches a changelog or a manifest.
        const release = change.hints.release !== undefined || change.releaseFiles;
        return release && isProse(reading) && isSmall(reading, change) && isBalanced(reading.file);
    },
    vote(reading, change) {
        if (!isProse(reading))
            return;
        const hunks = hunksOf(reading);
        const path = reading.file.path;
        if (hunks !== undefined) {
            if (!onlyVersionsChange(hunks))
                return;
            settle(reading, 'neutral', {
                category: 'output',
                file: path,
                signal: 'release:version-refs',
                detail: 'only version numbers changed: release bookkeeping'
            });
            return;
        }
        const release = change.hints.release;
        if (release &&
            isSmall(reading, change) &&
            isBalanced(reading.file) &&
            (reading.file.additions ?? 0) <= 3) {
            settle(reading, 'neutral', {
                category: 'output',
                file: path,
                signal: release.signal,
                detail: `${release.detail}; a few balanced lines taken as version numbers (patch not read)`
            });
        }
    }
};

;// CONCATENATED MODULE: ./src/classify/shared-symbols.ts

// Shared code by its names, for languages where code uses what its package defines without an
// import line (Go, Kotlin, Java, Rust inside a crate, Python within a module's namespace): a
// module of the change defines new names, and several existing files are made to use them in
// place of code they had (a hunk that removes lines and adds a use).
const DEFINITIONS = [
    /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*)/,
    /^\s*(?:export\s+)?(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|\w+)\s*=>/,
    /^\s*(?:export\s+)?(?:abstract\s+|open\s+|data\s+|sealed\s+|internal\s+|public\s+|private\s+|final\s+)*(?:class|interface|object|enum|record|trait|struct)\s+([A-Za-z_]\w*)/,
    /^\s*(?:export\s+)?(?:type|interface)\s+([A-Za-z_]\w*)/,
    /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/,
    /^func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)/,
    /^type\s+([A-Za-z_]\w*)/,
    /^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?(?:fn|struct|enum|trait|type)\s+([A-Za-z_]\w*)/,
    /^\s*macro_rules!\s+([A-Za-z_]\w*)/,
    /^\s*(?:(?:public|protected|private|internal|inline|suspend|override|open)\s+)*fun\s+(?:<[^>]*>\s*)?(?:[\w.]+\.)?([A-Za-z_]\w*)\s*\(/,
    /^\s*(?:(?:public|protected|private|static|final|synchronized|abstract)\s+)+(?:[\w<>[\],.?]+\s+)?([A-Za-z_]\w*)\s*\(/
];
/** Names too common to say that one module is reused. */
const COMMON_NAMES = new Set('main init test setup teardown new default string value values apply build create close open read write run start stop get set update delete list next equals hashcode tostring clone call invoke handle parse format'.split(' '));
function definedNames(hunks, kind) {
    const names = new Set();
    for (const hunk of hunks) {
        for (const line of hunk.lines) {
            if (line.kind !== kind)
                continue;
            for (const pattern of DEFINITIONS) {
                const name = pattern.exec(line.text)?.[1];
                if (name === undefined)
                    continue;
                if (name.length >= 4 && !COMMON_NAMES.has(name.toLowerCase()) && !/^test/i.test(name))
                    names.add(name);
                break;
            }
        }
    }
    return names;
}
/** A line with its names and spacing taken out: a rename or a move keeps this shape. */
function shared_symbols_shapeOf(line) {
    return line.replace(/[A-Za-z_$][\w$]*/g, '_').replace(/\s+/g, '');
}
/**
 * Whether a hunk removes code and adds a use of one of `names` in its place. A use that only
 * renames what a removed line said (the same line with other names) is a rename, not reuse.
 */
function replacesWithUse(hunk, names) {
    const removed = hunk.lines.filter(line => line.kind === '-' && line.text.trim() !== '');
    if (removed.length === 0)
        return false;
    const removedShapes = new Set(removed.map(line => shared_symbols_shapeOf(line.text)));
    return hunk.lines.some(line => line.kind === '+' &&
        names.some(name => name.test(line.text)) &&
        !DEFINITIONS.some(definition => definition.test(line.text)) &&
        !removedShapes.has(shared_symbols_shapeOf(line.text)));
}
/** Modules that define new names which at least `minUsers` existing files are made to use. */
function findSharedSymbols(files, minUsers, hunksOf = parseFilePatch) {
    const parsed = files
        .filter(file => file.patch !== undefined)
        .map(file => ({ file, hunks: hunksOf(file) }));
    if (parsed.length < minUsers + 1)
        return [];
    // A name removed somewhere in the change was moved or renamed, not introduced.
    const removed = new Set(parsed.flatMap(entry => [...definedNames(entry.hunks, '-')]));
    const shared = [];
    for (const module of parsed) {
        if (module.file.status === 'deleted')
            continue;
        const names = [...definedNames(module.hunks, '+')].filter(name => !removed.has(name));
        if (names.length === 0)
            continue;
        const patterns = names.map(name => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`));
        const users = parsed
            .filter(other => other !== module && isExisting(other.file))
            .filter(other => other.hunks.some(hunk => replacesWithUse(hunk, patterns)))
            .map(other => other.file.path);
        if (users.length >= minUsers)
            shared.push({ module: module.file.path, importers: users });
    }
    return shared;
}

;// CONCATENATED MODULE: ./src/classify/signals/shared-abstraction.ts



/** Paths where shared code lives: helpers, utilities, test support, base classes. */
const SHARED_PATH = /(^|\/)(utils?|util|helpers?|common|shared|support|testing|test-?utils?|testutil|test-?support|fixtures?|mocks?|fakes?)(\/|[._-])|(util|utils|helpers?|common|shared|support|fixtures?|testing|base)\.[a-z]+$|(^|\/)(Base|Abstract)[A-Z]\w*\.[a-z]+$/i;
/**
 * Whether a module used by several files is offered as shared code: the title says the change
 * extracts or shares it, or it lives where shared code lives. A new domain type (an enum that
 * a feature threads through several files) is used in many places but is not that.
 */
function offeredAsShared(shared, change) {
    return change.hints.refactor !== undefined || SHARED_PATH.test(shared.module);
}
function codeFiles(readings) {
    return readings.filter(reading => reading.role === 'counted' && reading.facts.code);
}
function shared_abstraction_reasonOf(shared, how) {
    const named = shared.importers.slice(0, 3).join(', ');
    const more = shared.importers.length > 3 ? ', ...' : '';
    return {
        category: 'patterns',
        file: shared.module,
        signal: 'shared-module',
        detail: `${shared.importers.length} existing files are made to ${how} (${named}${more})`
    };
}
/**
 * Patterns: a module of the change that several existing files of the change are made to use —
 * by new import lines that resolve to it, or by replacing code of theirs with names the module
 * newly defines — when the module is offered as shared code (the title says so, or its path). A
 * new module used in one place, or only by new files (its own tests), is an ordinary feature; a
 * definition moved from one file to another is a move, not a new module.
 */
const sharedAbstraction = {
    id: 'shared-abstraction',
    reads: ['path', 'lines', 'message', 'patch'],
    wantsPatch(readings, change) {
        const code = codeFiles(readings);
        const min = change.compiled.thresholds.sharedModuleImporters;
        const existing = code.filter(reading => isExisting(reading.file)).length;
        if (code.length <= min || existing < min)
            return false;
        return (change.hints.refactor !== undefined ||
            code.some(reading => reading.file.status === 'added' && SHARED_PATH.test(reading.file.path)));
    },
    vote(readings, change) {
        const min = change.compiled.thresholds.sharedModuleImporters;
        const patched = codeFiles(readings).filter(reading => reading.patch !== undefined);
        // A module needs `min` importers with patches besides itself: most changes have none.
        if (patched.length < min)
            return undefined;
        const files = patched.map(reading => reading.file);
        // The hunks the file signals parsed, not a parse of each patch per search.
        const parsed = new Map(patched.map(reading => [reading.file, hunksOf(reading) ?? []]));
        const hunks = (file) => parsed.get(file) ?? [];
        const offered = (shared) => offeredAsShared(shared, change);
        const imported = findSharedModules(files, min, hunks).find(offered);
        if (imported)
            return shared_abstraction_reasonOf(imported, 'import it');
        const used = findSharedSymbols(files, min, hunks).find(offered);
        return used ? shared_abstraction_reasonOf(used, 'use what it defines in place of their own code') : undefined;
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/standards-document.ts


// Contribution guides, codes of conduct, security and governance policies and style guides
// are standards only where an edit changes what they ask of people. A typo, a link, a badge or
// the list of maintainers is upkeep of the document: documentation, not patterns.
/** Added lines of new content it takes to change what a standards document asks. */
const SUBSTANTIVE_LINES = 3;
/** Without the patch: this many added lines, mostly additions, are taken as new content. */
const UNREAD_ADDED_LINES = 10;
const NORMATIVE = /\b(must|should|shall|required?|requires|please|do not|don't|never|always|need to|make sure|ensure|expected to|we ask|you agree|be sure|avoid|prefer)\b/i;
/** A list item or table row: a roster entry when it names a handle or a link, or a few words. */
const LIST_ITEM = /^\s*([-*+]|\d+\.|\|)\s*/;
const HANDLE_OR_LINK = /@[\w-]+|\[[^\]]*\]\([^)]*\)|<[^>]+@[^>]+>/;
function isRosterLine(text) {
    if (!LIST_ITEM.test(text))
        return false;
    return HANDLE_OR_LINK.test(text) || words(text).length <= 4;
}
function words(text) {
    return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}
/** Whether an added line reworks a removed one (a typo, a link, a small rewording). */
function reworks(line, removed) {
    const mine = new Set(words(line));
    if (mine.size === 0)
        return true;
    return removed.some(other => {
        const theirs = words(other);
        const shared = theirs.filter(word => mine.has(word)).length;
        return shared >= Math.max(1, Math.min(mine.size, theirs.length) * 0.6);
    });
}
/** Added lines that bring new content: not blank, not a reworked line, not a roster entry. */
function substantiveLines(hunks) {
    const lines = changedLines(hunks);
    const removed = lines.filter(line => line.kind === '-').map(line => line.text);
    return lines
        .filter(line => line.kind === '+')
        .map(line => line.text)
        .filter(text => words(text).length >= 4 && !isRosterLine(text) && !reworks(text, removed));
}
function isStandardsDocument(reading) {
    return (reading.facts.categories.get('patterns')?.kind === 'standards-document' &&
        reading.categories.has('patterns'));
}
function changesTheStandard(reading) {
    const file = reading.file;
    if (file.status === 'added' || file.status === 'deleted')
        return true;
    const hunks = hunksOf(reading);
    if (hunks === undefined) {
        const added = file.additions ?? 0;
        return added >= UNREAD_ADDED_LINES && added >= 2 * (file.deletions ?? 0);
    }
    const fresh = substantiveLines(hunks);
    return fresh.length >= SUBSTANTIVE_LINES || fresh.some(line => NORMATIVE.test(line));
}
const standardsDocument = {
    id: 'standards-document',
    reads: ['path', 'lines', 'patch'],
    wantsPatch(reading) {
        const file = reading.file;
        return isStandardsDocument(reading) && file.status === 'modified' && (file.additions ?? 0) < 40;
    },
    vote(reading) {
        if (!isStandardsDocument(reading) || changesTheStandard(reading))
            return;
        revoke(reading, 'patterns', 'standards:upkeep', 'an edit that changes nothing the document asks of people');
        if (!reading.categories.has('documentation'))
            grant(reading, 'documentation', 'standards:upkeep', 'upkeep of a project document (wording, links, names)');
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/task-scripts.ts


// package.json scripts are the project's task runner: an edit that adds or changes a task
// (`"release": "..."`, `"lint:fix": "eslint --fix ."`) automates a chore. Check scripts that
// define the standard (`"lint": "eslint ."`) are the lint-settings signal's (patterns).
const PACKAGE_JSON = /(^|\/)package\.json$/i;
const SCRIPT_NAME = /^"(test|build|lint|format|fmt|start|dev|prepare|prepack|prepublish|prepublishOnly|release|bench|coverage|typecheck|watch|clean|docs|pre\w+|post\w+|version|[\w-]+:[\w:-]+)"\s*:/;
const task_scripts_VERSION_VALUE = /:\s*"([\^~<>=*]|\d|workspace:|npm:|latest")/;
const CHECK_SCRIPT = /^"(lint|typecheck|type-check|check-types|eslint|stylelint)(:(?![\w:-]*fix)[\w:-]+)?"\s*:/;
function taskLines(reading) {
    let tasks = 0;
    let total = 0;
    for (const hunk of (hunksOf(reading) ?? []).map(withoutCommaChurn)) {
        let inScripts = false;
        for (const line of hunk.lines) {
            const text = line.text.trim();
            if (/^"scripts"\s*:\s*\{/.test(text))
                inScripts = true;
            else if (/^\}/.test(text))
                inScripts = false;
            if (line.kind === ' ' || text === '')
                continue;
            total += 1;
            const script = (inScripts || SCRIPT_NAME.test(text)) && /^"[^"]+"\s*:\s*"/.test(text);
            if (script && !task_scripts_VERSION_VALUE.test(text) && !CHECK_SCRIPT.test(text))
                tasks += 1;
        }
    }
    return { tasks, total };
}
const taskScripts = {
    id: 'task-scripts',
    reads: ['path', 'lines', 'author', 'patch'],
    wantsPatch(reading, change) {
        return PACKAGE_JSON.test(reading.file.path) && !change.bump && isSmall(reading, change);
    },
    vote(reading) {
        if (!PACKAGE_JSON.test(reading.file.path) || reading.categories.has('automation'))
            return;
        if (reading.patch === undefined)
            return;
        const { tasks, total } = taskLines(reading);
        if (tasks === 0 || tasks * 2 < total)
            return;
        grant(reading, 'automation', 'config:task-scripts', `the edit adds or changes package scripts (${tasks} of ${total} lines)`);
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/tool-directives.ts

/**
 * Explains an edit that only adds, removes or changes tool directives: it reads as a
 * comment-only edit when directives are taken for comments, and as code otherwise.
 */
const toolDirectives = {
    id: 'tool-directives',
    reads: ['path', 'patch'],
    vote(reading) {
        const hunks = hunksOf(reading);
        if (hunks === undefined || reading.categories.has('documentation'))
            return;
        const path = reading.file.path;
        if (reading_shapeOf(reading, 'comment') !== 'comment-only')
            return;
        if (reading_shapeOf(reading, 'code') !== 'code')
            return;
        reading.notes.push({
            category: 'output',
            file: path,
            signal: 'diff:tool-directive',
            detail: 'only tool directives changed (lint, type-check or format instructions), not documentation'
        });
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/version-pins.ts


/**
 * A workflow, hook or other automation file whose edit only changes version pins
 * (`uses: x@v3` → `@v4`, SHA pins, pre-commit `rev:`, image tags) is a dependency bump, not
 * new automation. Without the patch, a release or bump title stands in for it on a small
 * balanced edit.
 */
const versionPins = {
    id: 'version-pins',
    reads: ['path', 'lines', 'message', 'patch'],
    wantsPatch(reading, change) {
        const file = reading.file;
        return (reading.categories.has('automation') &&
            isSmall(reading, change) &&
            (isBalanced(file) ||
                (change.hints.categories.documentation !== undefined && file.deletions === 0)));
    },
    vote(reading, change) {
        if (!reading.categories.has('automation'))
            return;
        if (reading.patch !== undefined) {
            if (isVersionPinOnly(reading.patch))
                revoke(reading, 'automation', 'diff:version-pin-only', 'only version pins changed: a dependency bump');
            return;
        }
        const release = change.hints.release;
        if (release && isSmall(reading, change) && isBalanced(reading.file)) {
            revoke(reading, 'automation', release.signal, `${release.detail}; balanced edit taken as version pins (patch not read)`);
        }
    }
};

;// CONCATENATED MODULE: ./src/classify/signals/registry.ts















/**
 * Every file signal, in the order they vote: what a path decides first, then the readings of
 * the change's hints and of the patch that refine it. A file that is excluded or neutral takes
 * no further votes. The message and label hints are read once per change (hints.ts).
 */
const FILE_SIGNALS = [
    exclusion,
    releaseFiles,
    pathRules,
    docsFolderCode,
    dependencyBump,
    versionPins,
    formatting,
    toolDirectives,
    commentOnly,
    releaseNotesInDocs,
    lintConfig,
    lintSettings,
    taskScripts,
    standardsDocument
];
const CHANGE_SIGNALS = [sharedAbstraction];

;// CONCATENATED MODULE: ./src/classify/classify.ts






// Classification: a change → its multiplier categories with the reasons (docs/classification.md
// tells the rule for readers). Each signal is a module under signals/; this file runs them and
// asks them whether the change needs its patch.
//
// One verdict per change, whatever the surface: whether the patch is read is decided from the
// change's metadata alone (paths, line counts, title, labels, author), by the signals that read
// patches. When none asks for it, a patch the surface happens to have (a pull request's) is
// not read either, so the git report, the API report and the PR comment agree.


function readFile(file, change, readPatch) {
    const reading = newReading(file, pathFactsOf(file.path, change.compiled), readPatch ? file.patch : undefined);
    for (const signal of FILE_SIGNALS) {
        if (reading.role !== 'counted')
            break;
        if (!readPatch && signal.wantsPatch?.(reading, change))
            reading.wantsPatch = true;
        signal.vote(reading, change);
    }
    return reading;
}
function readFiles(change, readPatch) {
    return change.change.files.map(file => readFile(file, change, readPatch));
}
/** Whether a signal asked for the patch while the files were read without it. */
function patchWanted(change, unread) {
    return (unread.some(reading => reading.wantsPatch) ||
        CHANGE_SIGNALS.some(signal => signal.wantsPatch?.(unread, change) === true));
}
function decideChange(change, readings) {
    const votes = [];
    for (const signal of CHANGE_SIGNALS) {
        const vote = signal.vote(readings, change);
        if (vote)
            votes.push(vote);
    }
    return decide(change, readings, votes);
}
/**
 * A change without files (an empty commit, a pull request whose files were not listed) is
 * output, and says which hints it had.
 */
function noFiles(change) {
    return classified(change.change, change.compiled, [], [NO_FILES, ...unsupportedHints(change, [])]);
}
/** The change read without patches, and whether a signal asked for them meanwhile. */
function firstReading(change, compiled) {
    const reading = readChange(change, compiled);
    const unread = readFiles(reading, false);
    return { reading, unread, wanted: change.files.length > 0 && patchWanted(reading, unread) };
}
function classifyOne(change, compiled) {
    const { reading, unread, wanted } = firstReading(change, compiled);
    if (change.files.length === 0)
        return noFiles(reading);
    return decideChange(reading, wanted ? readFiles(reading, true) : unread);
}
/** Classifies each change into multiplier categories with the reasons for the decision. Pure. */
function classifyChanges(changes, rules, context) {
    const compiled = compile(rules, context.gitattributes);
    return changes.map(change => classifyOne(change, compiled));
}
/** One change, for callers that classify changes as they arrive (the compiled rules are cached). */
function classifyChange(change, rules, context) {
    return classifyOne(change, compile_compile(rules, context.gitattributes));
}
/**
 * Whether classifying `change` reads its patches: true when a signal that reads patches could
 * change its vote on one of the files (see each signal's `wantsPatch`). Decided from metadata
 * alone, so every surface reads the patch of the same changes.
 */
function needsPatch(change, rules, context = {}) {
    return firstReading(change, compile_compile(rules, context.gitattributes)).wanted;
}
/**
 * `needsPatch` and `classifyChange` in one reading of the change, for callers that classify
 * changes as a source reads them: undefined when the patch is needed and not there yet
 * (classify the change once it has it), else its classification.
 */
function classifyUnlessPatchNeeded(change, rules, context = {}) {
    const { reading, unread, wanted } = firstReading(change, compile_compile(rules, context.gitattributes));
    if (change.files.length === 0)
        return noFiles(reading);
    if (!wanted)
        return decideChange(reading, unread);
    if (change.files.every(file => file.patch === undefined))
        return undefined;
    return decideChange(reading, readFiles(reading, true));
}
/**
 * The classification of a change that classifyUnlessPatchNeeded left for its patch, once the
 * patch is there: that reading already found the patch wanted (from metadata alone, so the
 * answer stands), so the files are read once, with their patches, and not first without.
 * Equal to classifyChange for such a change.
 */
function classifyWithPatch(change, rules, context = {}) {
    const reading = readChange(change, compile_compile(rules, context.gitattributes));
    if (change.files.length === 0)
        return noFiles(reading);
    return decideChange(reading, readFiles(reading, true));
}

;// CONCATENATED MODULE: ./src/insight/history.ts


/** The last `count` windows of the length of `window`, oldest first, `window` last. */
function historyWindows(window, count) {
    const windows = [{ since: window.since, until: window.until }];
    while (windows.length < count)
        windows.unshift(previousWindow(windows[0]));
    return windows;
}
/**
 * How many of the history's windows a clone can serve, counted back from the report's: those
 * whose start `covers` (a shallow clone's history ends somewhere). Never below two when the
 * report's and the previous window are covered, so the trend is unchanged; `history` when even
 * those are not (the source then says what is missing, as it did before there was a history).
 */
function coveredHistory(window, history, covers) {
    const windows = historyWindows(window, Math.max(2, history));
    if (!covers(windows.at(-2).since))
        return history;
    let covered = 0;
    for (let index = windows.length - 1; index >= 0; index--) {
        if (!covers(windows[index].since))
            break;
        covered += 1;
    }
    return Math.min(history, covered);
}
/** The report's note when a clone served fewer windows of history than were asked for. */
function shortHistoryNote(covered, asked) {
    return (`The clone's history covers ${covered} of the ${asked} windows asked for, so the history ` +
        'shows those; fetch more history (`fetch-depth: 0` on actions/checkout) for all of them.');
}
/**
 * The history entries of `windows` (oldest first) from changes sorted into them by time. Each
 * change is read once: the windows are contiguous, so a change's window is found by its time.
 */
function scoreHistory(changes, windows, options) {
    const bounds = windows.map(window => Date.parse(window.since));
    const end = windows.length === 0 ? 0 : Date.parse(windows.at(-1).until);
    const sorted = windows.map(() => []);
    for (const change of changes) {
        const at = parseTime(change.time);
        if (!(at < end))
            continue;
        for (let index = bounds.length - 1; index >= 0; index--) {
            if (at >= bounds[index]) {
                ;
                sorted[index].push(change);
                break;
            }
        }
    }
    return windows.map((window, index) => {
        const inWindow = sorted[index];
        const score = scoreWindow(inWindow, window, options);
        return {
            window: { since: window.since, until: window.until },
            index: score.index,
            changes: inWindow.length,
            documentation: score.categories.documentation.score,
            automation: score.categories.automation.score,
            patterns: score.categories.patterns.score
        };
    });
}

;// CONCATENATED MODULE: ./src/insight/path-role.ts
// What a path is for the insight views: code, documentation, or neither — read from the
// memoised path facts classification itself reads, so the views and the scores agree.


/**
 * Documentation by the documentation path rules; code when it is a source file that no
 * category, exclusion or release rule claims; anything else is neither.
 */
function pathRole(path, rules, context = {}) {
    const facts = pathFactsOf(path, compile_compile(rules, context.gitattributes));
    if (facts.excluded || facts.manifest || facts.changelog)
        return 'other';
    if (facts.categories.has('documentation'))
        return 'docs';
    return facts.code && facts.categories.size === 0 ? 'code' : 'other';
}

;// CONCATENATED MODULE: ./src/insight/areas.ts
// Code areas: the folder a file's churn is counted under. Deep enough to point at a part of the
// system a reader recognises (`src/collect`, `packages/api`), shallow enough that a hot part is
// not split into a dozen small folders.
/** Folders whose children are packages of a monorepo: each package is one area. */
const PACKAGE_ROOTS = new Set([
    'packages',
    'apps',
    'libs',
    'services',
    'modules',
    'crates',
    'plugins',
    'components'
]);
/** Folders that hold a project's source: an area is the root and up to two levels under it. */
const SOURCE_ROOTS = new Set(['src', 'lib', 'app', 'pkg', 'internal', 'cmd', 'source', 'sources']);
/** Folders of documentation whose file and folder names point at the area they describe. */
const DOCS_ROOTS = new Set(['docs', 'doc', 'documentation', 'guides', 'wiki']);
/** Tests: their churn follows the code's, and docs debt is about the code they test. */
const TEST_PATH = /(?:^|\/)(?:__tests__|tests?|spec|specs|testdata|fixtures)\/|[._-](?:test|spec)\.[^/]+$|_test\.go$|(?:^|\/)test_[^/]+\.py$/i;
/** Whether a path is a test (or test data), left out of the hotspots' churn. */
function isTestPath(path) {
    return TEST_PATH.test(path);
}
/** Levels kept under a source root, and in a tree that has none. */
const LEVELS_UNDER_SOURCE_ROOT = 2;
const LEVELS_WITHOUT_ROOT = 2;
/**
 * The area a file belongs to: its package folder in a monorepo (`packages/api`), else its
 * folder cut to two levels under a source root (`src/collect/git.ts` → `src/collect`), else
 * its folder cut to two levels; `.` for a file at the root.
 */
function codeArea(path) {
    const folders = path.split('/').slice(0, -1);
    if (folders.length === 0)
        return '.';
    const first = folders[0].toLowerCase();
    if (PACKAGE_ROOTS.has(first) && folders.length >= 2)
        return folders.slice(0, 2).join('/');
    const levels = SOURCE_ROOTS.has(first) ? 1 + LEVELS_UNDER_SOURCE_ROOT : LEVELS_WITHOUT_ROOT;
    return folders.slice(0, levels).join('/');
}
/**
 * The keys by which a documentation file touches areas: every folder above it (a README in
 * `src/collect` documents `src/collect` and `src`), `.` for one at the root, and — inside a docs
 * folder — the names of its folders and its file name without extension, prefixed `name:`
 * (`docs/collect.md` documents any area called `collect`).
 */
function docsKeys(path) {
    const segments = path.split('/');
    const folders = segments.slice(0, -1);
    const keys = folders.length === 0 ? ['.'] : [];
    for (let depth = 1; depth <= folders.length; depth++)
        keys.push(folders.slice(0, depth).join('/'));
    if (folders.length > 0 && DOCS_ROOTS.has(folders[0].toLowerCase())) {
        const file = segments.at(-1).replace(/\.[^.]*$/, '');
        for (const name of [...folders.slice(1), file])
            keys.push(`name:${name.toLowerCase()}`);
    }
    return keys;
}
/** The keys under which docs would have to change for `area` to count as documented. */
function areaKeys(area) {
    if (area === '.')
        return ['.'];
    const leaf = area.split('/').at(-1).toLowerCase();
    return [area, `name:${leaf}`];
}

;// CONCATENATED MODULE: ./src/insight/codeowners.ts
// CODEOWNERS, read for its teams only: which `@org/team` owns a path. People named in the file
// are left out on purpose — the report scores teams, never individuals.

const TEAM = /^@[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * The rules of a CODEOWNERS file in order. GitHub's syntax is gitignore's: a pattern without a
 * slash (or only a trailing one) matches at any depth, a leading or inner slash anchors it at
 * the root, a trailing slash means a folder, and a pattern that names a folder owns all below
 * it. Lines that cannot be read are skipped, as GitHub skips them.
 */
function codeowners_parseCodeowners(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        const [pattern, ...owners] = line.split(/\s+/);
        if (pattern === undefined || pattern.startsWith('!') || pattern.includes('['))
            continue;
        rules.push({
            pattern,
            matches: matcherOf(pattern),
            teams: owners.filter(owner => TEAM.test(owner)).map(owner => owner.toLowerCase())
        });
    }
    return rules;
}
function matcherOf(pattern) {
    const folder = pattern.endsWith('/');
    const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
    const anchored = pattern.startsWith('/') || body.includes('/');
    const base = anchored ? body : `**/${body}`;
    // `docs/*` owns the files directly in docs/, not those further down (GitHub's own example).
    const globs = folder ? [`${base}/**`] : body.endsWith('/*') ? [base] : [base, `${base}/**`];
    return picomatch_default()(globs, { dot: true });
}
/** The teams owning `path`: the last matching rule decides, as on GitHub. */
function teamsOwning(rules, path) {
    for (let index = rules.length - 1; index >= 0; index--) {
        const rule = rules[index];
        if (rule.matches(path))
            return rule.teams;
    }
    return [];
}

;// CONCATENATED MODULE: ./src/insight/tally.ts
// What the insight views need of each change's files, read while the files are still there:
// the engine sheds files as soon as a change is classified, so code churn by area, the areas
// whose docs changed and the teams owning the files are folded in here, a few numbers per area.





/** Hotspots kept in the report, the hottest first. */
const HOTSPOT_LIMIT = 10;
class InsightTally {
    options;
    areas = new Map();
    /** Newest documentation change (ms) by docs key (see areas.ts). */
    docsLast = new Map();
    areaOf = new Map();
    docsKeysOf = new Map();
    byTeam = new Map();
    owners;
    inCurrent;
    inPrevious;
    constructor(options) {
        this.options = options;
        this.inCurrent = inWindowTest(options.window);
        this.inPrevious = inWindowTest(previousWindow(options.window));
    }
    /** Folds in one classified change; `change` must still have its files. */
    add(change, scored, context) {
        const at = parseTime(change.time);
        const current = this.inCurrent(change.time);
        const person = scored.authorIsBot ? undefined : personKey(scored);
        for (const file of change.files) {
            const role = pathRole(file.path, this.options.rules, context);
            if (role === 'docs')
                this.docsChanged(file.path, at);
            else if (role === 'code' && current && !isTestPath(file.path)) {
                this.codeChanged(file.path, change, (file.additions ?? 0) + (file.deletions ?? 0), person);
            }
        }
        // A comment-only edit documents the code it sits in: its reason names that file.
        for (const reason of scored.reasons) {
            if (reason.category === 'documentation' && reason.file)
                this.docsChanged(reason.file, at);
        }
        if (this.options.teams && (current || this.inPrevious(change.time))) {
            for (const team of this.teamsOf(change, context)) {
                let changes = this.byTeam.get(team);
                if (!changes)
                    this.byTeam.set(team, (changes = []));
                changes.push(scored);
            }
        }
    }
    docsChanged(path, at) {
        let keys = this.docsKeysOf.get(path);
        if (!keys)
            this.docsKeysOf.set(path, (keys = docsKeys(path)));
        for (const key of keys) {
            if (!((this.docsLast.get(key) ?? -Infinity) >= at))
                this.docsLast.set(key, at);
        }
    }
    codeChanged(path, change, churn, person) {
        let area = this.areaOf.get(path);
        if (area === undefined)
            this.areaOf.set(path, (area = codeArea(path)));
        let tally = this.areas.get(area);
        if (!tally) {
            tally = { churn: 0, changes: 0, people: new Set(), lastChange: undefined };
            this.areas.set(area, tally);
        }
        tally.churn += churn;
        if (tally.lastChange !== change) {
            tally.lastChange = change;
            tally.changes += 1;
            if (person !== undefined)
                tally.people.add(person);
        }
    }
    teamsOf(change, context) {
        const teams = new Set();
        if (!context.codeowners)
            return teams;
        if (this.owners?.text !== context.codeowners) {
            this.owners = { text: context.codeowners, rules: codeowners_parseCodeowners(context.codeowners) };
        }
        for (const file of change.files) {
            for (const team of teamsOwning(this.owners.rules, file.path))
                teams.add(team);
            if (file.previousPath) {
                for (const team of teamsOwning(this.owners.rules, file.previousPath))
                    teams.add(team);
            }
        }
        return teams;
    }
    /** The areas with code churn in the window and no documentation change touching them. */
    hotspots(limit = HOTSPOT_LIMIT) {
        const since = Date.parse(this.options.window.since);
        const hotspots = [];
        for (const [path, tally] of this.areas) {
            if (tally.churn === 0)
                continue;
            let last = -Infinity;
            for (const key of areaKeys(path))
                last = Math.max(last, this.docsLast.get(key) ?? -Infinity);
            if (last >= since)
                continue;
            hotspots.push({
                path,
                churn: tally.churn,
                changes: tally.changes,
                people: tally.people.size,
                docsLastChanged: Number.isFinite(last) ? new Date(last).toISOString() : null
            });
        }
        return hotspots
            .sort((a, b) => b.churn - a.churn ||
            b.changes - a.changes ||
            (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
            .slice(0, limit);
    }
    /** The scores of each team's changes in the window (and its previous index), by team name. */
    teams(options) {
        const window = this.options.window;
        const previous = previousWindow(window);
        return [...this.byTeam.keys()].sort().flatMap(team => {
            const all = this.byTeam.get(team) ?? [];
            const now = all.filter(change => this.inCurrent(change.time));
            if (now.length === 0)
                return [];
            const before = all.filter(change => this.inPrevious(change.time));
            const score = scoreWindow(now, window, options);
            return [
                {
                    team,
                    changes: now.length,
                    index: score.index,
                    documentation: score.categories.documentation.score,
                    automation: score.categories.automation.score,
                    patterns: score.categories.patterns.score,
                    previousIndex: before.length > 0 ? scoreWindow(before, previous, options).index : null
                }
            ];
        });
    }
}

;// CONCATENATED MODULE: ./src/score/percentile.ts
// Percentiles: each category score and the index placed against the reference set, the scores
// of public repositories that `npm run calibrate` computed with this classifier and formula
// (src/score/reference-set.json, shipped with the code, never fetched). Pure.

/** Each reference repository is scored over this many days, ending at its head commit. */
const REFERENCE_WINDOW_DAYS = 90;
/**
 * The share of reference scores strictly below `score`, in whole percent rounded down, so that
 * "higher than 70 % of the reference repositories" is never an overstatement. Ties do not count:
 * a 0 among many 0s is higher than none of them.
 */
function percentileOf(score, reference) {
    if (reference.length === 0)
        return 0;
    const below = reference.filter(value => value < score).length;
    return Math.floor((100 * below) / reference.length);
}
const CUSTOM_SCORING_NOTE = 'No percentiles: the config changes the scoring weights, targets or bots setting, and the reference repositories were scored with the defaults.';
function sameScoring(a, b) {
    return (SCORE_PARTS.every(part => a.weights[part] === b.weights[part]) &&
        CATEGORY_IDS.every(id => a.targets[id] === b.targets[id]) &&
        (a.bots ?? 'exclude') === (b.bots ?? 'exclude'));
}
/**
 * The report with `percentile` on the index and on each category, and `reference` saying what
 * they were placed against. With scoring options other than the ones the set was computed with,
 * or an empty set, there is nothing fair to compare with: the report gets a note instead.
 */
function placeAgainstReference(report, set, options) {
    if (set.repositories.length === 0)
        return report;
    if (!sameScoring(options.scoring, options.referenceScoring))
        return { ...report, notes: [...report.notes, CUSTOM_SCORING_NOTE] };
    const categories = Object.fromEntries(CATEGORY_IDS.map(id => {
        const scores = set.repositories.map(entry => entry.categories[id]);
        const placed = {
            ...report.categories[id],
            percentile: percentileOf(report.categories[id].score, scores)
        };
        return [id, placed];
    }));
    return {
        ...report,
        categories,
        percentile: percentileOf(report.index, set.repositories.map(entry => entry.index)),
        reference: {
            repositories: set.repositories.length,
            date: set.date,
            windowDays: set.windowDays
        }
    };
}

;// CONCATENATED MODULE: ./src/score/reference-set.json
const reference_set_namespaceObject = /*#__PURE__*/JSON.parse('{"about":"Scores of the reference repositories, written by `npm run calibrate`; rerun it whenever the classifier or the scoring formula changes.","fingerprint":"ad27caf5ae8dd2040763d9904dfa63f926e9b5ca41eed90b557c85a40c27105a","windowDays":90,"date":"2026-08-22","repositories":[{"repository":"JakeWharton/timber","language":"Kotlin","head":"d226eb0391d6d32547dad7b2c77da84010d61aac","window":{"since":"2023-12-12T19:20:14.000Z","until":"2024-03-11T19:20:14.000Z"},"changes":0,"people":0,"index":0,"categories":{"documentation":0,"automation":0,"patterns":0}},{"repository":"Textualize/rich","language":"Python","head":"42899d8a0a96b121a514516f4be9db44ff7aeaf3","window":{"since":"2025-11-21T17:26:14.000Z","until":"2026-02-19T17:26:14.000Z"},"changes":86,"people":7,"index":36,"categories":{"documentation":72,"automation":21,"patterns":16}},{"repository":"axios/axios","language":"JavaScript","head":"23a25af0688d1db2c396deb09229d2271cc24f6c","window":{"since":"2024-11-20T12:36:52.000Z","until":"2025-02-18T12:36:52.000Z"},"changes":21,"people":18,"index":45,"categories":{"documentation":65,"automation":16,"patterns":53}},{"repository":"clap-rs/clap","language":"Rust","head":"6982fb1c98c7247e38a6d4f04191b94e30497e7b","window":{"since":"2026-05-22T22:19:51.000Z","until":"2026-08-20T22:19:51.000Z"},"changes":66,"people":20,"index":27,"categories":{"documentation":39,"automation":25,"patterns":16}},{"repository":"dtolnay/anyhow","language":"Rust","head":"1dbe1862aae650423e3361fbd20b7d17c5109cc3","window":{"since":"2026-04-19T20:59:29.000Z","until":"2026-07-18T20:59:29.000Z"},"changes":7,"people":1,"index":29,"categories":{"documentation":29,"automation":29,"patterns":29}},{"repository":"encode/httpx","language":"Python","head":"ae1b9f66238f75ced3ced5e4485408435de10768","window":{"since":"2025-09-11T14:58:49.000Z","until":"2025-12-10T14:58:49.000Z"},"changes":4,"people":4,"index":42,"categories":{"documentation":55,"automation":36,"patterns":36}},{"repository":"expressjs/express","language":"JavaScript","head":"a3714473feb3d2908add734d340e7755fd85e0a3","window":{"since":"2026-04-28T21:54:24.000Z","until":"2026-07-27T21:54:24.000Z"},"changes":11,"people":10,"index":37,"categories":{"documentation":38,"automation":50,"patterns":24}},{"repository":"fmtlib/fmt","language":"C++","head":"60ccad511fd680cb91d8b60a315759f71c67bef9","window":{"since":"2026-05-07T15:48:25.000Z","until":"2026-08-05T15:48:25.000Z"},"changes":96,"people":28,"index":45,"categories":{"documentation":59,"automation":59,"patterns":17}},{"repository":"gin-gonic/gin","language":"Go","head":"dcaa4296d111981ffb31ac3eba90bb63e1eb5ab9","window":{"since":"2026-05-17T05:44:20.000Z","until":"2026-08-15T05:44:20.000Z"},"changes":15,"people":14,"index":28,"categories":{"documentation":44,"automation":20,"patterns":20}},{"repository":"go-chi/chi","language":"Go","head":"735ae2b87f8c733d616e809ae86e0985c1bc3350","window":{"since":"2026-05-22T12:03:55.000Z","until":"2026-08-20T12:03:55.000Z"},"changes":17,"people":8,"index":33,"categories":{"documentation":60,"automation":19,"patterns":19}},{"repository":"guzzle/guzzle","language":"PHP","head":"2779e868a00289e1b1fd854af030c43a06f4bcb4","window":{"since":"2023-09-22T17:50:26.000Z","until":"2023-12-21T17:50:26.000Z"},"changes":6,"people":4,"index":48,"categories":{"documentation":60,"automation":31,"patterns":53}},{"repository":"honojs/hono","language":"TypeScript","head":"28a9c128912de19f3fb28b00ae289c9b93f6f392","window":{"since":"2026-05-24T05:55:01.000Z","until":"2026-08-22T05:55:01.000Z"},"changes":151,"people":42,"index":23,"categories":{"documentation":26,"automation":30,"patterns":14}},{"repository":"jekyll/jekyll","language":"Ruby","head":"202df571314ba1d18e9fccd81d12aaad4a703c38","window":{"since":"2026-01-22T14:49:28.000Z","until":"2026-04-22T14:49:28.000Z"},"changes":13,"people":8,"index":42,"categories":{"documentation":49,"automation":56,"patterns":22}},{"repository":"jqlang/jq","language":"C","head":"579e6f76cffd7643ba4002a2c3618a5ea710589a","window":{"since":"2026-04-03T05:45:11.000Z","until":"2026-07-02T05:45:11.000Z"},"changes":29,"people":8,"index":32,"categories":{"documentation":40,"automation":44,"patterns":13}},{"repository":"mockito/mockito","language":"Java","head":"ee8a330da0218f32d5964acdeaa3ac39e2c6ce14","window":{"since":"2026-04-16T14:19:28.000Z","until":"2026-07-15T14:19:28.000Z"},"changes":9,"people":6,"index":36,"categories":{"documentation":56,"automation":26,"patterns":26}},{"repository":"nlohmann/json","language":"C++","head":"199dea11b17c533721b26249e2dcaee6ca1d51d3","window":{"since":"2023-12-16T12:12:22.000Z","until":"2024-03-15T12:12:22.000Z"},"changes":5,"people":4,"index":48,"categories":{"documentation":59,"automation":53,"patterns":33}},{"repository":"pallets/click","language":"Python","head":"2c8cd3ac958a7eb316d67f2d316c27086c4c0369","window":{"since":"2026-05-22T16:12:11.000Z","until":"2026-08-20T16:12:11.000Z"},"changes":78,"people":14,"index":28,"categories":{"documentation":50,"automation":29,"patterns":6}},{"repository":"pallets/flask","language":"Python","head":"2ac89889f4cc330eabd50f295dcef02828522c69","window":{"since":"2026-01-09T04:04:04.000Z","until":"2026-04-09T04:04:04.000Z"},"changes":30,"people":4,"index":62,"categories":{"documentation":70,"automation":65,"patterns":50}},{"repository":"pmndrs/zustand","language":"TypeScript","head":"f094eebe9bd3b4b0d77b997f69ab1d273f69a877","window":{"since":"2026-05-21T13:05:29.000Z","until":"2026-08-19T13:05:29.000Z"},"changes":20,"people":6,"index":47,"categories":{"documentation":71,"automation":54,"patterns":17}},{"repository":"psf/black","language":"Python","head":"8947c48ef2077c3a301b03c1e814dc2e3f78436e","window":{"since":"2026-05-22T13:01:15.000Z","until":"2026-08-20T13:01:15.000Z"},"changes":73,"people":32,"index":38,"categories":{"documentation":65,"automation":44,"patterns":6}},{"repository":"psf/requests","language":"Python","head":"1f6589ec3a1ee910f9a65cc3ceac60b26677bc0e","window":{"since":"2026-05-05T17:52:45.000Z","until":"2026-08-03T17:52:45.000Z"},"changes":28,"people":11,"index":48,"categories":{"documentation":60,"automation":54,"patterns":29}},{"repository":"python-attrs/attrs","language":"Python","head":"c1dc5dcba16ed827aa6dcad896b41a3afedb4e32","window":{"since":"2026-05-09T05:35:46.000Z","until":"2026-08-07T05:35:46.000Z"},"changes":54,"people":7,"index":47,"categories":{"documentation":75,"automation":58,"patterns":8}},{"repository":"rack/rack","language":"Ruby","head":"8bf4eb078498edc9105fb04add80d89c5340e60b","window":{"since":"2026-05-16T02:48:07.000Z","until":"2026-08-14T02:48:07.000Z"},"changes":25,"people":9,"index":29,"categories":{"documentation":42,"automation":32,"patterns":14}},{"repository":"serde-rs/serde","language":"Rust","head":"1023d077510b4aef36a41ef56fdb7798568a2654","window":{"since":"2026-03-26T03:02:40.000Z","until":"2026-06-24T03:02:40.000Z"},"changes":4,"people":1,"index":36,"categories":{"documentation":36,"automation":36,"patterns":36}},{"repository":"sharkdp/bat","language":"Rust","head":"2ba8db9c14e5794572f5ea338c2b90404c9769cb","window":{"since":"2026-05-03T04:01:26.000Z","until":"2026-08-01T04:01:26.000Z"},"changes":40,"people":16,"index":17,"categories":{"documentation":30,"automation":10,"patterns":10}},{"repository":"sharkdp/fd","language":"Rust","head":"ee20f426ddf338ac7ead5c5f00ea49258005caaf","window":{"since":"2026-05-11T07:42:47.000Z","until":"2026-08-09T07:42:47.000Z"},"changes":26,"people":15,"index":32,"categories":{"documentation":67,"automation":14,"patterns":14}},{"repository":"sinatra/sinatra","language":"Ruby","head":"cb22afd7902b566b6eaba6c4ea89739494a65d12","window":{"since":"2026-04-21T09:59:22.000Z","until":"2026-07-20T09:59:22.000Z"},"changes":14,"people":5,"index":43,"categories":{"documentation":61,"automation":46,"patterns":21}},{"repository":"sindresorhus/ky","language":"TypeScript","head":"3419113b48e034fdcf8fa6bd3be3da7b3d0d758f","window":{"since":"2026-04-07T22:20:40.000Z","until":"2026-07-06T22:20:40.000Z"},"changes":16,"people":4,"index":33,"categories":{"documentation":60,"automation":19,"patterns":19}},{"repository":"spf13/viper","language":"Go","head":"528f7416c4b56a4948673984b190bf8713f0c3c4","window":{"since":"2025-07-17T21:20:02.000Z","until":"2025-10-15T21:20:02.000Z"},"changes":46,"people":4,"index":66,"categories":{"documentation":70,"automation":76,"patterns":51}},{"repository":"square/moshi","language":"Kotlin","head":"889013ec2edb8d8034902662a1dc8c4f3b3f8111","window":{"since":"2026-03-20T23:10:52.000Z","until":"2026-06-18T23:10:52.000Z"},"changes":1,"people":1,"index":45,"categories":{"documentation":45,"automation":45,"patterns":45}},{"repository":"square/okhttp","language":"Kotlin","head":"1682d9bac8c03dffde2969b0b74d47649d0dbb52","window":{"since":"2026-04-25T16:36:55.000Z","until":"2026-07-24T16:36:55.000Z"},"changes":42,"people":9,"index":44,"categories":{"documentation":43,"automation":66,"patterns":23}},{"repository":"square/retrofit","language":"Java","head":"0b118105fe8436791436b8bc9c95b9aa2cfd3bdd","window":{"since":"2024-07-26T17:09:05.000Z","until":"2024-10-24T17:09:05.000Z"},"changes":1,"people":1,"index":45,"categories":{"documentation":45,"automation":45,"patterns":45}},{"repository":"stretchr/testify","language":"Go","head":"12f8b5612e125f337c4589e198771e5f8970f160","window":{"since":"2026-02-14T01:54:53.000Z","until":"2026-05-15T01:54:53.000Z"},"changes":13,"people":8,"index":41,"categories":{"documentation":46,"automation":56,"patterns":22}},{"repository":"tj/commander.js","language":"JavaScript","head":"ba6d13ddb4243e5913367734f8c159089ffe7834","window":{"since":"2026-02-28T09:03:22.000Z","until":"2026-05-29T09:03:22.000Z"},"changes":9,"people":2,"index":58,"categories":{"documentation":58,"automation":58,"patterns":58}},{"repository":"tokio-rs/tracing","language":"Rust","head":"f40ccdaa03cf114c7ee1ef14949207626bf6be57","window":{"since":"2026-01-29T20:49:44.000Z","until":"2026-04-29T20:49:44.000Z"},"changes":13,"people":11,"index":33,"categories":{"documentation":56,"automation":22,"patterns":22}},{"repository":"urfave/cli","language":"Go","head":"1305a08200f7c4d873e28bd2bbad1ff257c6cfc4","window":{"since":"2026-05-20T01:24:25.000Z","until":"2026-08-18T01:24:25.000Z"},"changes":67,"people":17,"index":30,"categories":{"documentation":69,"automation":16,"patterns":6}}]}');
;// CONCATENATED MODULE: ./src/score/reference.ts
// The reference set as data bundled with the code: read at build time, never from the network.

const REFERENCE_SET = reference_set_namespaceObject;

;// CONCATENATED MODULE: ./src/engine.ts










async function runReport(request) {
    const { source, config, window } = request;
    const previous = previousWindow(window);
    const historyCount = config.history ?? DEFAULT_HISTORY;
    const teams = config.teams ?? DEFAULT_TEAMS;
    // The history's windows end with the report's; two at least, so the trend's window is read.
    const windows = historyWindows(window, Math.max(2, historyCount));
    const span = { since: windows[0].since, until: window.until };
    const tally = new InsightTally({ rules: config.rules, window, teams });
    const { collection, scored, reached } = await collectAndClassify(source, config, { span, window }, tally);
    const inCurrent = inWindowTest(window);
    const inPrevious = inWindowTest(previous);
    const current = scored.filter(change => inCurrent(change.time));
    // Reach reads the tree (git processes or API requests) while the scores are worked out here.
    const reaching = readReach(source, window, current);
    reaching.catch(() => undefined);
    const report = scoreReport({
        repository: source.repository,
        source: source.kind,
        window,
        previousWindow: previous,
        changes: current,
        previousChanges: scored.filter(change => inPrevious(change.time)),
        options: config.score,
        generatedAt: (request.now ?? new Date()).toISOString(),
        notes: collection.notes,
        ...(collection.api ? { api: collection.api } : {})
    });
    if (historyCount > 0) {
        // Only the windows the source could read back to: a shallow clone may hold just the trend's.
        const held = windows.slice(-historyCount).filter(({ since }) => since >= reached);
        report.history = scoreHistory(scored, held, config.score);
        if (held.length < historyCount) {
            report.notes.push(shortHistoryNote(held.length, historyCount));
        }
    }
    report.hotspots = tally.hotspots();
    if (teams)
        report.teams = tally.teams(config.score);
    const repositoryUrl = source.repositoryUrl;
    if (repositoryUrl !== undefined)
        report.repositoryUrl = repositoryUrl;
    const reach = await reaching;
    if (reach.items !== undefined)
        report.reach = reach.items;
    report.notes.push(...reach.notes);
    return placeAgainstReference(report, REFERENCE_SET, {
        scoring: config.score,
        referenceScoring: DEFAULT_SCORE_OPTIONS
    });
}
/**
 * One collection over the whole span (`git log` once, one set of API pages), each change
 * classified once and folded into the insight tally while its files are still there.
 */
async function collectAndClassify(source, config, { span, window }, tally) {
    // Where the source knows the repository's context up front, each change is classified as soon
    // as it is read, while the source is still reading the rest, and a change waiting for its
    // patch as soon as the patch arrives: on a large history that work hides behind git instead
    // of following it. Whatever was not classified early is classified after.
    const early = source.context ? await source.context() : undefined;
    const classifiedEarly = new Map();
    // Where no later pass can classify a change again, what only classification reads (files,
    // patches, body) is dropped as soon as a change is classified: memory then grows by a small
    // record per change, not by its diff, over a history of 100,000 commits.
    const shed = early !== undefined && source.contextIsFinal === true;
    const keep = (change, classified) => {
        const record = scored(classified);
        classifiedEarly.set(change, record);
        if (shed && early) {
            tally.add(change, record, early);
            change.files = [];
            change.body = '';
            change.labels = [];
        }
    };
    // One collection over the whole span: a single `git log` or one set of API pages serves
    // every window, the trend's and the history's.
    const { collection, since: reached } = await collectSpan(source, span, window, (change) => {
        if (!early)
            return needsPatch(change, config.rules);
        const classified = classifyUnlessPatchNeeded(change, config.rules, early);
        if (classified === undefined)
            return true;
        keep(change, classified);
        return false;
    }, 
    // Only a change the first callback left for its patch is patched.
    (change) => {
        if (early)
            keep(change, classifyWithPatch(change, config.rules, early));
    });
    const sameContext = early?.gitattributes === collection.context.gitattributes;
    const inSpan = inWindowTest(span);
    const scoredChanges = [];
    for (const change of collection.changes) {
        if (!inSpan(change.time))
            continue;
        const known = sameContext ? classifiedEarly.get(change) : undefined;
        const record = known ?? scored(classifyChange(change, config.rules, collection.context));
        // A change shed early was folded in then, with its files; any other is folded in now.
        if (!(known && shed))
            tally.add(change, record, collection.context);
        scoredChanges.push(record);
    }
    return { collection, scored: scoredChanges, reached };
}
/**
 * One collection over the span. A history that does not reach back far enough is named for
 * what needs it: the report's window, or only the trend's (the previous window). A clone that
 * holds the trend's window but not all of the history's serves those two (the CLI and the
 * action first cut the history to the windows a clone holds; this keeps other callers right).
 */
async function collectSpan(source, span, window, wantsPatch, patched) {
    const previous = previousWindow(window);
    const shallow = (error) => error instanceof GitSourceError && error.code === 'shallow-history';
    try {
        try {
            return { collection: await source.collect(span, wantsPatch, patched), since: span.since };
        }
        catch (error) {
            // The source refuses before it reads a change, so the shorter span starts afresh.
            if (!shallow(error) || span.since >= previous.since)
                throw error;
            const trend = { since: previous.since, until: window.until };
            return { collection: await source.collect(trend, wantsPatch, patched), since: trend.since };
        }
    }
    catch (error) {
        if (!shallow(error))
            throw error;
        throw new GitSourceError('shallow-history', `The report's window starts ${window.since}; its trend compares it with the previous ` +
            `window of equal length, which starts ${previous.since}. ${error.message}`, { cause: error });
    }
}
/** The part of a classified change that scoring and rendering read (a new object, sharing nothing heavy). */
function scored(change) {
    const { id, kind, title, author, time, url, categories, reasons, authorIsBot } = change;
    return url === undefined
        ? { id, kind, title, author, time, categories, reasons, authorIsBot }
        : { id, kind, title, author, time, url, categories, reasons, authorIsBot };
}
const REACH_UNREAD_NOTE = 'Reach was not read (the source cannot read the tree, or its API request budget ran out first), so no `reach` is given.';
/** Reach of the window's pattern and automation changes, read from the source where it can. */
async function readReach(source, window, changes) {
    const targets = reachTargets(changes);
    if (targets.length === 0)
        return { items: [], notes: [] };
    if (source.reach === undefined)
        return { notes: [REACH_UNREAD_NOTE] };
    const facts = await source.reach(window.until, targets);
    if (facts === undefined)
        return { notes: [REACH_UNREAD_NOTE] };
    const notes = facts.truncated
        ? [
            'Reach: the repository has more files than were read (importer candidates, or a tree GitHub listed truncated), so its figures are lower bounds.'
        ]
        : [];
    return { items: computeReach(targets, facts), notes };
}

;// CONCATENATED MODULE: ./src/github/endpoints.ts
// Where GitHub is: the REST and GraphQL endpoints and the web host, from the runner's (or the
// shell's) environment, for github.com and GitHub Enterprise Server alike.
const PUBLIC_API_URL = 'https://api.github.com';
/**
 * The REST and GraphQL endpoints from the runner's environment. GitHub Enterprise Server serves
 * REST under `https://host/api/v3` and GraphQL at `https://host/api/graphql`; when only
 * GITHUB_API_URL is set, the GraphQL URL is derived from it.
 */
function githubEndpointsFromEnv(env) {
    const apiUrl = (env.GITHUB_API_URL || PUBLIC_API_URL).replace(/\/+$/, '');
    const graphqlUrl = env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl);
    return { apiUrl, graphqlUrl };
}
/**
 * The web address of the GitHub host (where repositories, commits and issues are shown):
 * GITHUB_SERVER_URL as set on runners, else the one that serves GITHUB_API_URL
 * (`https://host/api/v3` → `https://host`), else github.com.
 */
function githubServerUrlFromEnv(env) {
    if (env.GITHUB_SERVER_URL)
        return env.GITHUB_SERVER_URL.replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || PUBLIC_API_URL).replace(/\/+$/, '');
    if (apiUrl === PUBLIC_API_URL)
        return 'https://github.com';
    return apiUrl.replace(/\/api\/v3$/, '');
}
/** The GraphQL endpoint that belongs to a REST base URL. */
function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    if (/\/api\/v3$/.test(base))
        return base.replace(/\/api\/v3$/, '/api/graphql');
    return `${base}/graphql`;
}

;// CONCATENATED MODULE: ./src/github/config-reader.ts
// The config's `extends: owner/repo/path@ref`, read through the REST contents API. It lives
// here, with the other API calls, so that the config layer stays free of the network.

/**
 * A `RemoteConfigReader` over the REST contents API (`GET /repos/{owner}/{repo}/contents/{path}`).
 * Errors name the reference, and a 404 (no such repository, path or ref, or no access: GitHub
 * does not tell them apart) says what to check.
 */
function createOctokitConfigReader(octokit) {
    return async (reference) => {
        const name = remoteName(reference);
        let data;
        try {
            const response = await octokit.rest.repos.getContent({
                owner: reference.owner,
                repo: reference.repo,
                path: reference.path,
                ...(reference.ref ? { ref: reference.ref } : {})
            });
            data = response.data;
        }
        catch (error) {
            const status = error?.status;
            if (status === 404) {
                throw new Error(`${name} was not found: check the repository, the path and the ref, and that the token can read that repository`, { cause: error });
            }
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`could not read ${name}: ${reason}`, { cause: error });
        }
        return decodeContents(data, name);
    };
}
function decodeContents(data, name) {
    // With the raw media type GitHub answers the file itself.
    if (typeof data === 'string')
        return data;
    if (Array.isArray(data))
        throw new Error(`${name} is a directory, not a file`);
    const item = (data ?? {});
    if (item.type !== undefined && item.type !== 'file') {
        throw new Error(`${name} is a ${String(item.type)}, not a file`);
    }
    if (item.encoding === 'base64' && typeof item.content === 'string') {
        return Buffer.from(item.content, 'base64').toString('utf8');
    }
    // Files over 1 MB come back with `encoding: none`; a config file is never that large.
    throw new Error(`${name} came back without base64 content (encoding: ${String(item.encoding)})`);
}

;// CONCATENATED MODULE: ./src/setup/config.ts
// The repository's config, read the same way by the action and the CLI: the file (required
// only when the user named it), its `extends:` chain, and another repository's file through
// the API when there is a token to read it with.


function loadRunConfig(setup) {
    const { client } = setup;
    return loadConfig({
        file: setup.file,
        root: setup.root,
        required: setup.required,
        ...(client
            ? { readRemote: reference => createOctokitConfigReader(client().octokit)(reference) }
            : {})
    });
}

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/answers.ts
// Reading GitHub's answers before anything else does: is it the JSON that was asked for, is it
// a GraphQL rate limit (which arrives as HTTP 200), and when does a rate limit reset. Pure
// functions of the answer, so each rule is tested without a server.
/**
 * "GET /repos/octo/demo/issues": the method and path of a request as a person names it, the
 * REST base path (GHES's /api/v3) left off. Never the query string or a header: no secret
 * can leak through it.
 */
function routeOf(method, url, apiUrl) {
    let path;
    try {
        path = new URL(url, apiUrl).pathname;
    }
    catch {
        path = url.split('?')[0] ?? url;
    }
    let base = '';
    try {
        base = new URL(apiUrl).pathname.replace(/\/+$/, '');
    }
    catch {
        // An unusable base URL fails the request itself; the route just keeps the full path.
    }
    if (base && path.startsWith(`${base}/`))
        path = path.slice(base.length);
    return `${method.toUpperCase()} ${decodeURI(path)}`;
}
/** The request asks for JSON (every GitHub API call but raw and diff media types). */
function expectsJson(accept) {
    return accept === undefined || accept === '' || /json/i.test(accept);
}
/**
 * What is wrong with an answer's body when JSON was asked for, in words; undefined when it is
 * JSON (Octokit has parsed it into an object or array) or when there is rightly no body.
 */
function answerProblem(route, status, headers, data) {
    if (data !== null && typeof data === 'object' && !(data instanceof ArrayBuffer))
        return undefined;
    if (status === 204 || status === 205 || status === 304)
        return undefined;
    const contentType = String(headers['content-type'] ?? '').toLowerCase();
    const size = typeof data === 'string' ? Buffer.byteLength(data) : byteLengthOf(data);
    if (!contentType && size === 0)
        return undefined;
    if (contentType.includes('html')) {
        return `GitHub answered ${route} with HTTP ${status} and an HTML page instead of JSON (a proxy or an outage?)`;
    }
    if (/json/.test(contentType)) {
        return size === 0
            ? `GitHub's answer to ${route} is empty (HTTP ${status}), not JSON`
            : `GitHub's answer to ${route} is not valid JSON (${size} bytes, cut short?)`;
    }
    const type = contentType.split(';')[0]?.trim() || 'no content type';
    return `GitHub answered ${route} with HTTP ${status} and ${type} instead of JSON`;
}
function byteLengthOf(data) {
    return data instanceof ArrayBuffer ? data.byteLength : 0;
}
/**
 * The message of a GraphQL rate-limit answer, or undefined. github.com sends
 * `errors[].type: "RATE_LIMIT"` with `code: "graphql_rate_limit"` today; older hosts (and the
 * throttling plugin) know `RATE_LIMITED`. Either may come with HTTP 200.
 */
function graphqlRateLimitOf(data) {
    const errors = data?.errors;
    if (!Array.isArray(errors))
        return undefined;
    const hit = errors.find(entry => entry?.type === 'RATE_LIMIT' ||
        entry?.type === 'RATE_LIMITED' ||
        entry?.code === 'graphql_rate_limit');
    if (!hit)
        return undefined;
    return typeof hit.message === 'string' && hit.message ? hit.message : 'API rate limit exceeded';
}
/** The wait GitHub gives when a limit names none, as the throttling plugin assumes too. */
const FALLBACK_RETRY_AFTER_SECONDS = 60;
/**
 * When a rate limit resets, in epoch seconds: now plus `retry-after` when GitHub sends one (its
 * docs put it first), else `x-ratelimit-reset`, else now plus a minute.
 */
function rateLimitResetOf(headers, nowMs) {
    const retryAfter = Number(headers['retry-after'] ?? NaN);
    // Rounded down: the throttling plugin rounds the wait up and adds a second of its own.
    if (Number.isFinite(retryAfter) && retryAfter >= 0)
        return Math.floor(nowMs / 1000 + retryAfter);
    const reset = Number(headers['x-ratelimit-reset'] ?? NaN);
    if (Number.isFinite(reset) && reset > 0)
        return reset;
    return Math.ceil(nowMs / 1000 + FALLBACK_RETRY_AFTER_SECONDS);
}
/** The answer says the primary rate limit is used up (REST's 403/429 with nothing left). */
function isPrimaryRateLimit(status, headers) {
    return (status === 403 || status === 429) && String(headers['x-ratelimit-remaining']) === '0';
}

;// CONCATENATED MODULE: ./src/github/attempts.ts


/** Whether a GraphQL document writes (GitHub asks for spacing between those). */
function isMutation(query) {
    return /^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, ''));
}
/**
 * What a request is for: a patch read when its caller says so (`request.purpose`) or when it
 * is REST's file list of a pull request (which carries the patches), a write when it changes
 * something (a REST method other than GET/HEAD, a GraphQL mutation), else a listing read.
 */
function requestKindOf(options, named) {
    if (options.request?.purpose === 'patches')
        return 'patches';
    if (/^GET \S*\/pulls\/\d+\/files\b/.test(named.route))
        return 'patches';
    if (named.isGraphQL) {
        return isMutation(typeof options.query === 'string' ? options.query : '') ? 'writes' : 'listing';
    }
    const method = options.method.toUpperCase();
    return method === 'GET' || method === 'HEAD' ? 'listing' : 'writes';
}
/** The innermost hook: one HTTP attempt, bounded by the timeout and checked. */
function attemptHook(context) {
    const { usage, timeoutMs, log, attempts } = context;
    return async (request, options) => {
        usage.requests += 1;
        attempts.set(options, (attempts.get(options) ?? 0) + 1);
        const named = context.name(options);
        if (usage.requestsByKind)
            usage.requestsByKind[requestKindOf(options, named)] += 1;
        log.debug(`GitHub request ${usage.requests}: ${named.route}`);
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        // Octokit's hooks share one options object per request (a hook cannot pass another one
        // on), so the attempt's signal goes in there and the caller's settings come back after.
        const original = options.request;
        const caller = original?.signal;
        options.request = {
            ...original,
            signal: caller ? AbortSignal.any([caller, controller.signal]) : controller.signal
        };
        const retry = retryable(options.method, options.url, original, named.isGraphQL);
        const timeout = () => new RequestTimeoutError(named.route, timeoutMs, retry);
        try {
            const response = (await request(options));
            // Octokit reads the body inside the request and swallows a failed read: an answer whose
            // body stalled until the timeout comes back here as an empty one.
            if (timedOut)
                throw timeout();
            recordRateHeaders(usage, response.headers);
            checkAnswer(named, options, response, retry);
            return response;
        }
        catch (error) {
            if (timedOut)
                throw timeout();
            recordRateHeaders(usage, error.response?.headers);
            throw withPlainMessage(error, named.route);
        }
        finally {
            clearTimeout(timer);
            options.request = original;
        }
    };
}
/** Throws when a successful answer is not what GitHub sends, in a form the plugins act on. */
function checkAnswer(named, options, response, request) {
    if (options.method.toUpperCase() === 'HEAD' || !expectsJson(named.accept))
        return;
    const problem = answerProblem(named.route, response.status, response.headers, response.data);
    if (problem)
        throw new MalformedAnswerError(problem, response.status, request);
    if (!named.isGraphQL)
        return;
    const limit = graphqlRateLimitOf(response.data);
    if (limit !== undefined)
        throw graphqlRateLimit(limit, named.route, request, response);
    const body = response.data;
    if (body.data == null && !Array.isArray(body.errors)) {
        throw new MalformedAnswerError(`GitHub's answer to ${named.route} holds neither \`data\` nor \`errors\``, response.status, request);
    }
}
/**
 * A GraphQL rate limit as the throttling plugin knows a REST one: a 403 with nothing left and
 * the reset time (from `x-ratelimit-reset`, else `retry-after`), so that it is waited out the
 * same way and within the same bound.
 */
function graphqlRateLimit(message, route, request, response) {
    const headers = {
        ...response.headers,
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(rateLimitResetOf(response.headers, Date.now()))
    };
    return Object.assign(new Error(`GitHub's GraphQL rate limit (${route}): ${message}`), {
        name: 'HttpError',
        status: 403,
        request,
        response: { ...response, headers }
    });
}
/** An HTTP error whose body is an HTML page or broken JSON says so instead of quoting it. */
function withPlainMessage(error, route) {
    if (error instanceof MalformedAnswerError || !(error instanceof Error))
        return error;
    const { status, response } = error;
    if (typeof status !== 'number' || !response)
        return error;
    const problem = answerProblem(route, status, response.headers ?? {}, response.data);
    if (problem)
        error.message = problem;
    else if (!error.message.trim())
        error.message = `GitHub answered ${route} with HTTP ${status}`;
    return error;
}
/**
 * What the retry plugin reads off an error to retry its request; none for a REST POST, which
 * creates something each time it is sent (GraphQL queries are POSTs that only read).
 */
function retryable(method, url, request, isGraphQL) {
    if (method.toUpperCase() === 'POST' && !isGraphQL)
        return undefined;
    return { method, url, headers: {}, request: { ...request } };
}
/**
 * The outermost hook: the budget is checked before a request starts, and a request the
 * plugins gave up on ends with an error that names it.
 */
function finalHook(context) {
    return async (request, options) => {
        if (context.budgetReached())
            throw new BudgetExhaustedError(context.budget);
        try {
            return await request(options);
        }
        catch (error) {
            throw finalError(context, options, error);
        }
    };
}
function finalError(context, options, error) {
    const { status, response } = (error ?? {});
    if (status === 401)
        return new GitHubAuthError(context.tokenSource, { cause: error });
    if (error instanceof RequestTimeoutError) {
        const attempts = context.attempts.get(options) ?? 1;
        return new RequestTimeoutError(error.route, error.timeoutMs, error.request, attempts);
    }
    const headers = response?.headers ?? {};
    if (isPrimaryRateLimit(status, headers)) {
        const named = context.name(options);
        const resetSeconds = rateLimitResetOf(headers, Date.now());
        const resetAt = new Date(resetSeconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
        const waitSeconds = resetSeconds - Date.now() / 1000;
        const tooLong = waitSeconds > context.maxRateLimitWaitSeconds;
        return new RateLimitError(`GitHub's ${named.isGraphQL ? 'GraphQL' : 'API'} rate limit is used up (${named.route}): ` +
            `it resets at ${resetAt}, in ${roughDuration(waitSeconds)}, ` +
            (tooLong
                ? `longer than the ${context.maxRateLimitWaitSeconds} s this run waits`
                : 'and the retries this run allows are spent'), status ?? 403, resetAt, { cause: error });
    }
    return error;
}
function recordRateHeaders(usage, headers) {
    const remaining = headers?.['x-ratelimit-remaining'];
    const reset = headers?.['x-ratelimit-reset'];
    if (remaining !== undefined && remaining !== '')
        usage.rateLimitRemaining = Number(remaining);
    if (reset !== undefined && reset !== '') {
        usage.rateLimitResetAt = new Date(Number(reset) * 1000).toISOString();
    }
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The one GitHub client every stage shares: Octokit with the official throttling and retry
// plugins, plus what the report needs to be honest about its API use — a count of every HTTP
// request (retries included), the GraphQL points spent, the last rate-limit figures seen, and a
// request budget that stops collection instead of draining the token's quota.








/** Default of `requestTimeoutMs`: GitHub answers within 10 s or gives up itself. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/**
 * Octokit runs the first-registered `request` hook innermost, closest to the network. This
 * plugin, registered before throttling and retry, installs the hook passed as `attemptHook` there,
 * so it runs once per HTTP attempt, retries included.
 */
function attemptHookPlugin(octokit, options) {
    if (options.attemptHook)
        octokit.hook.wrap('request', options.attemptHook);
    return {};
}
const ThrottledOctokit = dist_src/* Octokit */.E.plugin(attemptHookPlugin, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? PUBLIC_API_URL).replace(/\/+$/, '');
    const graphqlUrl = options.graphqlUrl ?? graphqlUrlFor(apiUrl);
    const budget = options.budget ?? Infinity;
    const waitUnitMs = options.waitUnitMs ?? 1000;
    const timeoutMs = positiveOr(options.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS);
    const maxWait = options.maxRateLimitWaitSeconds ?? 900;
    const log = options.log ?? { debug: () => undefined, warning: () => undefined };
    const usage = {
        requests: 0,
        cost: 0,
        requestsByKind: { listing: 0, patches: 0, writes: 0 }
    };
    const budgetReached = () => usage.requests >= budget;
    const attempts = new WeakMap();
    // The hooks name requests through the client's own endpoint parser, made just below.
    let name = (hookOptions) => namedRequest(hookOptions, apiUrl, graphqlUrl);
    const parts = {
        attemptHook: attemptHook({ usage, timeoutMs, log, attempts, name: o => name(o) }),
        limits: { maxWait, budgetReached, log, name: o => name(o) },
        waitUnitMs,
        log
    };
    const octokit = buildOctokit(options, parts, options.writeSpacingMs ?? 1000);
    // The throttling plugin spaces every GraphQL request like a write; GitHub asks that of
    // mutations only, so read-only queries go through a twin whose write group has no spacing.
    const reader = buildOctokit(options, parts, 0);
    name = hookOptions => namedRequest(hookOptions, apiUrl, graphqlUrl, octokit);
    // Hooks registered after construction wrap the plugins, so this one sees each logical request
    // once: the budget is checked before it starts, and a final failure is named.
    const outer = finalHook({
        tokenSource: options.tokenSource ?? 'the configured token',
        timeoutMs,
        maxRateLimitWaitSeconds: maxWait,
        name: o => name(o),
        attempts,
        budgetReached,
        budget
    });
    octokit.hook.wrap('request', outer);
    reader.hook.wrap('request', outer);
    return {
        octokit,
        graphql: (query, variables, purpose) => runGraphQL(isMutation(query) ? octokit : reader, { graphqlUrl, usage, purpose }, query, variables),
        usage: () => ({
            ...usage,
            ...(usage.requestsByKind ? { requestsByKind: { ...usage.requestsByKind } } : {})
        }),
        remainingBudget: () => Math.max(0, budget - usage.requests),
        markBudgetExhausted(coverage) {
            usage.budgetExhausted = true;
            usage.coverage = coverage;
            log.warning(`The API request budget of ${budget} requests ran out before the window was covered: ${coverage}`);
        }
    };
}
function buildOctokit(options, parts, writeSpacingMs) {
    const { log } = parts;
    return new ThrottledOctokit({
        attemptHook: parts.attemptHook,
        auth: options.token,
        baseUrl: (options.apiUrl ?? PUBLIC_API_URL).replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'multiplier',
        throttle: throttleOptions({ ...options, writeSpacingMs }, parts.limits),
        retry: { retries: options.serverErrorRetries ?? 3, retryAfterBaseValue: parts.waitUnitMs },
        log: {
            debug: (message) => log.debug(message),
            info: (message) => log.debug(message),
            warn: (message) => log.warning(message),
            // Octokit logs every failed attempt here; retries are logged by the limit handlers and a
            // final failure is thrown, so these are only worth a debug line.
            error: (message) => log.debug(message)
        }
    });
}
function positiveOr(value, fallback) {
    return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
/**
 * Names a request by its parsed URL (the route template filled in). Before the client exists
 * there is no parser, and the template itself is named.
 */
function namedRequest(options, apiUrl, graphqlUrl, octokit) {
    let method = options.method;
    let url = options.url;
    let accept;
    try {
        const parse = octokit?.request.endpoint.parse;
        const parsed = parse?.(options);
        if (parsed) {
            method = parsed.method;
            url = parsed.url;
            accept = parsed.headers.accept;
        }
    }
    catch {
        // A request that cannot be parsed fails in Octokit itself; the template names it here.
    }
    const path = url.split('?')[0] ?? url;
    return {
        route: routeOf(method, url, apiUrl),
        accept,
        isGraphQL: path === graphqlUrl || /\/graphql$/.test(path)
    };
}
function throttleOptions(options, context) {
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const { maxWait, log } = context;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = context.name(request).route;
        if (retryCount >= rateLimitRetries) {
            log.warning(`${kind} hit ${retryCount + 1} times for ${what}; giving up`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warning(`${kind} for ${what} resets in ${retryAfter}s, longer than ${maxWait}s`);
            return false;
        }
        if (context.budgetReached()) {
            log.warning(`${kind} for ${what}; the request budget is spent, so no retry`);
            return false;
        }
        log.warning(`${kind} for ${what}: waiting ${retryAfter}s, then retry ${retryCount + 1}`);
        return true;
    };
    const throttle = {
        onRateLimit: onLimit('GitHub API rate limit'),
        onSecondaryRateLimit: onLimit('GitHub secondary rate limit'),
        retryAfterBaseValue: options.waitUnitMs ?? 1000,
        // Bottleneck groups are shared by every client in the process; a fresh id keeps this
        // client's queue (and its spacing) its own.
        id: `multiplier-${Math.random().toString(36).slice(2)}`,
        write: spacedGroup(options.writeSpacingMs ?? 1000),
        notifications: spacedGroup(options.notificationSpacingMs ?? 3000)
    };
    return throttle;
}
/**
 * Runs a GraphQL document and counts its cost. The attempt hook has already turned answers that
 * are not GraphQL's shape, and rate limits, into errors; what is left is data or query errors.
 */
async function runGraphQL(octokit, target, query, variables) {
    const { graphqlUrl, usage, purpose } = target;
    const response = await octokit.request({
        method: 'POST',
        url: graphqlUrl,
        query,
        variables,
        ...(purpose ? { request: { purpose } } : {})
    });
    const body = response.data;
    if (body.errors?.length) {
        throw new GraphQLQueryError(body.errors.map(e => e.message), body.data);
    }
    if (!body.data)
        throw new GraphQLQueryError(['the answer held an empty `errors` list'], body);
    const rateLimit = body.data.rateLimit;
    if (rateLimit) {
        usage.cost += rateLimit.cost;
        usage.rateLimitRemaining = rateLimit.remaining;
        usage.rateLimitResetAt = rateLimit.resetAt;
    }
    return body.data;
}
/** The selection to add to every GraphQL query. */
const RATE_LIMIT_SELECTION = 'rateLimit { cost remaining resetAt }';
/**
 * A stand-in for the throttling plugin's write group (which spaces GraphQL and write requests
 * a fixed second apart) with the spacing as an option. The plugin only calls
 * `key(id).schedule(options, fn)` on it.
 */
function spacedGroup(spacingMs) {
    let nextStart = 0;
    let queue = Promise.resolve();
    const limiter = {
        schedule(...args) {
            const job = args.find(arg => typeof arg === 'function');
            const run = queue.then(async () => {
                const wait = nextStart - Date.now();
                if (wait > 0)
                    await new Promise(resolve => setTimeout(resolve, wait));
                nextStart = Date.now() + spacingMs;
                return job();
            });
            queue = run.catch(() => undefined);
            return run;
        }
    };
    return { key: () => limiter };
}

;// CONCATENATED MODULE: ./src/collect/github-queries.ts
// The GraphQL documents the GitHub source sends, and the shapes of their answers. Every
// document asks for `rateLimit`, so the client can add up what collection cost.

/** GitHub's most nodes per connection page. */
const MAX_PAGE = 100;
const FILE_FIELDS = 'nodes { path additions deletions changeType } pageInfo { hasNextPage endCursor }';
// Labels and reviews beyond these are rare; the first ones are what classification reads.
const LABELS_PER_PULL = 30;
const REVIEWS_PER_PULL = 50;
const PULL_FIELDS = `
  number title body url mergedAt updatedAt changedFiles
  author { __typename login }
  mergeCommit { oid parents(first: 1) { nodes { oid } } }
  commits { totalCount }
  labels(first: ${LABELS_PER_PULL}) { nodes { name } }
  reviews(first: ${REVIEWS_PER_PULL}) { nodes { author { login } state submittedAt } }
  files(first: ${MAX_PAGE}) { ${FILE_FIELDS} }`;
/**
 * One page of merged PRs, most recently updated first, each with its first 100 files. The first
 * page also reads the default branch, its `.gitattributes` and CODEOWNERS (where GitHub looks
 * for it, in its order), so that costs no extra request.
 */
const LIST_MERGED_PULLS = `
query ListMergedPulls($owner: String!, $name: String!, $first: Int!, $after: String, $withContext: Boolean!) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    defaultBranchRef @include(if: $withContext) { name }
    gitattributes: object(expression: "HEAD:.gitattributes") @include(if: $withContext) {
      ... on Blob { text }
    }
    codeownersGithub: object(expression: "HEAD:.github/CODEOWNERS") @include(if: $withContext) {
      ... on Blob { text }
    }
    codeownersRoot: object(expression: "HEAD:CODEOWNERS") @include(if: $withContext) {
      ... on Blob { text }
    }
    codeownersDocs: object(expression: "HEAD:docs/CODEOWNERS") @include(if: $withContext) {
      ... on Blob { text }
    }
    pullRequests(states: [MERGED], orderBy: { field: UPDATED_AT, direction: DESC }, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_FIELDS} }
    }
  }
}`;
/**
 * The next page of files of several PRs in one request: one aliased `pullRequest` per PR, each
 * with its own cursor.
 */
function moreFilesQuery(count) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    const params = indexes.map(i => `$n${i}: Int!, $c${i}: String!`).join(', ');
    const fields = indexes
        .map(i => `p${i}: pullRequest(number: $n${i}) { files(first: ${MAX_PAGE}, after: $c${i}) { ${FILE_FIELDS} } }`)
        .join('\n    ');
    return `
query MorePullFiles($owner: String!, $name: String!, ${params}) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
}
/** Blob aliases per GraphQL request. */
const BLOBS_PER_REQUEST = 100;
/** A blob larger than this is not read as text, through the API or from a clone. */
const github_queries_MAX_BLOB_BYTES = 512 * 1024;
/**
 * Versions of files read as blobs, one aliased `object(expression: "<commit>:<path>")` each, so
 * that many files' before and after texts come in one request.
 */
function blobsQuery(count) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    const params = indexes.map(i => `$e${i}: String!`).join(', ');
    const fields = indexes
        .map(i => `b${i}: object(expression: $e${i}) { ... on Blob { text byteSize isBinary isTruncated } }`)
        .join('\n    ');
    return `
query PullPatchBlobs($owner: String!, $name: String!, ${params}) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
}
/** Commits of the default branch in a time range, with whether any PR holds them. */
const DEFAULT_BRANCH_HISTORY = `
query DefaultBranchHistory($owner: String!, $name: String!, $since: GitTimestamp!, $until: GitTimestamp!, $after: String) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      target {
        ... on Commit {
          history(first: ${MAX_PAGE}, after: $after, since: $since, until: $until) {
            pageInfo { hasNextPage endCursor }
            nodes {
              oid messageHeadline messageBody authoredDate url
              parents { totalCount }
              author { name email user { login } }
              associatedPullRequests(first: 1) { totalCount }
            }
          }
        }
      }
    }
  }
}`;

;// CONCATENATED MODULE: ./src/collect/github-tree.ts
// The reads behind reach (src/score/reach.ts) through the GitHub API, at the default branch's
// commit at the window's end: one GraphQL request for that commit, one REST tree listing
// (recursive), and the config files and shared modules' importer candidates as blobs, 100
// aliased `object(expression:)` reads a GraphQL request. The API has no grep at a commit, so a
// module's candidates are the files of its language nearest to it, at most MAX_API_CANDIDATES,
// and its importers at introduction are not read (a PR's number names no commit here).




/** Importer candidates read per module through the API (3 GraphQL requests at most). */
const MAX_API_CANDIDATES = 300;
const END_COMMIT_QUERY = `
query ReachEndCommit($owner: String!, $name: String!, $until: GitTimestamp!) {
  ${RATE_LIMIT_SELECTION}
  repository(owner: $owner, name: $name) {
    defaultBranchRef { target { ... on Commit { history(first: 1, until: $until) { nodes { oid } } } } }
  }
}`;
/** Path segments two paths share from the root: candidates nearest to the module come first. */
function closeness(a, b) {
    const left = a.split('/');
    const right = b.split('/');
    let shared = 0;
    while (shared < left.length - 1 && left[shared] === right[shared])
        shared += 1;
    return shared;
}
function candidatesOf(module, files) {
    const extensions = familyOf(module);
    const all = files
        .filter(file => mayImport(module, file) && extensions.includes(/\.([^./]+)$/.exec(file)?.[1] ?? ''))
        .sort((a, b) => closeness(b, module) - closeness(a, module) || (a < b ? -1 : a > b ? 1 : 0));
    return { paths: all.slice(0, MAX_API_CANDIDATES), cut: all.length > MAX_API_CANDIDATES };
}
async function readTexts(target, commit, paths) {
    const texts = {};
    let requests = 0;
    for (let i = 0; i < paths.length; i += BLOBS_PER_REQUEST) {
        const batch = paths.slice(i, i + BLOBS_PER_REQUEST);
        const variables = { owner: target.owner, name: target.name };
        batch.forEach((file, j) => (variables[`e${j}`] = `${commit}:${file}`));
        requests += 1;
        let answer;
        try {
            answer = await target.client.graphql(blobsQuery(batch.length), variables);
        }
        catch (error) {
            throw wrapped(`reading ${batch.length} files of ${target.repository} for reach`, error);
        }
        batch.forEach((file, j) => {
            const blob = answer.repository?.[`b${j}`];
            if (blob &&
                typeof blob.text === 'string' &&
                !blob.isBinary &&
                !blob.isTruncated &&
                blob.byteSize <= github_queries_MAX_BLOB_BYTES)
                texts[file] = blob.text;
        });
    }
    return { texts, requests };
}
/** A failure with what was being read; the budget's own stop passes as it is. */
function wrapped(doing, error) {
    return error instanceof BudgetExhaustedError ? error : failedWhile(doing, error);
}
/**
 * Everything reach reads, from the API; undefined when the default branch has no commit before
 * `until`, or when the request budget runs out first (the report then says reach was not read).
 */
async function readReachFactsFromApi(target, until, targets) {
    try {
        return await readFacts(target, until, targets);
    }
    catch (error) {
        if (error instanceof BudgetExhaustedError)
            return undefined;
        throw error;
    }
}
async function readFacts(target, until, targets) {
    const { client, owner, name, repository } = target;
    // GitHub's `until` is inclusive; the window's end is not.
    const last = new Date(Math.ceil(Date.parse(until) / 1000) * 1000 - 1000).toISOString();
    let answer;
    try {
        answer = await client.graphql(END_COMMIT_QUERY, { owner, name, until: last });
    }
    catch (error) {
        throw wrapped(`finding the commit of ${repository} the window ends at`, error);
    }
    const commit = answer.repository?.defaultBranchRef?.target?.history?.nodes[0]?.oid;
    if (commit === undefined)
        return undefined;
    let tree;
    try {
        const response = await client.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner,
            repo: name,
            tree_sha: commit,
            recursive: '1'
        });
        tree = response.data;
    }
    catch (error) {
        throw wrapped(`listing the files of ${repository} at ${commit.slice(0, 7)}`, error);
    }
    const files = tree.tree
        .filter(entry => entry.type === 'blob')
        .map(entry => entry.path)
        .sort();
    const wanted = new Set(configPaths(targets, files));
    let truncated = tree.truncated;
    for (const module of targets.filter(item => item.kind === 'shared-module')) {
        const { paths, cut } = candidatesOf(module.path, files);
        truncated ||= cut;
        for (const file of paths)
            wanted.add(file);
    }
    const { texts, requests } = await readTexts(target, commit, [...wanted].sort());
    const facts = {
        end: { commit, files, texts },
        introductions: {},
        reads: { calls: 2 + requests, blobs: Object.keys(texts).length }
    };
    if (truncated)
        facts.truncated = true;
    return facts;
}

;// CONCATENATED MODULE: ./src/collect/github-map.ts
/** GitHub lists at most this many files of a pull request, in GraphQL and REST alike. */
const PULL_FILE_CAP = 3000;
const STATUS_OF_CHANGE_TYPE = {
    ADDED: 'added',
    MODIFIED: 'modified',
    DELETED: 'deleted',
    RENAMED: 'renamed',
    COPIED: 'copied',
    // GitHub's CHANGED is git's status 'T': the file's type changed (e.g. file → symlink).
    CHANGED: 'type-changed'
};
function fileStatusOfChangeType(changeType) {
    return STATUS_OF_CHANGE_TYPE[changeType] ?? 'modified';
}
/** REST's `status` of a file ('removed', 'changed', ...) as a FileStatus. */
function fileStatusOfRest(status) {
    switch (status) {
        case 'added':
            return 'added';
        case 'removed':
            return 'deleted';
        case 'renamed':
            return 'renamed';
        case 'copied':
            return 'copied';
        case 'changed':
            return 'type-changed';
        default:
            return 'modified';
    }
}
function fileOfNode(node) {
    return {
        path: node.path,
        status: fileStatusOfChangeType(node.changeType),
        additions: node.additions,
        deletions: node.deletions
    };
}
function fileOfRest(file) {
    const change = {
        path: file.filename,
        status: fileStatusOfRest(file.status),
        additions: file.additions,
        deletions: file.deletions
    };
    if (file.previous_filename)
        change.previousPath = file.previous_filename;
    // REST leaves `patch` out for binary files and for diffs too large to show.
    if (file.patch !== undefined)
        change.patch = file.patch;
    return change;
}
function compact(items) {
    return (items ?? []).filter((item) => item != null);
}
/** A merged PR (with the files listed so far) as a Change. */
function changeOfPull(node) {
    // GitHub shows a deleted account as "ghost".
    const login = node.author?.login ?? 'ghost';
    const change = {
        id: String(node.number),
        kind: 'pull_request',
        title: node.title,
        body: node.body ?? '',
        author: { name: login, login, type: node.author?.__typename ?? 'User' },
        time: node.mergedAt ?? node.updatedAt,
        labels: compact(node.labels?.nodes).map(label => label.name),
        files: compact(node.files?.nodes).map(fileOfNode),
        url: node.url,
        reviews: compact(node.reviews?.nodes).map(review => ({
            author: review.author?.login ?? 'ghost',
            state: review.state,
            submittedAt: review.submittedAt ?? ''
        })),
        commitCount: node.commits.totalCount
    };
    if (node.mergeCommit)
        change.mergeCommit = node.mergeCommit.oid;
    return change;
}
/** A commit of the default branch that no PR holds, with the files REST gave for it. */
function changeOfDirectPush(node, files) {
    const name = node.author?.name ?? node.author?.user?.login ?? 'unknown';
    const change = {
        id: node.oid,
        kind: 'commit',
        title: node.messageHeadline,
        body: node.messageBody,
        author: { name },
        time: node.authoredDate,
        labels: [],
        files,
        url: node.url
    };
    if (node.author?.email)
        change.author.email = node.author.email;
    if (node.author?.user?.login)
        change.author.login = node.author.user.login;
    return change;
}

;// CONCATENATED MODULE: ./src/collect/github-requests.ts
// How the GitHub source spends its requests: a small pool for REST requests in flight, and
// telling GitHub's GraphQL query timeout (a smaller page helps) from other failures.


/** Runs `work` over `items` with at most `limit` in flight; the first failure stops the rest. */
async function eachLimited(items, limit, work) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * GitHub's answers when a query takes too long: a 502/504, or "Something went wrong while
 * executing your query. This may be the result of a timeout" (which the retry plugin turns
 * into a 500 once its retries are spent).
 */
function isGraphQLTimeout(error) {
    // The client's own timeout and an unusable answer are not GitHub's query timeout: a smaller
    // page would not help a server that does not answer.
    if (error instanceof RequestTimeoutError || error instanceof MalformedAnswerError)
        return false;
    const status = error.status;
    if (status === 502 || status === 504)
        return true;
    return ((status === 500 || error instanceof GraphQLQueryError) &&
        /timeout|timed out|something went wrong/i.test(messageOf(error)));
}

;// CONCATENATED MODULE: ./src/collect/line-diff.ts
// A file's before and after text as unified-diff hunks, the way `git diff` prints them (three
// lines of context, `@@ -a,b +c,d @@` headers, "\ No newline at end of file"), so that a patch
// made from two blobs reads to the classifier like git's. Git's function context after the
// header is left empty: the classifier reads sections only from lines starting with `[`, which
// git's default function-context rule never picks.
const CONTEXT = 3;
function linesOf(text) {
    if (text === '')
        return [];
    const parts = text.split('\n');
    const ends = parts.at(-1) === '';
    if (ends)
        parts.pop();
    return parts.map((part, i) => ({ text: part, last: !ends && i === parts.length - 1 }));
}
const same = (a, b) => a.text === b.text && a.last === b.last;
/**
 * The shortest edit script between `a` and `b` (Myers' O(ND) algorithm), or undefined when it
 * needs more than `maxEdits` edits: such a diff is not worth computing here.
 */
function editScript(a, b, maxEdits) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, maxEdits);
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
            let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
            let y = x - k;
            while (x < n && y < m && same(a[x], b[y])) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                return backtrack(a, b, trace, offset, d);
        }
    }
    return undefined;
}
function backtrack(a, b, trace, offset, last) {
    const ops = [];
    let x = a.length;
    let y = b.length;
    for (let d = last; d > 0; d--) {
        const v = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
        const prevK = down ? k + 1 : k - 1;
        const prevX = v[offset + prevK] ?? 0;
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push({ kind: ' ', line: a[--x] });
            y--;
        }
        if (down)
            ops.push({ kind: '+', line: b[--y] });
        else
            ops.push({ kind: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        ops.push({ kind: ' ', line: a[--x] });
        y--;
    }
    return ops.reverse();
}
function range(start, count) {
    // Git names an empty side by the line before it, and leaves out a count of one.
    const from = count === 0 ? start - 1 : start;
    return count === 1 ? `${from}` : `${from},${count}`;
}
/** The hunks of an edit script, with context, merged where their context meets. */
function line_diff_hunksOf(ops) {
    const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
    const hunks = [];
    let at = 0;
    while (at < changed.length) {
        const first = changed[at];
        let lastChange = first;
        while (at + 1 < changed.length && changed[at + 1] - lastChange <= 2 * CONTEXT + 1)
            lastChange = changed[++at];
        at++;
        const start = Math.max(0, first - CONTEXT);
        const end = Math.min(ops.length, lastChange + CONTEXT + 1);
        hunks.push(hunkText(ops, start, end));
    }
    return hunks;
}
function hunkText(ops, start, end) {
    let oldLine = 1;
    let newLine = 1;
    for (const op of ops.slice(0, start)) {
        if (op.kind !== '+')
            oldLine++;
        if (op.kind !== '-')
            newLine++;
    }
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    for (const op of ops.slice(start, end)) {
        if (op.kind !== '+')
            oldCount++;
        if (op.kind !== '-')
            newCount++;
        body.push(op.kind + op.line.text);
        if (op.line.last)
            body.push('\\ No newline at end of file');
    }
    return [`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`, ...body].join('\n');
}
/**
 * The unified-diff hunks from `before` to `after` (either may be '' for an added or deleted
 * file), as GitHub's `patch` field holds them; '' when nothing changed, undefined when the
 * texts differ in more than `maxEdits` lines.
 */
function unifiedHunks(before, after, maxEdits = 1000) {
    const ops = editScript(linesOf(before), linesOf(after), maxEdits);
    return ops === undefined ? undefined : line_diff_hunksOf(ops).join('\n');
}
/** Lines added and removed by a patch made by `unifiedHunks`. */
function countLines(patch) {
    let additions = 0;
    let deletions = 0;
    for (const line of patch.split('\n')) {
        if (line.startsWith('@@'))
            continue;
        if (line.startsWith('+'))
            additions++;
        else if (line.startsWith('-'))
            deletions++;
    }
    return { additions, deletions };
}

;// CONCATENATED MODULE: ./src/collect/github-blobs.ts
// Patches of small pull requests without a REST request each: the before and after text of
// their files, read as blobs at the merge commit's parent and at the merge commit, many aliases
// to a GraphQL request, and diffed here into the hunks GitHub's `patch` field would hold. A PR
// this cannot serve faithfully (a rename, whose old path GraphQL does not give; a file too large
// or too changed to diff; counts that do not match GitHub's) is left to the REST file list.




/** A PR with more files than this reads its patches over REST (100 files a request there). */
const BLOB_PULL_MAX_FILES = 30;
/**
 * Whether a PR's patches can be made from blobs: few files, none renamed or copied, and a base
 * to read the old sides at (a root commit only adds files and needs none).
 */
function servedByBlobs(change, base) {
    return ((base !== undefined || change.files.every(file => file.status === 'added')) &&
        change.mergeCommit !== undefined &&
        change.filesTotal === undefined &&
        change.files.length > 0 &&
        change.files.length <= BLOB_PULL_MAX_FILES &&
        change.files.every(file => file.status === 'added' || file.status === 'modified' || file.status === 'deleted'));
}
function expressionsOf({ change, base, head }) {
    return change.files.flatMap(file => [
        ...(file.status === 'added' ? [] : [`${base}:${file.path}`]),
        ...(file.status === 'deleted' ? [] : [`${head}:${file.path}`])
    ]);
}
/**
 * Attaches patches made from blobs to `changes` (each with its base commit). Returns the
 * changes it could not serve (for REST) and how many the budget left without patches.
 */
async function patchesFromBlobs(target, changes) {
    const candidates = changes.map(({ change, base }) => ({
        change,
        base,
        head: change.mergeCommit ?? ''
    }));
    const expressions = [...new Set(candidates.flatMap(expressionsOf))];
    const batches = [];
    for (let i = 0; i < expressions.length; i += BLOBS_PER_REQUEST)
        batches.push(expressions.slice(i, i + BLOBS_PER_REQUEST));
    const blobs = new Map();
    const unread = new Set();
    await eachLimited(batches, target.concurrency, async (batch) => {
        try {
            for (const [expression, blob] of await github_blobs_readBlobs(target, batch))
                blobs.set(expression, blob);
        }
        catch (error) {
            if (!(error instanceof BudgetExhaustedError))
                throw error;
            for (const expression of batch)
                unread.add(expression);
        }
    });
    const unserved = [];
    let missed = 0;
    for (const candidate of candidates) {
        if (expressionsOf(candidate).some(expression => unread.has(expression)))
            missed += 1;
        else if (!attachPatches(candidate, blobs))
            unserved.push(candidate.change);
    }
    return { unserved, missed };
}
async function github_blobs_readBlobs(target, expressions) {
    const variables = { owner: target.owner, name: target.name };
    expressions.forEach((expression, i) => (variables[`e${i}`] = expression));
    let answer;
    try {
        answer = await target.client.graphql(blobsQuery(expressions.length), variables, 'patches');
    }
    catch (error) {
        if (error instanceof BudgetExhaustedError)
            throw error;
        throw failedWhile(`reading ${expressions.length} file versions of ${target.repository}`, error);
    }
    return expressions.map((expression, i) => [expression, answer.repository?.[`b${i}`] ?? null]);
}
/** The patch of one file from its two sides; null when it cannot be made faithfully. */
function patchOf(file, before, after) {
    const sides = [
        file.status === 'added' ? undefined : before,
        file.status === 'deleted' ? undefined : after
    ];
    const expected = sides.filter(side => side !== undefined);
    if (expected.some(side => side === null || side.text === undefined))
        return null;
    const present = expected;
    // Binary files have no patch, on GitHub as in git.
    if (present.some(side => side.isBinary))
        return undefined;
    if (present.some(side => side.isTruncated || side.byteSize > github_queries_MAX_BLOB_BYTES || side.text === null))
        return null;
    const patch = unifiedHunks(sides[0]?.text ?? '', sides[1]?.text ?? '');
    if (patch === undefined)
        return null;
    // A mode-only change has no hunks, hence no patch.
    if (patch === '')
        return undefined;
    const counts = countLines(patch);
    const matches = counts.additions === file.additions && counts.deletions === file.deletions;
    return matches ? patch : null;
}
/** Sets every file's patch from the blobs, all or nothing; false when one cannot be made. */
function attachPatches(candidate, blobs) {
    const { change, base, head } = candidate;
    const patches = change.files.map(file => patchOf(file, blobs.get(`${base}:${file.path}`), blobs.get(`${head}:${file.path}`)));
    if (patches.some(patch => patch === null))
        return false;
    change.files.forEach((file, i) => {
        const patch = patches[i];
        if (typeof patch === 'string')
            file.patch = patch;
    });
    return true;
}

;// CONCATENATED MODULE: ./src/collect/github-patches.ts
// Patches for the pull requests the classifier wants them for, in as few requests as GitHub
// allows: blobs in batches for the small PRs, REST file lists for the rest.





/**
 * Patches for the PRs the classifier wants them for: made from blobs, in batches, for the small
 * PRs (github-blobs.ts); for the others, and the few the blobs could not serve, REST's file
 * list, which has patches and previous paths (GraphQL has neither).
 */
async function fetchPatches(target, changes, bases) {
    const small = changes.flatMap(change => {
        const base = bases.get(change);
        return servedByBlobs(change, base) ? [{ change, base }] : [];
    });
    const fromBlobs = await patchesFromBlobs(target, small);
    const served = new Set(small.map(({ change }) => change));
    for (const change of fromBlobs.unserved)
        served.delete(change);
    const rest = changes.filter(change => !served.has(change));
    const missed = fromBlobs.missed + (await listPatchedFiles(target, rest));
    return { wanted: changes.length, missed };
}
/**
 * Replaces the files of `changes` with REST's list of them, patches included: one request per
 * 100 files of each PR. Returns how many the budget left without patches.
 */
async function listPatchedFiles(target, changes) {
    const { client, owner, name, repository } = target;
    let missed = 0;
    await eachLimited(changes, target.concurrency, async (change) => {
        try {
            const files = await client.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
                owner,
                repo: name,
                pull_number: Number(change.id),
                per_page: MAX_PAGE
            });
            change.files = files.map(fileOfRest);
            if (change.filesTotal !== undefined && change.files.length >= change.filesTotal) {
                delete change.filesTotal;
            }
        }
        catch (error) {
            if (error instanceof BudgetExhaustedError) {
                missed += 1;
                return;
            }
            throw failedWhile(`listing the files of pull request #${change.id} of ${repository}`, error);
        }
    });
    return missed;
}

;// CONCATENATED MODULE: ./src/collect/github.ts
// The GitHub API as a source: the merged pull requests of a window, in bulk over GraphQL, with
// REST only for what GraphQL lacks (patches, and the files of commits pushed without a PR).
//
// Request plan for a window of P merged PRs (page size S, default 100):
//   ceil(P / S) + 1 GraphQL pages (the last one proves the window's start was passed),
//   + one GraphQL request per round of PRs with more than 100 files (batched, 30 PRs a request),
//   + for the PRs whose patches the classifier asks for: one GraphQL request per 100 file
//     versions of the small ones (github-blobs.ts), and ceil(files / 100) REST requests for
//     each of the others,
//   + with direct pushes: one GraphQL page per 100 default-branch commits, one REST request each.







const MIN_PAGE_SIZE = 5;
function githubSource(options) {
    const [owner, name, ...rest] = options.repository.split('/');
    if (!owner || !name || rest.length) {
        throw new Error(`repository must be "owner/name", got "${options.repository}"`);
    }
    const context = {
        client: options.client,
        owner,
        name,
        repository: options.repository,
        options
    };
    return {
        kind: 'github',
        repository: options.repository,
        ...(options.serverUrl
            ? { repositoryUrl: `${options.serverUrl.replace(/\/+$/, '')}/${options.repository}` }
            : {}),
        collect: (window, wantsPatch) => collect(context, window, wantsPatch),
        reach: (until, targets) => readReachFactsFromApi(context, until, targets)
    };
}
async function collect(context, window, wantsPatch) {
    const notes = [];
    const cuts = [];
    const listing = await listMergedPulls(context, window);
    if (listing.cut) {
        const oldest = listing.pulls.at(-1)?.change.time;
        cuts.push(listing.pulls.length
            ? `collected ${listing.pulls.length} PRs merged since ${github_day(window.since)}, listed back ` +
                `to PRs updated ${github_day(listing.reachedUpdatedAt ?? oldest ?? window.until)}; older ` +
                `PRs of the window were not listed`
            : `no PRs merged since ${github_day(window.since)} could be listed`);
    }
    const unfinished = await followFiles(context, listing.pulls);
    if (unfinished > 0) {
        cuts.push(`${unfinished} of ${listing.pulls.length} PRs have only part of their files`);
    }
    const changes = listing.pulls.map(pull => finishFiles(pull, notes));
    const bases = new Map(listing.pulls.map(pull => [pull.change, pull.base]));
    const patchless = await fetchPatches({
        client: context.client,
        owner: context.owner,
        name: context.name,
        repository: context.repository,
        concurrency: context.options.concurrency ?? 4
    }, changes.filter(wantsPatch), bases);
    if (patchless.missed > 0) {
        cuts.push(`patches missing for ${patchless.missed} of ${patchless.wanted} PRs that needed them`);
    }
    if (context.options.includeDirectPushes) {
        const pushes = await collectDirectPushes(context, window);
        changes.push(...pushes.changes);
        if (pushes.cut)
            cuts.push('commits pushed without a PR were collected only in part');
    }
    if (cuts.length) {
        const coverage = cuts.join('; ');
        context.client.markBudgetExhausted(coverage);
        notes.push(`The API request budget ran out after ${context.client.usage().requests} requests, ` +
            `before the window was covered: ${coverage}.`);
    }
    changes.sort((a, b) => b.time.localeCompare(a.time) || b.id.localeCompare(a.id));
    const collection = {
        changes,
        context: {
            ...(listing.gitattributes === undefined ? {} : { gitattributes: listing.gitattributes }),
            ...(listing.codeowners === undefined ? {} : { codeowners: listing.codeowners })
        },
        notes,
        api: context.client.usage()
    };
    return collection;
}
/**
 * Pages through the repository's merged PRs, most recently updated first, and stops at the
 * first page that reaches PRs last updated before the window: a PR's updatedAt is never before
 * its mergedAt, so no later page can hold a PR merged in the window. (The search API would
 * filter by merge date, but caps results at 1,000 and has a far lower rate limit.)
 */
async function listMergedPulls(context, window) {
    const { client, owner, name, repository } = context;
    const since = Date.parse(window.since);
    const listing = { pulls: [], cut: false };
    let pageSize = Math.min(MAX_PAGE, context.options.pageSize ?? MAX_PAGE);
    let after = null;
    for (let page = 1;; page++) {
        let answer;
        try {
            answer = await client.graphql(LIST_MERGED_PULLS, {
                owner,
                name,
                first: pageSize,
                after,
                withContext: page === 1
            });
        }
        catch (error) {
            if (error instanceof BudgetExhaustedError) {
                listing.cut = true;
                return listing;
            }
            if (isGraphQLTimeout(error) && pageSize > MIN_PAGE_SIZE) {
                pageSize = Math.max(MIN_PAGE_SIZE, Math.floor(pageSize / 2));
                context.options.log?.warning(`GitHub timed out on a page of pull requests of ${repository}; asking ${pageSize} at a time`);
                page -= 1;
                continue;
            }
            throw failedWhile(`listing merged pull requests of ${repository} (page ${page})`, error);
        }
        const repo = answer.repository;
        if (!repo) {
            throw new Error(`listing merged pull requests of ${repository} failed: the repository does not exist ` +
                'or the token cannot read it');
        }
        if (page === 1 && typeof repo.gitattributes?.text === 'string') {
            listing.gitattributes = repo.gitattributes.text;
        }
        if (page === 1) {
            const codeowners = [repo.codeownersGithub, repo.codeownersRoot, repo.codeownersDocs]
                .map(blob => blob?.text)
                .find(text => typeof text === 'string');
            if (codeowners !== undefined && codeowners !== null)
                listing.codeowners = codeowners;
        }
        const nodes = (repo.pullRequests.nodes ?? []).filter(node => node != null);
        for (const node of nodes) {
            if (!node.mergedAt || !inWindow(window, node.mergedAt))
                continue;
            listing.pulls.push({
                change: changeOfPull(node),
                changedFiles: node.changedFiles,
                filesCursor: nextCursor(node.files),
                base: node.mergeCommit?.parents?.nodes?.[0]?.oid
            });
        }
        const last = nodes.at(-1);
        if (last)
            listing.reachedUpdatedAt = last.updatedAt;
        const { hasNextPage, endCursor } = repo.pullRequests.pageInfo;
        if (!hasNextPage || !endCursor || !last || Date.parse(last.updatedAt) < since)
            return listing;
        after = endCursor;
    }
}
function nextCursor(files) {
    return files?.pageInfo.hasNextPage ? files.pageInfo.endCursor : null;
}
/**
 * Lists the files past the first 100 of every PR that has more: each request asks the next
 * page of up to `filesBatch` PRs at once. Returns how many PRs the budget left unfinished.
 */
async function followFiles(context, pulls) {
    const { client, owner, name, repository } = context;
    const batchSize = Math.max(1, context.options.filesBatch ?? 30);
    for (;;) {
        const pending = pulls.filter(pull => pull.filesCursor !== null);
        const batch = pending.slice(0, batchSize);
        if (!batch.length)
            return 0;
        const variables = { owner, name };
        batch.forEach((pull, i) => {
            variables[`n${i}`] = Number(pull.change.id);
            variables[`c${i}`] = pull.filesCursor;
        });
        let answer;
        try {
            answer = await client.graphql(moreFilesQuery(batch.length), variables);
        }
        catch (error) {
            if (error instanceof BudgetExhaustedError)
                return pending.length;
            const numbers = batch.map(pull => `#${pull.change.id}`).join(', ');
            throw failedWhile(`listing more files of pull requests ${numbers} of ${repository}`, error);
        }
        batch.forEach((pull, i) => {
            const files = answer.repository?.[`p${i}`]?.files ?? null;
            for (const node of files?.nodes ?? [])
                if (node)
                    pull.change.files.push(fileOfNode(node));
            pull.filesCursor = nextCursor(files);
        });
    }
}
/**
 * Sets `filesTotal` where GitHub holds more files than were listed. A PR past GitHub's cap gets
 * its own note; PRs the budget left unfinished are counted in the budget note instead.
 */
function finishFiles(pull, notes) {
    const { change, changedFiles } = pull;
    if (changedFiles > change.files.length) {
        change.filesTotal = changedFiles;
        if (pull.filesCursor === null) {
            notes.push(`PR #${change.id}: ${change.files.length} of ${changedFiles} files analysed (GitHub ` +
                `lists at most ${PULL_FILE_CAP.toLocaleString('en')} files of a pull request).`);
        }
    }
    return change;
}
/**
 * Commits on the default branch in the window that no PR holds. GraphQL has no file list for a
 * commit, so each costs one REST request: with many direct pushes, mind the budget.
 */
async function collectDirectPushes(context, window) {
    const { client, owner, name, repository } = context;
    const commits = [];
    let after = null;
    try {
        for (let page = 1;; page++) {
            let answer;
            try {
                answer = await client.graphql(DEFAULT_BRANCH_HISTORY, {
                    owner,
                    name,
                    since: window.since,
                    until: window.until,
                    after
                });
            }
            catch (error) {
                throw failedWhile(`listing default-branch commits of ${repository} (page ${page})`, error);
            }
            const history = answer.repository?.defaultBranchRef?.target?.history;
            if (!history)
                break;
            for (const node of history.nodes ?? []) {
                if (!node || !inWindow(window, node.authoredDate))
                    continue;
                // Merge commits are skipped, as the git source skips them by default.
                if ((node.associatedPullRequests?.totalCount ?? 0) > 0 || node.parents.totalCount > 1)
                    continue;
                commits.push({ oid: node.oid, build: files => changeOfDirectPush(node, files) });
            }
            if (!history.pageInfo.hasNextPage || !history.pageInfo.endCursor)
                break;
            after = history.pageInfo.endCursor;
        }
    }
    catch (error) {
        if (error instanceof BudgetExhaustedError)
            return { changes: [], cut: true };
        throw error;
    }
    const changes = [];
    let cut = false;
    await eachLimited(commits, context.options.concurrency ?? 4, async (commit) => {
        try {
            const response = await client.octokit.rest.repos.getCommit({
                owner,
                repo: name,
                ref: commit.oid
            });
            changes.push(commit.build((response.data.files ?? []).map(fileOfRest)));
        }
        catch (error) {
            if (error instanceof BudgetExhaustedError) {
                cut = true;
                return;
            }
            throw failedWhile(`reading commit ${commit.oid} of ${repository}`, error);
        }
    });
    return { changes, cut };
}
function github_day(iso) {
    return iso.slice(0, 10);
}

;// CONCATENATED MODULE: ./src/setup/source.ts
// Where the changes come from, chosen the same way by the action and the CLI.




const SOURCE_CHOICES = ['auto', 'git', 'github'];
/**
 * `auto` reads the clone when it holds the history back to the start of the previous window
 * (the trend needs it too) and the API otherwise: a default actions/checkout has one commit,
 * and fetching the API is cheaper than failing. A clone that holds the previous window but not
 * every window of the history serves the windows it holds.
 */
async function chooseSource(setup) {
    const { window, history } = setup;
    // The facts that chose the clone go with it, so the source does not ask git again.
    const fromGit = (facts) => gitSource({
        repoPath: setup.repoPath,
        ...(setup.gitNames ?? {}),
        ...(setup.githubServers ? { githubServers: setup.githubServers } : {}),
        history: facts
    });
    const fromApi = () => githubSource({
        client: setup.client(),
        repository: setup.repository,
        serverUrl: setup.serverUrl
    });
    if (setup.choice === 'github')
        return { source: fromApi(), history };
    const facts = setup.clone ?? (await readGitHistory(setup.repoPath));
    const covered = coveredHistory(window, history, since => historyCovers(facts, since));
    if (setup.choice === 'git')
        return { source: fromGit(facts), history: covered };
    const earliest = previousWindow(window).since;
    if (historyCovers(facts, earliest))
        return { source: fromGit(facts), history: covered };
    // The trend's window comes first: say so, or a reader looks for a bug in the report's dates.
    const needs = `${earliest}, the start of the previous window that the trend compares with (the report's window starts ${window.since})`;
    if (!setup.hasToken) {
        throw new Error(`The checkout's history does not reach ${needs}, and there is no ${setup.noTokenHint}`);
    }
    setup.info(`The checkout's history does not reach ${needs} (shallow clone?): reading the GitHub API`);
    return { source: fromApi(), history };
}

;// CONCATENATED MODULE: ./src/render/badge.ts
/** Colour bands of the index; the lower bound of each band is included. */
const BADGE_COLORS = [
    { min: 70, color: 'brightgreen' },
    { min: 50, color: 'green' },
    { min: 30, color: 'yellow' },
    { min: 15, color: 'orange' },
    { min: 0, color: 'red' }
];
function badgeColor(index) {
    return BADGE_COLORS.find(band => index >= band.min)?.color ?? 'red';
}
function badge(report, label = 'multiplier') {
    // An empty window is "no data", not a red 0: nobody did worse, nobody did anything.
    if (report.totals.changes === 0) {
        return { schemaVersion: 1, label, message: 'no activity', color: 'lightgrey' };
    }
    return {
        schemaVersion: 1,
        label,
        message: `${report.index}/100`,
        color: badgeColor(report.index)
    };
}
function renderBadge(report, label) {
    return `${JSON.stringify(badge(report, label), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/render/insight-json.ts
function orderInsight(report) {
    const ordered = {};
    if (report.history)
        ordered.history = report.history.map(orderHistoryEntry);
    if (report.hotspots)
        ordered.hotspots = report.hotspots.map(orderHotspot);
    if (report.teams)
        ordered.teams = report.teams.map(orderTeam);
    return ordered;
}
function orderHistoryEntry(entry) {
    return {
        window: { since: entry.window.since, until: entry.window.until },
        index: entry.index,
        changes: entry.changes,
        documentation: entry.documentation,
        automation: entry.automation,
        patterns: entry.patterns
    };
}
function orderHotspot(hotspot) {
    return {
        path: hotspot.path,
        churn: hotspot.churn,
        changes: hotspot.changes,
        people: hotspot.people,
        docsLastChanged: hotspot.docsLastChanged
    };
}
function orderTeam(team) {
    return {
        team: team.team,
        changes: team.changes,
        index: team.index,
        documentation: team.documentation,
        automation: team.automation,
        patterns: team.patterns,
        previousIndex: team.previousIndex
    };
}

;// CONCATENATED MODULE: ./src/render/json.ts
// The JSON report: the contract other tools read (DESIGN.md, "Contract"). Keys are written in
// one fixed order whatever order the Report object was built in, so two runs over the same
// history give byte-identical files and diffs stay readable.



function renderJson(report) {
    return `${JSON.stringify(orderReport(report), null, 2)}\n`;
}
/** Pieces of about this many characters: few writes, and no string the size of the report. */
const CHUNK_CHARS = 64 * 1024;
/**
 * Changes stringified in one call, wrapped as `[[...changes]]`: at that depth JSON.stringify
 * indents them as the report's `changes` list holds them, so once the wrapper's brackets are
 * cut off the text is the report's, with no re-indenting pass and no call per change.
 */
const CHANGES_PER_CALL = 64;
const NESTED_OPEN = '[\n  [\n';
const NESTED_CLOSE = '\n  ]\n]';
/**
 * renderJson's text in pieces, one change after another, joined byte for byte the same: a
 * report of 100,000 changes never exists as one string (nor as one reordered copy), so a
 * writer holds a piece at a time. The text around `changes` is JSON.stringify's own, split
 * where the empty list stands; the changes are stringified a batch at a time, at their depth.
 */
function* renderJsonChunks(report) {
    const frame = `${JSON.stringify(orderReport({ ...report, changes: [] }), null, 2)}\n`;
    const slot = '\n  "changes": []';
    const at = frame.indexOf(slot);
    if (report.changes.length === 0 || at === -1) {
        yield frame;
        return;
    }
    let piece = `${frame.slice(0, at)}\n  "changes": [`;
    for (let start = 0; start < report.changes.length; start += CHANGES_PER_CALL) {
        const batch = report.changes.slice(start, start + CHANGES_PER_CALL).map(orderChange);
        const text = JSON.stringify([batch], null, 2);
        piece += `${start === 0 ? '' : ','}\n${text.slice(NESTED_OPEN.length, -NESTED_CLOSE.length)}`;
        if (piece.length >= CHUNK_CHARS) {
            yield piece;
            piece = '';
        }
    }
    yield `${piece}\n  ]${frame.slice(at + slot.length)}`;
}
/** The report as a plain object with the contract's key order (undefined fields left out). */
function orderReport(report) {
    return json_compact({
        schemaVersion: report.schemaVersion,
        repository: report.repository,
        repositoryUrl: report.repositoryUrl,
        source: report.source,
        generatedAt: report.generatedAt,
        window: orderWindow(report.window),
        previousWindow: orderWindow(report.previousWindow),
        index: report.index,
        previousIndex: report.previousIndex,
        confidence: report.confidence,
        percentile: report.percentile,
        reference: report.reference
            ? {
                repositories: report.reference.repositories,
                date: report.reference.date,
                windowDays: report.reference.windowDays
            }
            : undefined,
        categories: Object.fromEntries(CATEGORY_IDS.map(id => [id, orderCategory(report.categories[id])])),
        totals: {
            changes: report.totals.changes,
            output: report.totals.output,
            multiplier: report.totals.multiplier,
            people: report.totals.people,
            bots: report.totals.bots,
            botChanges: report.totals.botChanges,
            weeks: report.totals.weeks
        },
        scoring: {
            weights: { ...report.scoring.weights },
            targets: Object.fromEntries(CATEGORY_IDS.map(id => [id, report.scoring.targets[id]])),
            prior: { score: report.scoring.prior.score, changes: report.scoring.prior.changes }
        },
        bots: {
            counted: report.bots.counted,
            changes: report.bots.changes,
            authors: report.bots.authors.map(({ name, changes }) => ({ name, changes }))
        },
        ...orderInsight(report),
        changes: report.changes.map(orderChange),
        reach: report.reach?.map(orderReach),
        api: report.api ? orderApi(report.api) : undefined,
        notes: [...report.notes]
    });
}
function orderWindow(window) {
    return { since: window.since, until: window.until };
}
function orderCategory(category) {
    return json_compact({
        score: category.score,
        rawScore: category.rawScore,
        confidence: category.confidence,
        changes: category.changes,
        people: category.people,
        activeWeeks: category.activeWeeks,
        parts: eachPart(part => category.parts[part]),
        previous: category.previous,
        trend: category.trend,
        percentile: category.percentile
    });
}
function orderChange(change) {
    // Built field by field rather than through compact(): this runs for every change and reason.
    const { id, kind, title, author, time, url } = change;
    const categories = [...change.categories];
    const reasons = change.reasons.map(orderReason);
    const ordered = url === undefined ? { id, kind, title, author, time } : { id, kind, title, author, time, url };
    if (change.bot)
        ordered.bot = true;
    ordered.categories = categories;
    ordered.reasons = reasons;
    return ordered;
}
function orderReason({ category, file, signal, detail }) {
    return file === undefined ? { category, signal, detail } : { category, file, signal, detail };
}
/** path, kind, change, present, then the kind's figures in the order the model lists them. */
function orderReach(item) {
    const head = { path: item.path, kind: item.kind, change: item.change, present: item.present };
    switch (item.kind) {
        case 'shared-module':
            return json_compact({
                ...head,
                importers: item.importers,
                importersAtIntroduction: item.importersAtIntroduction
            });
        case 'lint-config':
            return { ...head, tool: item.tool, ci: item.ci, hook: item.hook, runBy: [...item.runBy] };
        case 'workflow':
            return {
                ...head,
                triggers: [...item.triggers],
                push: item.push,
                pullRequest: item.pullRequest
            };
        case 'codeowners':
            return {
                ...head,
                entries: item.entries,
                coveredFiles: item.coveredFiles,
                treeFiles: item.treeFiles,
                coverage: item.coverage
            };
    }
}
function orderApi(api) {
    return json_compact({
        requests: api.requests,
        requestsByKind: api.requestsByKind,
        cost: api.cost,
        rateLimitRemaining: api.rateLimitRemaining,
        rateLimitResetAt: api.rateLimitResetAt,
        budgetExhausted: api.budgetExhausted,
        coverage: api.coverage
    });
}
function json_compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/setup/clients.ts
// The GitHub clients of a run, made on first use (a git report never needs one), the same way
// for the action and the CLI: endpoints from the environment, the budget on the client that
// collects, none on the one that publishes.

function runClients(setup) {
    let reader;
    let writer;
    const make = (budget) => {
        if (!setup.token)
            throw new Error(setup.missingToken);
        return createGitHubClient({
            token: setup.token,
            tokenSource: setup.tokenSource,
            ...setup.endpoints,
            ...(setup.userAgent !== undefined ? { userAgent: setup.userAgent } : {}),
            ...(setup.requestTimeoutMs !== undefined ? { requestTimeoutMs: setup.requestTimeoutMs } : {}),
            ...(budget !== undefined ? { budget } : {}),
            log: setup.log,
            ...setup.overrides
        });
    };
    return {
        read: () => (reader ??= make(setup.budget)),
        write: () => (writer ??= make(undefined))
    };
}

;// CONCATENATED MODULE: ./src/cli/github-access.ts



/** The GitHub client, made on first use: a git report never needs one. */
function lazyClient(io, budget, timeoutSeconds) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
    const clients = runClients({
        token,
        tokenSource: io.env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'GH_TOKEN',
        missingToken: 'reading from GitHub needs a token: set GITHUB_TOKEN or GH_TOKEN',
        endpoints: githubEndpointsFromEnv(io.env),
        ...(budget !== undefined ? { budget } : {}),
        ...(timeoutSeconds !== undefined ? { requestTimeoutMs: timeoutSeconds * 1000 } : {}),
        log: {
            debug: () => undefined,
            warning: message => io.stderr.write(`multiplier: warning: ${message}\n`)
        },
        ...(io.clientOptions ? { overrides: io.clientOptions } : {})
    });
    return { token, github: clients.read };
}
/** `--api-budget` (a whole number above 0) and `--request-timeout` (seconds), checked. */
function apiFlags(budgetFlag, timeoutFlag) {
    const budget = budgetFlag === undefined ? undefined : Number(budgetFlag);
    if (budget !== undefined && !(Number.isInteger(budget) && budget > 0)) {
        throw new UsageError(`--api-budget must be a whole number above 0, not "${budgetFlag}"`);
    }
    const timeoutSeconds = timeoutFlag === undefined ? undefined : Number(timeoutFlag);
    if (timeoutSeconds !== undefined && !(timeoutSeconds >= 0.1 && timeoutSeconds <= 3600)) {
        throw new UsageError(`--request-timeout must be a number of seconds from 0.1 to 3600, not "${timeoutFlag}"`);
    }
    return {
        ...(budget !== undefined ? { budget } : {}),
        ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {})
    };
}

;// CONCATENATED MODULE: ./src/cli/report.ts
// `multiplier report`: one repository (git history or the GitHub API) → markdown, JSON or badge.


















const report_FORMATS = ['markdown', 'json', 'badge'];
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function parseReportFlags(args) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            repo: { type: 'string' },
            github: { type: 'string' },
            source: { type: 'string' },
            since: { type: 'string' },
            until: { type: 'string' },
            config: { type: 'string' },
            format: { type: 'string' },
            output: { type: 'string' },
            'api-budget': { type: 'string' },
            'request-timeout': { type: 'string' },
            history: { type: 'string' },
            teams: { type: 'boolean' }
        },
        allowPositionals: true,
        strict: true
    });
    if (positionals.length > 0) {
        throw new UsageError(`report takes no arguments, got "${positionals[0]}" (did you mean --repo?)`);
    }
    const format = (values.format ?? 'markdown');
    if (!report_FORMATS.includes(format)) {
        throw new UsageError(`--format must be one of ${report_FORMATS.join(', ')}, not "${values.format}"`);
    }
    if (values.github !== undefined && !REPOSITORY.test(values.github)) {
        throw new UsageError(`--github must be OWNER/REPO, not "${values.github}"`);
    }
    return {
        values,
        format,
        source: sourceFlag(values.source, values.github),
        ...apiFlags(values['api-budget'], values['request-timeout']),
        ...historyFlag(values.history)
    };
}
/**
 * `--source`: by default the API with `--github` and the clone without it; `auto` reads the
 * clone when its history reaches back far enough and the API for `--github` otherwise.
 */
function sourceFlag(flag, github) {
    const choice = (flag ?? (github === undefined ? 'git' : 'github'));
    if (!SOURCE_CHOICES.includes(choice)) {
        throw new UsageError(`--source must be one of ${SOURCE_CHOICES.join(', ')}, not "${flag}"`);
    }
    if (choice !== 'git' && github === undefined) {
        throw new UsageError(`--source ${choice} reads the GitHub API and needs --github OWNER/REPO`);
    }
    if (choice === 'git' && github !== undefined) {
        throw new UsageError('--source git reads the local clone (--repo); drop --github');
    }
    return choice;
}
/** `--history N`: a whole number of windows from 0 (no history) to 52. */
function historyFlag(flag) {
    if (flag === undefined)
        return {};
    const history = Number(flag);
    if (!(Number.isInteger(history) && history >= 0 && history <= 52)) {
        throw new UsageError(`--history must be a whole number from 0 to 52, not "${flag}"`);
    }
    return { history };
}
async function runReportCommand(args, io) {
    const flags = parseReportFlags(args);
    const { values, format } = flags;
    const now = io.now?.() ?? new Date();
    // Check explicit dates before any slow work, so a typo fails at once with exit 2.
    if (values.since !== undefined)
        parseWindow({ since: values.since, until: values.until }, now);
    else if (values.until !== undefined)
        parseWindow({ since: '1d', until: values.until }, now);
    if (values.output !== undefined)
        prepareOutput(values.output, io);
    const untilWarning = futureUntilWarning(values.until, now);
    if (untilWarning)
        io.stderr.write(`multiplier: warning: ${untilWarning}\n`);
    const { token, github } = lazyClient(io, flags.budget, flags.timeoutSeconds);
    const repoPath = values.repo === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, values.repo);
    if (repoPath !== undefined && !report_isFolder(repoPath)) {
        throw new Error(`--repo ${values.repo}: no such folder`);
    }
    const folder = repoPath ?? io.cwd;
    // With --github and no --repo there is no local checkout: the current folder may be another
    // project, so its config is not read (unless --config names a file there).
    const readsCheckout = !(flags.source === 'github' && repoPath === undefined);
    // git is asked about the clone once: the work tree's top is where the config lives, and the
    // same facts choose the source. A failure is left for the source's choice to report.
    const clone = readsCheckout || values.config !== undefined
        ? await readGitHistory(folder).catch(() => undefined)
        : undefined;
    const config = withFlags(await readConfig(values.config, readsCheckout, clone?.topLevel ?? folder, io, token ? github : undefined), flags.history, values.teams);
    const window = parseWindow({ since: values.since ?? config.since ?? '30d', until: values.until }, now);
    const asked = config.history ?? DEFAULT_HISTORY;
    const access = { repoPath: folder, clone, hasToken: token !== undefined, github };
    const { source, history } = await chooseCliSource(flags, access, window, asked, io);
    const report = await runReport({ source, config: { ...config, history }, window, now });
    if (history < asked)
        report.notes.push(shortHistoryNote(history, asked));
    // JSON goes out one change at a time: over a long history it is the largest text by far.
    if (format === 'json')
        await emitChunks(renderJsonChunks(report), values.output, io);
    else if (format === 'badge')
        emit(renderBadge(report), values.output, io);
    else
        emit(renderMarkdown(report, { target: 'document' }), values.output, io);
}
/** The setup layer's source choice with the CLI's flags; a clone serves the history it holds. */
function chooseCliSource(flags, access, window, history, io) {
    // Commits and `#123` link to the GitHub host: github.com, or the Enterprise Server that
    // GITHUB_SERVER_URL (or GITHUB_API_URL) names.
    const serverUrl = githubServerUrlFromEnv(io.env);
    return chooseSource({
        choice: flags.source,
        repoPath: access.repoPath,
        clone: access.clone,
        repository: flags.values.github ?? '',
        githubServers: [serverUrl],
        serverUrl,
        client: access.github,
        hasToken: access.hasToken,
        window,
        history,
        noTokenHint: 'GITHUB_TOKEN or GH_TOKEN for the API: fetch the whole history (git fetch --unshallow) or set a token',
        info: message => io.stderr.write(`multiplier: ${message}\n`)
    });
}
/** The flags that override the config file's keys of the same names. */
function withFlags(config, history, teams) {
    return {
        ...config,
        ...(history !== undefined ? { history } : {}),
        ...(teams !== undefined ? { teams } : {})
    };
}
/**
 * The config: `--config FILE` must exist (relative to the current directory); otherwise the
 * checkout's `.github/multiplier.yml` is used when it exists, and the defaults when there is
 * no checkout to read. `root` is the top of the work tree, where local `extends:` paths start.
 */
async function readConfig(file, readsCheckout, root, io, client) {
    // `extends: owner/repo/path@ref` is read through the API when a token is at hand; the
    // client is made only if such an extends is met.
    const withClient = client ? { client } : {};
    if (file !== undefined) {
        return loadRunConfig({ file: (0,external_node_path_.resolve)(io.cwd, file), root, required: true, ...withClient });
    }
    if (!readsCheckout)
        return DEFAULT_CONFIG;
    return loadRunConfig({ file: DEFAULT_CONFIG_FILE, root, required: false, ...withClient });
}
function report_isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/repos.ts
// `multiplier repos OWNER`: an organisation's (or user's) repositories as a JSON array of
// 'owner/name', ready for a workflow matrix (`fromJSON`); `--chunk-size` cuts it into chunks.





async function runReposCommand(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            'include-archived': { type: 'boolean' },
            'include-forks': { type: 'boolean' },
            name: { type: 'string', multiple: true },
            topic: { type: 'string', multiple: true },
            'chunk-size': { type: 'string' },
            output: { type: 'string' },
            'request-timeout': { type: 'string' }
        },
        allowPositionals: true,
        strict: true
    });
    const [owner, extra] = positionals;
    if (owner === undefined)
        throw new UsageError('repos needs an OWNER (an organisation or user)');
    if (extra !== undefined)
        throw new UsageError(`repos takes one OWNER, got also "${extra}"`);
    if (!isOwnerName(owner)) {
        throw new UsageError(`repos: "${owner}" is not a GitHub organisation or user name`);
    }
    const chunkFlag = values['chunk-size'];
    const chunkSize = chunkFlag === undefined ? undefined : Number(chunkFlag);
    if (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize >= 0)) {
        throw new UsageError(`--chunk-size must be a whole number (0 for the fewest), not "${chunkFlag}"`);
    }
    const { timeoutSeconds } = apiFlags(undefined, values['request-timeout']);
    const { github } = lazyClient(io, undefined, timeoutSeconds);
    const listed = await listRepositories(github().octokit, owner);
    const selected = selectRepositories(listed, {
        includeArchived: values['include-archived'] ?? false,
        includeForks: values['include-forks'] ?? false,
        names: values.name ?? [],
        topics: values.topic ?? []
    });
    if (selected.length === 0) {
        io.stderr.write(`multiplier: warning: none of the ${listed.length} repositories of ${owner} is left after the filters\n`);
    }
    const value = chunkSize === undefined ? selected : chunkRepositories(selected, chunkSize);
    emit(`${JSON.stringify(value)}\n`, values.output, io);
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: `main(argv, io)` parses the command line, runs one command and returns the exit code.
// No import-time side effects and no process globals, so tests call it directly.





async function main(argv, io) {
    const args = [...argv];
    try {
        const answer = (0,quick/* quickAnswer */.C)(args);
        if (answer !== undefined) {
            io.stdout.write(answer);
            return EXIT_OK;
        }
        // With no command (nothing, or flags only) the command is `report`.
        const command = args[0] === undefined || args[0].startsWith('-') ? 'report' : args.shift();
        if (command === 'report')
            await runReportCommand(args, io);
        else if (command === 'aggregate')
            runAggregate(args, io);
        else if (command === 'repos')
            await runReposCommand(args, io);
        else
            throw new UsageError(`unknown command "${command}"; commands are report, aggregate, repos, help`);
        return EXIT_OK;
    }
    catch (error) {
        const code = exitCodeOf(error);
        const hint = code === 2 ? ' (see multiplier --help)' : '';
        const lines = messageLinesOf(error, [io.env.GITHUB_TOKEN, io.env.GH_TOKEN]);
        io.stderr.write(lines.map(line => `multiplier: ${line}`).join('\n') + `${hint}\n`);
        return code;
    }
}


/***/ })

};

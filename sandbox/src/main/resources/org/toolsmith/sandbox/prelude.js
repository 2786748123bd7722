// Evaluated once in every fresh context before a script. It removes what a script must not see,
// defines the helpers a script may call (dates and the result builder: plain JavaScript, no host
// objects), and evaluates to the function the host calls to run one script. Everything it needs
// later is captured here, before any script can replace a built-in.
(function (global) {
  "use strict";
  for (const name of ["Java", "Packages", "java", "javax", "javafx", "com", "org", "edu", "Graal",
      "Polyglot", "SharedArrayBuffer", "Atomics", "FinalizationRegistry", "WeakRef", "arguments",
      "load", "loadWithNewGlobal", "print", "printErr", "console", "quit", "read", "readbuffer",
      "require", "setTimeout", "setInterval", "setImmediate"]) {
    delete global[name];
  }

  const parse = JSON.parse, stringify = JSON.stringify, freeze = Object.freeze,
      isFrozen = Object.isFrozen, keys = Object.keys, isArray = Array.isArray,
      utc = Date.UTC, floor = Math.floor, PromiseType = Promise, ErrorType = Error,
      TypeErrorType = TypeError, StringType = String;
  const DAY_MS = 86400000;
  const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
  let clock = null;

  function deepFreeze(value) {
    if (value !== null && typeof value === "object" && !isFrozen(value)) {
      freeze(value);
      for (const key of keys(value)) {
        deepFreeze(value[key]);
      }
    }
    return value;
  }

  function dayNumber(value, what) {
    const match = typeof value === "string" ? DATE.exec(value) : null;
    if (match === null) {
      throw new TypeErrorType(what + " must be a date like \"2026-01-31\", not " + stringify(value));
    }
    const ms = utc(+match[1], +match[2] - 1, +match[3]);
    const check = new Date(ms);
    if (check.getUTCMonth() !== +match[2] - 1 || check.getUTCDate() !== +match[3]) {
      throw new TypeErrorType(what + " is not a real date: " + stringify(value));
    }
    return floor(ms / DAY_MS);
  }

  function fromDayNumber(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function isMissing(value) {
    return value === null || value === undefined || value === "";
  }

  function requireClock() {
    if (clock === null) {
      throw new TypeErrorType("No current time was given to this script");
    }
    return clock;
  }

  // Dates are "YYYY-MM-DD" strings (a date-time string counts by its date part).
  const helpers = {
    /** The current date-time, as given by the caller (ISO 8601 with offset). */
    now() {
      return requireClock();
    },
    /** Today's date in the caller's time zone, "YYYY-MM-DD". */
    today() {
      return requireClock().slice(0, 10);
    },
    /** Whole days from a to b (b - a); null when either is empty. */
    days(a, b) {
      if (isMissing(a) || isMissing(b)) {
        return null;
      }
      return dayNumber(b, "days(a, b): b") - dayNumber(a, "days(a, b): a");
    },
    /** The date n days after date (n may be negative); null when date is empty. */
    addDays(date, n) {
      if (isMissing(date)) {
        return null;
      }
      if (typeof n !== "number" || n !== floor(n)) {
        throw new TypeErrorType("addDays(date, n): n must be a whole number, not " + stringify(n));
      }
      return fromDayNumber(dayNumber(date, "addDays(date, n): date") + n);
    },
    /** The date n months after date, on the same day or the month's last day. */
    addMonths(date, n) {
      if (isMissing(date)) {
        return null;
      }
      if (typeof n !== "number" || n !== floor(n)) {
        throw new TypeErrorType("addMonths(date, n): n must be a whole number, not " + stringify(n));
      }
      const start = new Date(dayNumber(date, "addMonths(date, n): date") * DAY_MS);
      const month = start.getUTCMonth() + n;
      const lastDay = new Date(utc(start.getUTCFullYear(), month + 1, 0)).getUTCDate();
      const day = Math.min(start.getUTCDate(), lastDay);
      return fromDayNumber(floor(utc(start.getUTCFullYear(), month, day) / DAY_MS));
    },
    /** Day of the week: 1 for Monday to 7 for Sunday; null when date is empty. */
    weekday(date) {
      if (isMissing(date)) {
        return null;
      }
      const day = new Date(dayNumber(date, "weekday(date): date") * DAY_MS).getUTCDay();
      return day === 0 ? 7 : day;
    },
    /** True on Saturday and Sunday. */
    isWeekend(date) {
      const day = helpers.weekday(date);
      return day === null ? null : day >= 6;
    },
    /** The date part of a date or date-time string, checked; null when empty. */
    toDate(value) {
      return isMissing(value) ? null : fromDayNumber(dayNumber(value, "toDate(value)"));
    },
    /** A new, empty result: chain set/update/create/notify and return it. */
    result() {
      return new Result();
    }
  };

  function plainFields(fields, what) {
    if (fields === null || typeof fields !== "object" || isArray(fields)) {
      throw new TypeErrorType(what + " must be an object of field names and values, like {done: true}");
    }
    const copy = {};
    for (const key of keys(fields)) {
      copy[key] = fields[key];
    }
    return copy;
  }

  function text(value, what) {
    if (typeof value !== "string" || value.trim() === "") {
      throw new TypeErrorType(what + " must be a non-empty text");
    }
    return value;
  }

  function recordId(id, what) {
    if (!(typeof id === "number" && id === floor(id)) && !(typeof id === "string" && id !== "")) {
      throw new TypeErrorType(what + " must be a record id (a whole number or a text)");
    }
    return id;
  }

  function Result() {
    this.changes = [];
    this.notifications = [];
  }
  Result.prototype.set = function (fields) {
    this.changes.push({op: "set", fields: plainFields(fields, "set(fields): fields")});
    return this;
  };
  Result.prototype.update = function (entity, id, fields) {
    this.changes.push({op: "update", entity: text(entity, "update(entity, id, fields): entity"),
        id: recordId(id, "update(entity, id, fields): id"),
        fields: plainFields(fields, "update(entity, id, fields): fields")});
    return this;
  };
  Result.prototype.create = function (entity, fields) {
    this.changes.push({op: "create", entity: text(entity, "create(entity, fields): entity"),
        fields: plainFields(fields, "create(entity, fields): fields")});
    return this;
  };
  Result.prototype.notify = function (to, message, options) {
    const opts = options === undefined ? {} : plainFields(options, "notify(to, message, options): options");
    const channel = opts.channel === undefined ? "app" : opts.channel;
    if (channel !== "app" && channel !== "email") {
      throw new TypeErrorType("notify(to, message, options): channel must be \"app\" or \"email\"");
    }
    const note = {to: text(StringType(to === null || to === undefined ? "" : to), "notify(to, message): to"),
        message: text(message, "notify(to, message): message"), channel: channel};
    if (opts.subject !== undefined) {
      note.subject = text(opts.subject, "notify(to, message, options): subject");
    }
    this.notifications.push(note);
    return this;
  };
  freeze(Result.prototype);
  freeze(Result);

  for (const name of keys(helpers)) {
    Object.defineProperty(global, name, {value: freeze(helpers[name]), writable: false,
        enumerable: false, configurable: false});
  }

  function describe(error) {
    try {
      return error instanceof ErrorType ? error.name + ": " + error.message : StringType(error);
    } catch (e) {
      return "unknown error";
    }
  }

  function resultError(message) {
    const error = new ErrorType(message);
    error.name = "ResultError";
    return error;
  }

  // Called by the host: fn is the compiled script, the rest are texts and numbers.
  return function run(fn, recordText, contextText, now, withContext, maxChars) {
    clock = now;
    const record = deepFreeze(parse(recordText));
    const value = withContext ? fn(record, deepFreeze(parse(contextText))) : fn(record);
    if (value instanceof PromiseType || (value !== null && typeof value === "object"
        && typeof value.then === "function")) {
      throw resultError("The script returned a promise; scripts must return a value directly (no async code)");
    }
    let json;
    try {
      json = value === undefined || typeof value === "function" || typeof value === "symbol"
          ? "null" : stringify(value);
    } catch (e) {
      throw resultError("The script's value cannot be turned into JSON: " + describe(e));
    }
    if (json === undefined) {
      return "null";
    }
    if (json.length > maxChars) {
      throw resultError("The script's result is too large (" + json.length
          + " characters; the limit is " + maxChars + ")");
    }
    return json;
  };
})(globalThis)

import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  ROUNDING_NOTE,
  errorGateResult,
  formatPercent,
  isRatio,
  meets,
  ratio,
  userErrorFinding
} from "./chunk-QDHCTI64.js";
import {
  ConfigurationError,
  InputError,
  UserError,
  __commonJS,
  __toESM
} from "./chunk-T5LYVZLU.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push2(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob2, options) : picomatch4.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob2, posix: posix3 });
        const result = { glob: glob2, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob: glob2, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob2, options, posix3 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch4.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/parse-diff/index.js
var require_parse_diff = __commonJS({
  "node_modules/parse-diff/index.js"(exports, module) {
    module.exports = (n) => {
      if (!n) return [];
      if (typeof n != "string" || n.match(/^\s+$/)) return [];
      const s = n.split(`
`);
      if (s.length === 0) return [];
      const a = [];
      let o = null, d = null, u = 0, m = 0, l = null;
      const g = (e) => {
        d?.changes.push({ type: "normal", normal: true, ln1: u++, ln2: m++, content: e }), l.oldLines--, l.newLines--;
      }, p = (e) => {
        const [t, r] = parseFiles(e) ?? [];
        o = { chunks: [], deletions: 0, additions: 0, from: t, to: r }, a.push(o);
      }, i = () => {
        (!o || o.chunks.length) && p();
      }, $ = (e, t) => {
        i(), o.new = true, o.newMode = t[1], o.from = "/dev/null";
      }, N = (e, t) => {
        i(), o.deleted = true, o.oldMode = t[1], o.to = "/dev/null";
      }, x = (e, t) => {
        i(), o.oldMode = t[1];
      }, F = (e, t) => {
        i(), o.newMode = t[1];
      }, S = (e, t) => {
        i(), o.index = e.split(" ").slice(1), t[1] && (o.oldMode = o.newMode = t[1].trim());
      }, k = (e) => {
        i(), o.from = parseOldOrNewFile(e);
      }, y = (e) => {
        i(), o.to = parseOldOrNewFile(e);
      }, f = (e) => +(e || 1), M = (e, t) => {
        o || p(e);
        const [r, c, w, L] = t.slice(1);
        u = +r, m = +w, d = { content: e, changes: [], oldStart: +r, oldLines: f(c), newStart: +w, newLines: f(L) }, l = { oldLines: f(c), newLines: f(L) }, o.chunks.push(d);
      }, R = (e) => {
        d && (d.changes.push({ type: "del", del: true, ln: u++, content: e }), o.deletions++, l.oldLines--);
      }, b = (e) => {
        d && (d.changes.push({ type: "add", add: true, ln: m++, content: e }), o.additions++, l.newLines--);
      }, h = (e) => {
        if (!d) return;
        const [t] = d.changes.slice(-1);
        d.changes.push({ type: t.type, [t.type]: true, ln1: t.ln1, ln2: t.ln2, ln: t.ln, content: e });
      }, _ = [[/^diff\s/, p], [/^new file mode (\d+)$/, $], [/^deleted file mode (\d+)$/, N], [/^old mode (\d+)$/, x], [/^new mode (\d+)$/, F], [/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/, S], [/^---\s/, k], [/^\+\+\+\s/, y], [/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/, M], [/^\\ No newline at end of file$/, h]], v = [[/^\\ No newline at end of file$/, h], [/^-/, R], [/^\+/, b], [/^\s*/, g]], C = (e) => {
        for (const [t, r] of v) {
          const c = e.match(t);
          if (c) {
            r(e, c);
            break;
          }
        }
        l.oldLines === 0 && l.newLines === 0 && (l = null);
      }, H = (e) => {
        for (const [t, r] of _) {
          const c = e.match(t);
          if (c) {
            r(e, c);
            break;
          }
        }
      }, O = (e) => {
        l ? C(e) : H(e);
      };
      for (const e of s) O(e);
      return a;
    };
    var fileNameDiffRegex = /(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g;
    var gitFileHeaderRegex = /^(a|b|i|w|c|o|1|2)\//;
    var parseFiles = (n) => n?.match(fileNameDiffRegex)?.map((a) => a.replace(gitFileHeaderRegex, "").replace(/("|')$/, ""));
    var qoutedFileNameRegex = /^\\?['"]|\\?['"]$/g;
    var parseOldOrNewFile = (n) => {
      let s = leftTrimChars(n, "-+").trim();
      return s = removeTimeStamp(s), s.replace(qoutedFileNameRegex, "").replace(gitFileHeaderRegex, "");
    };
    var leftTrimChars = (n, s) => {
      if (n = makeString(n), !s && String.prototype.trimLeft) return n.trimLeft();
      const a = formTrimmingString(s);
      return n.replace(new RegExp(`^${a}+`), "");
    };
    var timeStampRegex = /\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/;
    var removeTimeStamp = (n) => {
      const s = timeStampRegex.exec(n);
      return s && (n = n.substring(0, s.index).trim()), n;
    };
    var formTrimmingString = (n) => n == null ? "\\s" : n instanceof RegExp ? n.source : `[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g, "\\$1")}]`;
    var makeString = (n) => `${n ?? ""}`;
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET2 = 91;
    var CLOSE_BRACKET2 = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET2, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET2];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET2) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET2) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET2)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET2) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET2:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET2:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/config/types.ts
function globs(list) {
  if (list === void 0) return [];
  return typeof list === "string" ? [list] : list;
}

// src/config/coverage-settings.ts
function coverageSettings(config, overrides, cwd, defaultBase) {
  const diffFile = overrides["diff-file"] ?? config["diff-file"];
  const base = overrides.base ?? config.base ?? (diffFile ? void 0 : defaultBase);
  const baselineFile = overrides.baseline ?? config.baseline?.file;
  return {
    cwd,
    root: overrides.root ?? config.root,
    reports: overrides.report && overrides.report.length > 0 ? overrides.report : globs(config.reports),
    base: diffFile ? void 0 : base,
    diffFile,
    pathMap: overrides["path-map"] ? overrides["path-map"].map(parseRewrite) : config["path-map"] ?? [],
    exclude: overrides.exclude && overrides.exclude.length > 0 ? overrides.exclude : globs(config.exclude),
    thresholds: thresholds(config, overrides),
    minChangedLines: overrides["min-changed-lines"] ?? config["min-changed-lines"] ?? 1,
    paths: config.paths ?? [],
    baseline: baselineFile ? {
      file: baselineFile,
      maxDrop: overrides["max-drop"] ?? config.baseline?.["max-drop"] ?? 0,
      required: config.baseline?.required ?? false
    } : void 0
  };
}
function thresholds(config, overrides) {
  const pick = (key, option) => {
    const value = overrides[option];
    if (value !== void 0 && (value < 0 || value > 100)) {
      throw new ConfigurationError(
        `--${option}: ${value} is not allowed; expected a percentage from 0 to 100`
      );
    }
    return value ?? config.thresholds?.[key];
  };
  return {
    lines: pick("lines", "min-lines"),
    branches: pick("branches", "min-branches"),
    overall: pick("overall", "min-overall"),
    patch: pick("patch", "min-patch"),
    file: pick("file", "min-file")
  };
}
function parseRewrite(spec) {
  const eq = spec.indexOf("=");
  if (eq <= 0) {
    throw new ConfigurationError(
      `--path-map: ${JSON.stringify(spec)} is not allowed; expected FROM=TO (e.g. /app/=services/api/)`
    );
  }
  return { from: spec.slice(0, eq), to: spec.slice(eq + 1) };
}

// src/gates/coverage/evaluate.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// src/gates/coverage/baseline.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function readBaseline(file, cwd, required) {
  let text;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch {
    if (required) {
      throw new InputError(
        `baseline result ${file} does not exist`,
        { path: file },
        "Download the default branch's coverage result first, or set baseline.required: false."
      );
    }
    return {
      notice: {
        severity: "notice",
        rule: "coverage/baseline-missing",
        message: `No baseline result at ${file}; the drop check was skipped.`,
        fix: "Save coverage.json from a default-branch run (as an artifact) and download it before this step."
      }
    };
  }
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: baseline is not valid JSON: ${error.message}`, { path: file });
  }
  const shaped = typeof document === "object" && document !== null ? document : {};
  const metrics = shaped.metrics;
  if (shaped.gate !== "coverage" || !metrics || !isRatio(metrics.lines)) {
    throw new InputError(
      `${file}: not a coverage gate result (expected "gate": "coverage" and metrics.lines with covered/total)`,
      { path: file },
      "Point baseline.file at the coverage.json an earlier run of this gate wrote."
    );
  }
  return {
    metrics: {
      lines: metrics.lines,
      ...isRatio(metrics.branches) ? { branches: metrics.branches } : {}
    }
  };
}
function compareBaseline(current, baseline, maxDrop) {
  const out = [];
  for (const metric of ["lines", "branches"]) {
    const now = current[metric]?.percent;
    const before = baseline[metric]?.percent;
    if (now === null || now === void 0 || before === null || before === void 0) continue;
    const delta = now - before;
    out.push({ metric, baseline: before, current: now, delta, maxDrop, passed: delta >= -maxDrop - 1e-9 });
  }
  return out;
}
function dropFinding(d) {
  return {
    severity: "error",
    rule: "coverage/baseline-drop",
    message: `${d.metric === "lines" ? "Line" : "Branch"} coverage dropped ${(-d.delta).toFixed(2)} points (${formatPercent(d.baseline)} \u2192 ${formatPercent(d.current)}); at most ${d.maxDrop} allowed`,
    fix: "Add tests for the code this change adds or stops testing, or raise baseline.max-drop if the drop is intended."
  };
}

// src/gates/coverage/collect.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";

// src/util/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile);
var MAX_BUFFER = 1 << 30;
async function git(cwd, args) {
  const { stdout } = await execFileAsync(
    "git",
    ["-c", "core.quotepath=false", "-c", "color.ui=false", "--no-pager", ...args],
    { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } }
  );
  return stdout;
}
async function gitTopLevel(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch {
    return void 0;
  }
}
async function trackedFiles(cwd) {
  const out = await git(cwd, ["ls-files", "-z", "--full-name", "--", "."]);
  return out.split("\0").filter((p) => p !== "");
}
async function diffSinceMergeBase(cwd, base) {
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${base}" is not a commit in this repository`,
      void 0,
      "Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`), or pass --diff-file."
    );
  }
  try {
    await git(cwd, ["merge-base", base, "HEAD"]);
  } catch {
    throw new InputError(
      `no merge base between "${base}" and HEAD: the clone is probably shallow`,
      void 0,
      "Use actions/checkout with fetch-depth: 0 (or fetch enough history), or pass --diff-file."
    );
  }
  return git(cwd, [
    "diff",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--unified=0",
    `${base}...HEAD`,
    "--"
  ]);
}

// src/gates/coverage/diff.ts
var import_parse_diff = __toESM(require_parse_diff(), 1);
function changedLines(diffText, diffName) {
  if (diffText.trim() === "") return [];
  if (!/^(diff --git |--- |Index: )/m.test(diffText)) {
    throw new InputError(
      `${diffName}: not a unified diff (no "diff --git" or "---" header found)`,
      { path: diffName, line: 1 },
      "Produce it with `git diff <base>...HEAD > changes.diff`."
    );
  }
  const byPath = /* @__PURE__ */ new Map();
  for (const file of (0, import_parse_diff.default)(diffText)) {
    if (file.deleted || file.to === void 0 || file.to === "/dev/null") continue;
    const path = unquoteGitPath(file.to);
    let lines = byPath.get(path);
    if (!lines) {
      lines = /* @__PURE__ */ new Set();
      byPath.set(path, lines);
    }
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) {
        if (change.type === "add") lines.add(change.ln);
      }
    }
  }
  return [...byPath].map(([path, lines]) => ({ path, addedLines: [...lines].sort((a, b) => a - b) }));
}
function unquoteGitPath(path) {
  let p = path;
  if (p.length >= 2 && p.startsWith('"') && p.endsWith('"')) p = p.slice(1, -1);
  if (!p.includes("\\")) return p;
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === "\\" && i + 1 < p.length) {
      const octal = /^[0-7]{3}/.exec(p.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(Number.parseInt(octal[0], 8));
        i += 3;
        continue;
      }
      const escaped = simple[p[i + 1]];
      if (escaped !== void 0) {
        bytes.push(escaped);
        i += 1;
        continue;
      }
    }
    for (const b of Buffer.from(ch, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/gates/coverage/findings.ts
var MAX_RANGE_FINDINGS = 500;
function checkMapping(patch, changed, files) {
  if (patch.files.length > 0) return void 0;
  const sources = changedSources(changed, files);
  if (sources.length === 0 || files.length === 0) return void 0;
  const samples = files.slice(0, 3).map((f) => `"${f.reportPath}" \u2192 tried ${f.tried.map((t) => `"${t}"`).join(", ")}`);
  return {
    severity: "error",
    rule: "coverage/paths-do-not-match",
    message: `No changed line maps onto the coverage reports: ${sources.length} changed source file(s) (e.g. ${sources.slice(0, 3).map((c) => c.path).join(", ")}) appear in no report. Report paths seen: ${samples.join("; ")}.`,
    fix: "Make report paths repository-relative (coverage.py: relative_files = true), set coverage.root, or add a coverage.path-map entry."
  };
}
function changedSources(changed, files) {
  const extensions = new Set(files.map((f) => extension(f.path)).filter((e) => e !== ""));
  return changed.filter(
    (c) => c.addedLines.length > 0 && extensions.has(extension(c.path)) && !isTestPath(c.path)
  );
}
function absentFileFindings(patch, files) {
  return changedSources(patch.absent, files).map((c) => ({
    severity: "warning",
    rule: "coverage/file-not-in-report",
    path: c.path,
    message: `${c.path} changed (${c.addedLines.length} line(s)) but is in no coverage report: no test imports it.`,
    fix: "Add a test that imports it, or list it under coverage.exclude if it is not meant to be measured."
  }));
}
function uncoveredRangeFindings(patch, patchFailed, failedFiles) {
  if (!patch) return [];
  const out = [];
  for (const f of patch.files) {
    for (const [start, end] of f.ranges) {
      if (out.length >= MAX_RANGE_FINDINGS) return out;
      out.push({
        severity: patchFailed || failedFiles.has(f.path) ? "warning" : "notice",
        rule: "coverage/patch-uncovered",
        path: f.path,
        line: start,
        endLine: end,
        message: start === end ? `Changed line ${start} is not covered by tests.` : `Changed lines ${start}\u2013${end} are not covered by tests.`,
        fix: "Add a test that executes these lines."
      });
    }
  }
  return out;
}
function fixFor(id) {
  if (id === "patch" || id.endsWith(":patch"))
    return "Add tests that execute the uncovered changed lines listed below.";
  if (id.startsWith("file:")) return "Add tests for this file; the uncovered lines are annotated.";
  if (id === "branches" || id.endsWith(":branches"))
    return "Add tests for the untaken branches (coverage html shows them).";
  return "Add tests for the least-covered files, or lower the threshold deliberately in the config.";
}
function inputErrorFinding(error) {
  return userErrorFinding("coverage", error);
}
function extension(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}
function isTestPath(path) {
  return /(^|\/)(tests?|__tests__|spec)\//.test(path) || /(^|\/)(test_[^/]*|[^/]*_test\.[^/]+|[^/]*\.(test|spec)\.[^/]+|conftest\.py)$/.test(path);
}

// src/gates/coverage/path-mapper.ts
import { existsSync } from "node:fs";
import { isAbsolute, join, posix, relative } from "node:path";
var PathMapper = class {
  constructor(root, known, rewrites = [], checkDisk = true) {
    this.root = root;
    this.known = known;
    this.rewrites = rewrites;
    this.checkDisk = checkDisk;
    for (const path of known) {
      const base = path.slice(path.lastIndexOf("/") + 1);
      const list = this.bySuffix.get(base);
      if (list) list.push(path);
      else this.bySuffix.set(base, [path]);
    }
  }
  root;
  known;
  rewrites;
  checkDisk;
  bySuffix = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  /** Maps one report path; `sourceRoots` are the report's declared roots (Cobertura `<sources>`). */
  map(reportPath, sourceRoots = []) {
    const key = `${reportPath}\0${sourceRoots.join("\0")}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.resolve(reportPath, sourceRoots);
    this.cache.set(key, result);
    return result;
  }
  resolve(reportPath, sourceRoots) {
    const candidates = this.candidates(toSlashes(reportPath), sourceRoots.map(toSlashes));
    const tried = [];
    for (const candidate of candidates) {
      if (!tried.includes(candidate)) tried.push(candidate);
      if (this.exists(candidate)) return { path: candidate, matched: true, tried };
    }
    for (const candidate of candidates) {
      const found = this.bySuffixMatch(candidate);
      if (found) return { path: found, matched: true, tried };
    }
    return { path: candidates[0] ?? reportPath, matched: false, tried };
  }
  candidates(path, roots) {
    const out = [];
    const push2 = (p) => {
      if (p !== void 0 && p !== "" && !out.includes(p)) out.push(p);
    };
    for (const rewrite of this.rewrites) {
      const from = toSlashes(rewrite.from);
      if (path.startsWith(from)) push2(this.relativeToRoot(toSlashes(rewrite.to) + path.slice(from.length)));
    }
    if (isAbsolutePath(path)) {
      push2(this.relativeToRoot(path));
    } else {
      for (const root of roots) {
        push2(this.relativeToRoot(isAbsolutePath(root) ? posix.join(root, path) : posix.join(root, path)));
      }
      push2(posix.normalize(path).replace(/^\.\//, ""));
    }
    if (isAbsolutePath(path)) push2(path);
    return out;
  }
  /** A path relative to the root when it lies inside it; relative inputs are normalised. */
  relativeToRoot(path) {
    if (!isAbsolutePath(path)) return posix.normalize(path).replace(/^\.\//, "");
    if (/^[A-Za-z]:\//.test(path)) return void 0;
    const rel = toSlashes(relative(this.root, path));
    if (rel === "" || rel.startsWith("../") || isAbsolute(rel)) return void 0;
    return rel;
  }
  exists(candidate) {
    if (isAbsolutePath(candidate) || candidate.startsWith("../")) return false;
    if (this.known.has(candidate)) return true;
    return this.checkDisk && existsSync(join(this.root, candidate));
  }
  /**
   * The unique known path that ends with the candidate or one of its trailing segment runs
   * (`/home/ci/repo/src/a.py` → `src/a.py`; `churn/a.py` → `ml/src/churn/a.py`).
   */
  bySuffixMatch(candidate) {
    const segments = candidate.split("/").filter((s) => s !== "" && s !== ".");
    const base = segments[segments.length - 1];
    if (base === void 0) return void 0;
    const pool = this.bySuffix.get(base);
    if (!pool) return void 0;
    const shortest = Math.min(2, segments.length);
    for (let i = 0; i <= segments.length - shortest; i++) {
      const suffix = segments.slice(i).join("/");
      const hits = pool.filter((p) => p === suffix || p.endsWith(`/${suffix}`));
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) {
        const exact = hits.filter((p) => p === suffix);
        return exact.length === 1 ? exact[0] : void 0;
      }
    }
    return void 0;
  }
};
function toSlashes(path) {
  return path.replace(/\\/g, "/");
}
function isAbsolutePath(path) {
  return path.startsWith("/") || /^[A-Za-z]:\//.test(path);
}

// src/gates/coverage/read-reports.ts
import { stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve4 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix as posix2, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative as relative2, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix2.relative(cwd, p) || ".";
  return (p) => posix2.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix2.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix2.relative(escapedCwd, result) : posix2.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix2.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix2.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative4] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative4) : [];
}

// src/util/text-stream.ts
import { createReadStream } from "node:fs";
var CHUNK_SIZE = 1 << 20;
function readTextChunks(path) {
  return createReadStream(path, { encoding: "utf8", highWaterMark: CHUNK_SIZE });
}
async function forEachLine(chunks, onLine) {
  let carry = "";
  let lineNumber2 = 0;
  for await (const chunk of chunks) {
    const text = carry.length > 0 ? carry + chunk : chunk;
    let start = 0;
    let newline = text.indexOf("\n", start);
    while (newline !== -1) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      lineNumber2++;
      onLine(text.slice(start, end), lineNumber2);
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    carry = text.slice(start);
  }
  if (carry.length > 0) {
    lineNumber2++;
    onLine(carry.endsWith("\r") ? carry.slice(0, -1) : carry, lineNumber2);
  }
  return lineNumber2;
}

// src/gates/coverage/detect.ts
import { open } from "node:fs/promises";
var SNIFF_BYTES = 64 * 1024;
async function detectFormat(path, displayName) {
  const handle = await open(path, "r");
  let head;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
  return detectFormatFromText(head, displayName);
}
function detectFormatFromText(head, displayName) {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (text === "") {
    throw new InputError(`${displayName}: the report is empty`, { path: displayName }, emptyFix);
  }
  if (text.startsWith("<")) return detectXml(text, displayName);
  if (text.startsWith("{")) return detectJson(text, displayName);
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? void 0 : text.indexOf("\n")).trim();
  if (/^mode:\s*(set|count|atomic)\b/.test(firstLine)) return "go-coverprofile";
  if (/^(TN|SF|VER):/m.test(text.slice(0, 4096))) return "lcov";
  throw unknown(displayName, `starts with ${JSON.stringify(firstLine.slice(0, 40))}`);
}
function detectXml(text, displayName) {
  const body = text.replace(/^<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, "").trimStart();
  const root = /^<([A-Za-z_][\w.-]*)/.exec(body)?.[1];
  if (root === "coverage") {
    if (/\bclover=|<project\b/.test(body.slice(0, 2e3))) {
      throw unknown(displayName, "is Clover XML, which is not supported yet");
    }
    return "cobertura";
  }
  if (root === "report") return "jacoco";
  if (root === void 0) throw unknown(displayName, "is XML without a root element in its first 64 KiB");
  throw unknown(displayName, `is XML with root element <${root}>`);
}
function detectJson(text, displayName) {
  const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  if (firstKey === void 0) {
    if (/^\{\s*\}/.test(text))
      throw new InputError(
        `${displayName}: the report is an empty JSON object`,
        { path: displayName },
        emptyFix
      );
    throw unknown(displayName, "is JSON that does not start with an object key");
  }
  if (firstKey === "meta" || /"files"\s*:/.test(text) && /"executed_lines"|"totals"\s*:/.test(text)) {
    return "coverage-py-json";
  }
  if (firstKey === "total" && /"(lines|statements)"\s*:\s*\{\s*"total"/.test(text)) return "istanbul-summary";
  if (/"statementMap"\s*:/.test(text)) return "istanbul-final";
  throw unknown(displayName, `is JSON with first key ${JSON.stringify(firstKey.slice(0, 60))}`);
}
var emptyFix = "Check that the test step ran and wrote the report (an empty file usually means the tests crashed).";
function unknown(displayName, what) {
  return new InputError(
    `${displayName}: unknown coverage report format: the file ${what}`,
    { path: displayName, line: 1 },
    "Supported: Cobertura XML, JaCoCo XML, LCOV, coverage.py JSON, Istanbul coverage-final.json / coverage-summary.json, Go coverprofile."
  );
}

// src/gates/coverage/model.ts
function addLineHits(lines, line, hits) {
  const previous = lines.get(line);
  if (previous === void 0 || hits > previous) lines.set(line, hits);
}

// src/gates/coverage/readers/xml-stream.ts
var import_saxes = __toESM(require_saxes(), 1);
async function parseXmlStream(chunks, makeHandlers, reportName) {
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  const handlers = makeHandlers(() => parser.line);
  let malformed;
  parser.on("error", (error) => {
    malformed ??= {
      message: error.message.replace(/^[^:]*?:?\d+:\d+: /, ""),
      line: parser.line,
      column: parser.column + 1
    };
  });
  parser.on("opentag", (tag) => {
    handlers.open(tag);
  });
  parser.on("closetag", (tag) => {
    handlers.close(tag.name);
  });
  if (handlers.text) parser.on("text", (text) => handlers.text?.(text));
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.charCodeAt(0) === 65279) chunk = chunk.slice(1);
    first = false;
    parser.write(chunk);
    if (malformed) break;
  }
  if (!malformed) parser.close();
  if (malformed) {
    throw new InputError(
      `${reportName}:${malformed.line}:${malformed.column}: malformed XML: ${malformed.message}`,
      { path: reportName, line: malformed.line, column: malformed.column },
      "Regenerate the report; a truncated file usually means the test job was cancelled while writing it."
    );
  }
}
function intAttribute(tag, name, reportName, currentLine) {
  const raw = tag.attributes[name];
  const value = raw === void 0 ? Number.NaN : Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    const line = currentLine();
    throw new InputError(
      `${reportName}:${line}: <${tag.name}> has ${raw === void 0 ? `no "${name}" attribute` : `${name}="${raw}", not a non-negative integer`}`,
      { path: reportName, line },
      "Regenerate the report with a supported tool; hand-edited reports often break this."
    );
  }
  return value;
}

// src/gates/coverage/readers/cobertura.ts
var CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;
var readCobertura = async (chunks, sink, reportName) => {
  await parseXmlStream(
    chunks,
    (currentLine) => new CoberturaHandlers(sink, reportName, currentLine),
    reportName
  );
};
var CoberturaHandlers = class {
  constructor(sink, reportName, currentLine) {
    this.sink = sink;
    this.reportName = reportName;
    this.currentLine = currentLine;
  }
  sink;
  reportName;
  currentLine;
  rootSeen = false;
  inSource = false;
  sourceText = "";
  roots = [];
  current;
  branchByLine;
  open(tag) {
    if (!this.rootSeen) {
      this.openRoot(tag);
    } else if (tag.name === "source") {
      this.inSource = true;
      this.sourceText = "";
    } else if (tag.name === "class") {
      this.openClass(tag);
    } else if (tag.name === "line" && this.current) {
      this.readLine(tag, this.current);
    }
  }
  close(name) {
    if (name === "source") {
      this.inSource = false;
      const root = this.sourceText.trim();
      if (root !== "") this.roots.push(root);
    } else if (name === "sources") {
      this.sink.sourceRoots(this.roots);
    } else if (name === "class" && this.current) {
      if (this.branchByLine) this.current.branches = [...this.branchByLine.values()];
      this.sink.file(this.current);
      this.current = void 0;
    }
  }
  text(text) {
    if (this.inSource) this.sourceText += text;
  }
  openRoot(tag) {
    this.rootSeen = true;
    if (tag.name !== "coverage") {
      throw new InputError(`${this.reportName}: root element is <${tag.name}>, not Cobertura's <coverage>`, {
        path: this.reportName,
        line: this.currentLine()
      });
    }
  }
  openClass(tag) {
    const filename = tag.attributes.filename;
    if (filename === void 0 || filename === "") {
      const line = this.currentLine();
      throw new InputError(`${this.reportName}:${line}: <class> has no "filename" attribute`, {
        path: this.reportName,
        line
      });
    }
    this.current = { path: filename, lines: /* @__PURE__ */ new Map() };
    this.branchByLine = void 0;
  }
  readLine(tag, record) {
    const number = intAttribute(tag, "number", this.reportName, this.currentLine);
    addLineHits(record.lines, number, intAttribute(tag, "hits", this.reportName, this.currentLine));
    if (tag.attributes.branch !== "true") return;
    const match = CONDITION_COVERAGE.exec(tag.attributes["condition-coverage"] ?? "");
    if (!match) return;
    this.branchByLine ??= /* @__PURE__ */ new Map();
    const covered = Number(match[1]);
    const total = Number(match[2]);
    const seen = this.branchByLine.get(number);
    if (!seen) this.branchByLine.set(number, { line: number, covered, total });
    else {
      seen.covered = Math.max(seen.covered, covered);
      seen.total = Math.max(seen.total, total);
    }
  }
};

// src/util/json-entries.ts
var MAX_MEMBER_CHARS = 256 * 1024 * 1024;
var TRUNCATED_FIX = "Regenerate the report; a truncated file usually means the job was cancelled while writing it.";
async function streamJsonEntries(chunks, path, onEntry, reportName, onOther) {
  const scanner = new JsonEntryScanner(path, onEntry, reportName, onOther);
  for await (const chunk of chunks) scanner.write(chunk);
  scanner.end();
}
function jsonShapeError(reportName, at, message, fix) {
  return new InputError(
    `${reportName}:${at.line}:${at.column}: ${message}`,
    { path: reportName, line: at.line, column: at.column },
    fix ?? "Regenerate the report with the tool that wrote it; this looks hand-edited or from another format."
  );
}
var ROOT = 0;
var KEY_OR_END = 1;
var KEY = 2;
var IN_KEY = 3;
var COLON = 4;
var VALUE = 5;
var CAPTURE = 6;
var AFTER_VALUE = 7;
var DONE = 8;
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON_CHAR = 58;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var NEWLINE = 10;
var KIND_QUOTE = 1;
var KIND_OPEN = 2;
var KIND_CLOSE = 3;
var KIND_COMMA = 4;
var CHAR_KIND = new Uint8Array(128);
CHAR_KIND[QUOTE] = KIND_QUOTE;
CHAR_KIND[OPEN_BRACE] = KIND_OPEN;
CHAR_KIND[OPEN_BRACKET] = KIND_OPEN;
CHAR_KIND[CLOSE_BRACE] = KIND_CLOSE;
CHAR_KIND[CLOSE_BRACKET] = KIND_CLOSE;
CHAR_KIND[COMMA] = KIND_COMMA;
function isWhitespace(c) {
  return c === 32 || c === NEWLINE || c === 13 || c === 9;
}
var JsonEntryScanner = class {
  constructor(path, onEntry, reportName, onOther) {
    this.path = path;
    this.onEntry = onEntry;
    this.reportName = reportName;
    this.onOther = onOther;
  }
  path;
  onEntry;
  reportName;
  onOther;
  state = ROOT;
  /** Index into `path` of the object being read; `path.length` is the entries object. */
  level = 0;
  /** Per level, whether the path key was seen in the current object. */
  found = [];
  chunk = "";
  started = false;
  /** Newlines in completed chunks, and characters since the last of them. */
  lineBase = 0;
  columnCarry = 0;
  /** A backslash ended the previous chunk inside a string: skip the next character. */
  pendingEscape = false;
  keyParts = "";
  keyFrom = 0;
  keyStart = { chunk: "", offset: 0, lineBase: 0, columnCarry: 0 };
  key = "";
  // The member value being cut out.
  memberKey = "";
  parts = [];
  partsLength = 0;
  captureFrom = 0;
  depth = 0;
  inString = false;
  /** Next backslash at or after the scan position in the current chunk (-1: not looked up). */
  nextBackslash = -1;
  memberStart = { chunk: "", offset: 0, lineBase: 0, columnCarry: 0 };
  where = () => this.resolve(this.memberStart);
  write(chunk) {
    const n = chunk.length;
    if (n === 0) return;
    this.chunk = chunk;
    this.nextBackslash = -1;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 65279) i = 1;
    }
    if (this.pendingEscape) {
      this.pendingEscape = false;
      i = 1;
    }
    while (i < n) {
      if (this.state === CAPTURE) i = this.scanCapture(chunk, i);
      else if (this.state === IN_KEY) i = this.scanKey(chunk, i);
      else i = this.step(chunk, i);
    }
    if (i > n) this.pendingEscape = true;
    if (this.state === CAPTURE) {
      const part = chunk.slice(this.captureFrom);
      this.parts.push(part);
      this.partsLength += part.length;
      this.captureFrom = 0;
      if (this.partsLength > MAX_MEMBER_CHARS) {
        this.fail(
          this.memberStart,
          `the value of "${this.memberKey}" is larger than ${MAX_MEMBER_CHARS / (1024 * 1024)} MiB of text; the JSON is probably malformed (an unterminated string?)`
        );
      }
    } else if (this.state === IN_KEY) {
      this.keyParts += chunk.slice(this.keyFrom);
      this.keyFrom = 0;
    }
    this.countLines(chunk);
  }
  end() {
    const eof = { chunk: "", offset: 0, lineBase: this.lineBase, columnCarry: this.columnCarry };
    switch (this.state) {
      case DONE:
        return;
      case ROOT:
        this.fail(eof, "the file is empty; expected a JSON object", TRUNCATED_FIX);
        break;
      case IN_KEY:
        this.fail(this.keyStart, "unterminated string", TRUNCATED_FIX);
        break;
      case CAPTURE: {
        const text = this.parts.join("");
        const error = findJsonSyntaxError(text);
        if (error)
          this.failInMember(text, error.offset, `${error.message} (the file ends inside this value)`);
        break;
      }
    }
    this.fail(
      eof,
      `unexpected end of the file: the JSON is truncated (${this.level + 1} object${this.level === 0 ? "" : "s"} still open)`,
      TRUNCATED_FIX
    );
  }
  /** Handles one character (or a run of whitespace) outside member values and keys. */
  step(chunk, i) {
    const c = chunk.charCodeAt(i);
    if (isWhitespace(c)) return i + 1;
    switch (this.state) {
      case ROOT:
        if (c !== OPEN_BRACE) this.failAt(i, `expected a JSON object, found ${describeChar(c)}`);
        this.enterObject(0);
        return i + 1;
      case KEY_OR_END:
        if (c === CLOSE_BRACE) {
          this.closeObject(i);
          return i + 1;
        }
        return this.startKey(chunk, i, c);
      case KEY:
        return this.startKey(chunk, i, c);
      case COLON:
        if (c !== COLON_CHAR)
          this.failAt(i, `expected ':' after the key "${this.key}", found ${describeChar(c)}`);
        this.state = VALUE;
        return i + 1;
      case VALUE:
        return this.startValue(chunk, i, c);
      case AFTER_VALUE:
        if (c === COMMA) {
          this.state = KEY;
          return i + 1;
        }
        if (c === CLOSE_BRACE) {
          this.closeObject(i);
          return i + 1;
        }
        this.failAt(i, `expected ',' or '}' after the value of "${this.key}", found ${describeChar(c)}`);
        break;
      case DONE:
        this.failAt(i, `unexpected ${describeChar(c)} after the end of the JSON document`);
    }
    return i + 1;
  }
  startKey(chunk, i, c) {
    if (c !== QUOTE) {
      const after = this.state === KEY ? "after ','" : "after '{'";
      this.failAt(i, `expected a key in double quotes ${after}, found ${describeChar(c)}`);
    }
    this.keyStart = this.markAt(i);
    this.keyParts = "";
    this.keyFrom = i + 1;
    this.state = IN_KEY;
    return this.scanKey(chunk, i + 1);
  }
  /** Scans a key string up to its closing quote. */
  scanKey(chunk, start) {
    const n = chunk.length;
    let i = start;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (c === BACKSLASH) {
        i += 2;
        continue;
      }
      if (c === QUOTE) {
        const raw = this.keyParts + chunk.slice(this.keyFrom, i);
        this.keyParts = "";
        this.key = this.decodeKey(raw);
        this.state = COLON;
        return i + 1;
      }
      i++;
    }
    return i;
  }
  decodeKey(raw) {
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      const error = findJsonSyntaxError(`"${raw}"`);
      return this.fail(this.keyStart, `invalid key string: ${error?.message ?? "malformed string"}`);
    }
  }
  startValue(chunk, i, c) {
    if (this.level < this.path.length && this.key === this.path[this.level]) {
      if (c !== OPEN_BRACE) {
        this.failAt(
          i,
          `expected an object as the value of "${this.key}" (${this.describeLevel()}), found ${describeChar(c)}`
        );
      }
      this.found[this.level] = true;
      this.enterObject(this.level + 1);
      return i + 1;
    }
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COLON_CHAR) {
      this.failAt(i, `expected a value for the key "${this.key}", found ${describeChar(c)}`);
    }
    this.memberKey = this.key;
    const mark = this.memberStart;
    mark.chunk = chunk;
    mark.offset = i;
    mark.lineBase = this.lineBase;
    mark.columnCarry = this.columnCarry;
    this.captureFrom = i;
    this.depth = 0;
    this.inString = false;
    this.state = CAPTURE;
    return this.scanCapture(chunk, i);
  }
  /**
   * The hot loop: walks a member value tracking only strings and nesting, until a ',' or a
   * closing bracket at depth 0 ends it. `JSON.parse` checks everything else afterwards.
   * Returns where the value ends, the chunk length, or one past it after a chunk-final backslash.
   */
  scanCapture(chunk, start) {
    const n = chunk.length;
    let depth = this.depth;
    let i = this.inString ? this.skipString(chunk, start) : start;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      const kind = c < 128 ? CHAR_KIND[c] : 0;
      if (kind === 0) {
        i++;
        continue;
      }
      if (kind === KIND_QUOTE) i = this.skipString(chunk, i + 1);
      else if (kind === KIND_OPEN) {
        depth++;
        i++;
      } else if (depth === 0) break;
      else {
        if (kind === KIND_CLOSE) depth--;
        i++;
      }
    }
    this.depth = depth;
    if (i < n) this.finishMember(chunk, i);
    return i;
  }
  /**
   * Skips string content from `start` to just past the closing quote. When the chunk ends first,
   * returns the chunk length (or one past it if a backslash ended the chunk) and remembers that a
   * string is open.
   */
  skipString(chunk, start) {
    const n = chunk.length;
    let i = start;
    for (; ; ) {
      let backslash = this.nextBackslash;
      if (backslash < i) {
        backslash = chunk.indexOf("\\", i);
        if (backslash === -1) backslash = n;
        this.nextBackslash = backslash;
      }
      const quote = chunk.indexOf('"', i);
      if (backslash < n && (quote === -1 || backslash < quote)) {
        i = backslash + 2;
        if (i >= n) break;
        continue;
      }
      if (quote === -1) break;
      this.inString = false;
      return quote + 1;
    }
    this.inString = true;
    return Math.max(i, n);
  }
  finishMember(chunk, end) {
    const tail = chunk.slice(this.captureFrom, end);
    let text = tail;
    if (this.parts.length > 0) {
      this.parts.push(tail);
      text = this.parts.join("");
      this.parts.length = 0;
      this.partsLength = 0;
    }
    this.state = AFTER_VALUE;
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const found = findJsonSyntaxError(text);
      if (found?.trailing) {
        const position = advance(this.resolve(this.memberStart), text, found.offset);
        const next = describeChar(text.charCodeAt(found.offset));
        this.throwAt(position, `expected ',' or '}' after the value of "${this.memberKey}", found ${next}`);
      }
      if (found) this.failInMember(text, found.offset, found.message);
      this.fail(this.memberStart, error instanceof Error ? error.message : String(error));
    }
    if (this.level === this.path.length) this.onEntry(this.memberKey, value, this.where);
    else if (this.level === 0) this.onOther?.(this.memberKey, value, this.where);
  }
  enterObject(level) {
    this.level = level;
    this.found[level] = false;
    this.state = KEY_OR_END;
  }
  closeObject(i) {
    const level = this.level;
    if (level < this.path.length && !this.found[level]) {
      this.failAt(i, `${this.describeLevel()} has no "${this.path[level]}" key`);
    }
    if (level === 0) this.state = DONE;
    else {
      this.level = level - 1;
      this.key = this.path[level - 1] ?? "";
      this.state = AFTER_VALUE;
    }
  }
  /** "the root object" or "the object at files.x", for messages. */
  describeLevel() {
    return this.level === 0 ? "the root object" : `the object at "${this.path.slice(0, this.level).join(".")}"`;
  }
  countLines(chunk) {
    let last = -1;
    let count = 0;
    let at = chunk.indexOf("\n");
    while (at !== -1) {
      count++;
      last = at;
      at = chunk.indexOf("\n", at + 1);
    }
    if (count > 0) {
      this.lineBase += count;
      this.columnCarry = chunk.length - last - 1;
    } else {
      this.columnCarry += chunk.length;
    }
  }
  markAt(offset) {
    return { chunk: this.chunk, offset, lineBase: this.lineBase, columnCarry: this.columnCarry };
  }
  resolve(mark) {
    return advance({ line: mark.lineBase + 1, column: mark.columnCarry + 1 }, mark.chunk, mark.offset);
  }
  failAt(offset, message) {
    return this.fail(this.markAt(offset), message);
  }
  failInMember(text, offset, message) {
    const position = advance(this.resolve(this.memberStart), text, offset);
    return this.throwAt(position, `${message} in the value of "${this.memberKey}"`);
  }
  fail(mark, message, fix) {
    return this.throwAt(this.resolve(mark), message, fix);
  }
  throwAt(position, message, fix) {
    throw new InputError(
      `${this.reportName}:${position.line}:${position.column}: malformed JSON: ${message}`,
      { path: this.reportName, line: position.line, column: position.column },
      fix ?? "Regenerate the report with the tool that wrote it; hand-edited or concatenated JSON often breaks this."
    );
  }
};
function advance(start, text, offset) {
  let line = start.line;
  let lastNewline = -1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    lastNewline = at;
    at = text.indexOf("\n", at + 1);
  }
  if (lastNewline === -1) return { line, column: start.column + offset };
  return { line, column: offset - lastNewline };
}
function describeChar(c) {
  if (c === NEWLINE) return "a line break";
  if (c < 32 || c === 127) return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
  return `'${String.fromCharCode(c)}'`;
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
var SIMPLE_ESCAPES = '"\\/bfnrt';
function findJsonSyntaxError(text) {
  const stack = [];
  let i = skipWhitespace(text, 0);
  for (; ; ) {
    const start = readValueStart(text, i, stack);
    if ("message" in start) return start;
    i = start.offset;
    if (!start.complete) continue;
    const next = readAfterValue(text, i, stack);
    if (typeof next !== "number") return next;
    if (next === -1) return void 0;
    i = next;
  }
}
function readValueStart(text, start, stack) {
  if (start >= text.length) return { offset: start, message: "unexpected end of the text, expected a value" };
  const c = text.charCodeAt(start);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    const end = scanScalar(text, start);
    return typeof end === "number" ? { offset: end, complete: true } : end;
  }
  const isObject = c === OPEN_BRACE;
  const i = skipWhitespace(text, start + 1);
  if (text.charCodeAt(i) === (isObject ? CLOSE_BRACE : CLOSE_BRACKET))
    return { offset: i + 1, complete: true };
  stack.push(isObject);
  if (!isObject) return { offset: i, complete: false };
  const next = readKey(text, i);
  return typeof next === "number" ? { offset: next, complete: false } : next;
}
function readAfterValue(text, start, stack) {
  const n = text.length;
  let i = start;
  for (; ; ) {
    i = skipWhitespace(text, i);
    if (stack.length === 0) {
      return i >= n ? -1 : {
        offset: i,
        message: `unexpected ${describeChar(text.charCodeAt(i))} after the value`,
        trailing: true
      };
    }
    const inObject = stack[stack.length - 1] === true;
    const closer = inObject ? "}" : "]";
    if (i >= n) return { offset: n, message: `unexpected end of the text, expected ',' or '${closer}'` };
    const c = text.charCodeAt(i);
    if (c === closer.charCodeAt(0)) {
      stack.pop();
      i++;
      continue;
    }
    if (c !== COMMA) return { offset: i, message: `expected ',' or '${closer}', found ${describeChar(c)}` };
    i = skipWhitespace(text, i + 1);
    return inObject ? readKey(text, i) : i;
  }
}
function readKey(text, start) {
  if (start >= text.length) return { offset: start, message: "unexpected end of the text, expected a key" };
  if (text.charCodeAt(start) !== QUOTE) {
    return {
      offset: start,
      message: `expected a key in double quotes, found ${describeChar(text.charCodeAt(start))}`
    };
  }
  const end = scanString(text, start);
  if (typeof end !== "number") return end;
  const colon = skipWhitespace(text, end);
  if (text.charCodeAt(colon) !== COLON_CHAR) {
    return colon >= text.length ? { offset: colon, message: "unexpected end of the text, expected ':'" } : { offset: colon, message: `expected ':' after a key, found ${describeChar(text.charCodeAt(colon))}` };
  }
  return skipWhitespace(text, colon + 1);
}
function scanScalar(text, i) {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return scanString(text, i);
  for (const literal of ["true", "false", "null"]) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) {
    const end = NUMBER.lastIndex;
    const next = text.charCodeAt(end);
    if (end < text.length && (next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122)) {
      return { offset: end, message: `invalid number` };
    }
    return end;
  }
  return { offset: i, message: `expected a value, found ${describeChar(c)}` };
}
function scanString(text, start) {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c < 32) return { offset: i, message: `${describeChar(c)} inside a string` };
    if (c === BACKSLASH) {
      const next = text.charAt(i + 1);
      if (next === "u") {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, message: "invalid \\u escape in a string" };
        i += 6;
        continue;
      }
      if (next === "" || !SIMPLE_ESCAPES.includes(next)) {
        return next === "" ? { offset: start, message: "unterminated string" } : { offset: i, message: `invalid escape \\${next} in a string` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: "unterminated string" };
}
function skipWhitespace(text, start) {
  let i = start;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

// src/gates/coverage/readers/coverage-py-json.ts
var readCoveragePyJson = async (chunks, sink, reportName) => {
  await streamJsonEntries(
    chunks,
    ["files"],
    (key, value, where) => {
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `coverage.py file entry "${key}" ${message}`);
      };
      if (!isRecord(value)) return fail("is not an object");
      const { executed_lines: executed, missing_lines: missing } = value;
      if (!Array.isArray(executed) || !Array.isArray(missing)) {
        return fail('has no "executed_lines" and "missing_lines" arrays');
      }
      const excluded = new Set(
        Array.isArray(value.excluded_lines) ? value.excluded_lines : []
      );
      const lines = /* @__PURE__ */ new Map();
      for (const line of missing) addLineHits(lines, lineNumber(line, "missing_lines", fail), 0);
      for (const line of executed) {
        if (!excluded.has(line)) addLineHits(lines, lineNumber(line, "executed_lines", fail), 1);
      }
      const summary2 = fileSummary(value.summary);
      const executedArcs = value.executed_branches;
      const missingArcs = value.missing_branches;
      if (executedArcs === void 0 && missingArcs === void 0) {
        sink.file({ path: key, lines, ...summary2 ? { summary: { lines: summary2.lines } } : {} });
        return;
      }
      const byLine = /* @__PURE__ */ new Map();
      addArcs(byLine, executedArcs, "executed_branches", true, fail);
      addArcs(byLine, missingArcs, "missing_branches", false, fail);
      sink.file({ path: key, lines, branches: [...byLine.values()], ...summary2 ? { summary: summary2 } : {} });
    },
    reportName,
    (key, value, where) => {
      checkMeta(key, value, where, reportName);
    }
  );
};
function checkMeta(key, value, where, reportName) {
  if (key === "meta" && !isRecord(value)) {
    throw jsonShapeError(reportName, where(), 'coverage.py "meta" is not an object');
  }
}
function addArcs(byLine, arcs, field, executed, fail) {
  if (arcs === void 0) return;
  if (!Array.isArray(arcs)) fail(`has a "${field}" that is not an array`);
  for (const arc of arcs) {
    if (!Array.isArray(arc) || arc.length !== 2 || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1])) {
      fail(`has a "${field}" item that is not a [from, to] pair of line numbers: ${JSON.stringify(arc)}`);
    }
    const from = arc[0];
    let branch = byLine.get(from);
    if (!branch) {
      branch = { line: from, covered: 0, total: 0 };
      byLine.set(from, branch);
    }
    branch.total++;
    if (executed) branch.covered++;
  }
}
function fileSummary(summary2) {
  if (!isRecord(summary2)) return void 0;
  const count = (covered, total) => Number.isInteger(covered) && Number.isInteger(total) && covered <= total ? { covered, total } : void 0;
  const lines = count(summary2.covered_lines, summary2.num_statements);
  if (!lines) return void 0;
  const branches = count(summary2.covered_branches, summary2.num_branches);
  return branches ? { lines, branches } : { lines };
}
function lineNumber(value, field, fail) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    return fail(`has "${field}" item ${JSON.stringify(value)}, not a line number`);
  }
  return value;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/gates/coverage/readers/go-coverprofile.ts
var FIX = "Regenerate the profile with `go test -coverprofile=<file>`; a truncated file usually means the job was cancelled while writing it.";
var MODE = /^mode:\s*(\S+)$/;
var MODES = /* @__PURE__ */ new Set(["set", "count", "atomic"]);
var BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
var MAX_BLOCK_LINES = 1e6;
var readGoCoverprofile = async (chunks, sink, reportName) => {
  let mode;
  let modeLine = 0;
  const files = /* @__PURE__ */ new Map();
  const fail = (line, message) => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX);
  };
  await forEachLine(chunks, (raw, lineNumber2) => {
    const text = raw.trim();
    if (text === "") return;
    if (text.startsWith("mode:")) {
      const declared = MODE.exec(text)?.[1];
      if (declared === void 0 || !MODES.has(declared)) {
        fail(lineNumber2, `unknown coverage mode "${clip(text)}"; expected mode: set, count or atomic`);
      }
      if (mode === void 0) {
        mode = declared;
        modeLine = lineNumber2;
      } else if (declared !== mode) {
        fail(lineNumber2, `"mode: ${declared}" conflicts with "mode: ${mode}" at line ${modeLine}`);
      }
      return;
    }
    if (mode === void 0) {
      fail(lineNumber2, `expected "mode: set|count|atomic" as the first line, found "${clip(text)}"`);
    }
    addBlock(files, text, lineNumber2, fail);
  });
  if (mode === void 0) {
    throw new InputError(
      `${reportName}: empty Go coverage profile (no "mode:" line)`,
      { path: reportName },
      "Check that `go test -coverprofile` ran and wrote this file."
    );
  }
  for (const [path, lines] of files) sink.file({ path, lines });
};
function addBlock(files, text, lineNumber2, fail) {
  const match = BLOCK.exec(text);
  if (!match) {
    fail(
      lineNumber2,
      `malformed block "${clip(text)}"; expected <file>:<line>.<col>,<line>.<col> <statements> <count>`
    );
    return;
  }
  const [, file = "", startText, , endText, , statementsText, countText] = match;
  const start = Number(startText);
  const end = Number(endText);
  if (start < 1 || end < start) fail(lineNumber2, `block "${clip(text)}" has an invalid line range`);
  if (end - start >= MAX_BLOCK_LINES)
    fail(lineNumber2, `block "${clip(text)}" spans ${end - start + 1} lines`);
  let lines = files.get(file);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    files.set(file, lines);
  }
  if (Number(statementsText) === 0) return;
  const count = Number(countText);
  for (let line = start; line <= end; line++) addLineHits(lines, line, count);
}
function clip(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/gates/coverage/readers/istanbul.ts
var readIstanbulFinal = async (chunks, sink, reportName) => {
  await streamJsonEntries(
    chunks,
    [],
    (key, value, where) => {
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul file entry "${key}" ${message}`);
      };
      let data = value;
      if (isRecord2(data) && data.statementMap === void 0 && isRecord2(data.data)) data = data.data;
      if (!isRecord2(data)) return fail("is not an object");
      const { statementMap, s } = data;
      if (!isRecord2(statementMap) || !isRecord2(s)) return fail('has no "statementMap" and "s" objects');
      const lines = /* @__PURE__ */ new Map();
      for (const [id, count] of Object.entries(s)) {
        const statement = statementMap[id];
        if (statement === void 0) continue;
        const line = startLine(statement);
        if (line === void 0) fail(`has statement ${id} without a start line`);
        addLineHits(lines, line, hitCount(count, `s["${id}"]`, fail));
      }
      const path = typeof data.path === "string" && data.path !== "" ? data.path : key;
      const { branchMap, b } = data;
      if (!isRecord2(branchMap) || !isRecord2(b)) {
        sink.file({ path, lines });
        return;
      }
      sink.file({ path, lines, branches: branchesByLine(branchMap, b, fail) });
    },
    reportName
  );
};
function branchesByLine(branchMap, b, fail) {
  const byLine = /* @__PURE__ */ new Map();
  for (const [id, counts] of Object.entries(b)) {
    const meta = branchMap[id];
    if (!isRecord2(meta)) continue;
    const line = branchLine(meta);
    if (line === void 0) fail(`has branch ${id} without a line`);
    if (!Array.isArray(counts)) fail(`has b["${id}"] that is not an array of counts`);
    let entry = byLine.get(line);
    if (!entry) {
      entry = { line, covered: 0, total: 0 };
      byLine.set(line, entry);
    }
    for (const count of counts) {
      entry.total++;
      if (hitCount(count, `b["${id}"]`, fail) > 0) entry.covered++;
    }
  }
  return [...byLine.values()];
}
function branchLine(meta) {
  if (typeof meta.line === "number" && meta.line > 0) return meta.line;
  const fromLoc = startLine(meta.loc);
  if (fromLoc !== void 0) return fromLoc;
  return Array.isArray(meta.locations) ? startLine(meta.locations[0]) : void 0;
}
function startLine(location) {
  if (!isRecord2(location) || !isRecord2(location.start)) return void 0;
  const line = location.start.line;
  return typeof line === "number" && Number.isInteger(line) && line >= 0 ? line : void 0;
}
function hitCount(value, where, fail) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail(`has ${where} = ${JSON.stringify(value)}, not a hit count`);
  }
  return value;
}
var readIstanbulSummary = async (chunks, sink, reportName) => {
  await streamJsonEntries(
    chunks,
    [],
    (key, value, where) => {
      if (key === "total") return;
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul summary entry "${key}" ${message}`);
      };
      if (!isRecord2(value)) return fail("is not an object");
      const lines = summaryCount(value.lines);
      if (!lines) return fail('has no "lines" with numeric "total" and "covered"');
      if (value.branches === void 0) {
        sink.file({ path: key, lines: /* @__PURE__ */ new Map(), summary: { lines } });
        return;
      }
      const branches = summaryCount(value.branches);
      if (!branches) return fail('has "branches" without numeric "total" and "covered"');
      sink.file({ path: key, lines: /* @__PURE__ */ new Map(), summary: { lines, branches } });
    },
    reportName
  );
};
function summaryCount(value) {
  if (!isRecord2(value)) return void 0;
  const { covered, total } = value;
  if (!isCount(covered) || !isCount(total) || covered > total) return void 0;
  return { covered, total };
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/gates/coverage/readers/jacoco.ts
var readJacoco = async (chunks, sink, reportName) => {
  await parseXmlStream(
    chunks,
    (currentLine) => new JacocoHandlers(sink, reportName, currentLine),
    reportName
  );
};
var JacocoHandlers = class {
  constructor(sink, reportName, currentLine) {
    this.sink = sink;
    this.reportName = reportName;
    this.currentLine = currentLine;
  }
  sink;
  reportName;
  currentLine;
  rootSeen = false;
  packageName = "";
  current;
  branches = [];
  open(tag) {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (tag.name !== "report") {
        throw new InputError(`${this.reportName}: root element is <${tag.name}>, not JaCoCo's <report>`, {
          path: this.reportName,
          line: this.currentLine()
        });
      }
    } else if (tag.name === "package") {
      this.packageName = tag.attributes.name ?? "";
    } else if (tag.name === "sourcefile") {
      const name = tag.attributes.name ?? "";
      this.current = {
        path: this.packageName === "" ? name : `${this.packageName}/${name}`,
        lines: /* @__PURE__ */ new Map()
      };
      this.branches = [];
    } else if (tag.name === "line" && this.current) {
      this.readLine(tag, this.current);
    }
  }
  close(name) {
    if (name === "sourcefile" && this.current) {
      if (this.branches.length > 0) this.current.branches = this.branches;
      this.sink.file(this.current);
      this.current = void 0;
    } else if (name === "package") {
      this.packageName = "";
    }
  }
  readLine(tag, record) {
    const int = (name) => intAttribute(tag, name, this.reportName, this.currentLine);
    const line = int("nr");
    const missedInstructions = int("mi");
    const coveredInstructions = int("ci");
    if (missedInstructions + coveredInstructions > 0) record.lines.set(line, coveredInstructions);
    const missedBranches = tag.attributes.mb === void 0 ? 0 : int("mb");
    const coveredBranches = tag.attributes.cb === void 0 ? 0 : int("cb");
    if (missedBranches + coveredBranches > 0) {
      this.branches.push({ line, covered: coveredBranches, total: missedBranches + coveredBranches });
    }
  }
};

// src/gates/coverage/readers/lcov.ts
var FIX2 = "Regenerate the report with lcov, genhtml-compatible tooling or your test runner; a truncated file usually means the job was cancelled while writing it.";
var UNSIGNED = /^\d+$/;
var SIGNED = /^-?\d+$/;
var IGNORED_IN_RECORD = /* @__PURE__ */ new Map([
  ["FNF", UNSIGNED],
  ["FNH", UNSIGNED],
  ["FNL", /^\d+,\d+/],
  ["FNA", /^\d+,-?\d+,/],
  ["LF", UNSIGNED],
  ["LH", UNSIGNED],
  ["BRF", UNSIGNED],
  ["BRH", UNSIGNED],
  ["MCDC", /^\d+,/],
  ["MCF", UNSIGNED],
  ["MCH", UNSIGNED]
]);
var readLcov = async (chunks, sink, reportName) => {
  let current;
  let records = 0;
  const fail = (line, message) => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX2);
  };
  const open2 = (type, lineNumber2, text) => {
    if (!current) return fail(lineNumber2, `${type} record outside an SF record ("${clip2(text)}")`);
    return current;
  };
  await forEachLine(chunks, (raw, lineNumber2) => {
    const text = raw.trim();
    if (text === "" || text.charCodeAt(0) === 35) return;
    const colon = text.indexOf(":");
    const type = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? "" : text.slice(colon + 1);
    switch (type) {
      case "TN":
      case "VER":
        return;
      case "SF":
        if (current) {
          fail(
            lineNumber2,
            `SF:${clip2(value)} starts a record before the record of ${current.path} (SF at line ${current.line}) ended with end_of_record`
          );
        }
        current = openRecord(value, lineNumber2, fail);
        return;
      case "DA":
        readDa(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "BRDA":
        readBrda(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "FN":
        readFn(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "FNDA":
        readFnda(open2(type, lineNumber2, text), value, lineNumber2, fail);
        return;
      case "end_of_record":
        if (colon !== -1) break;
        sink.file(closeRecord(open2(type, lineNumber2, text)));
        records++;
        current = void 0;
        return;
      default: {
        const shape = IGNORED_IN_RECORD.get(type);
        if (!shape) break;
        open2(type, lineNumber2, text);
        if (!shape.test(value)) fail(lineNumber2, `malformed ${type} record "${clip2(text)}"`);
        return;
      }
    }
    fail(lineNumber2, `unknown LCOV record "${clip2(text)}"`);
  });
  if (current) {
    fail(
      current.line,
      `the record of ${current.path} has no end_of_record: the file ends inside it (truncated report?)`
    );
  }
  if (records === 0) {
    throw new InputError(
      `${reportName}: no coverage records (no SF:\u2026end_of_record block) in this LCOV file`,
      { path: reportName },
      "Check that the tests ran with coverage enabled and that this is the LCOV file they wrote."
    );
  }
};
function openRecord(path, line, fail) {
  if (path === "") fail(line, "SF record without a file path");
  return { path, line, lines: /* @__PURE__ */ new Map() };
}
function closeRecord(record) {
  const { path, lines, branches } = record;
  const out = branches ? { path, lines, branches: [...branches.values()] } : { path, lines };
  if (record.functions) {
    for (const [name, line] of record.functions) {
      if (lines.has(line)) continue;
      out.functionLines ??= /* @__PURE__ */ new Map();
      addLineHits(out.functionLines, line, record.functionHits?.get(name) ?? 0);
    }
  }
  return out;
}
function readFn(record, value, lineNumber2, fail) {
  const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
  if (!match) fail(lineNumber2, `malformed FN record "FN:${clip2(value)}"; expected FN:<line>,<name>`);
  const [, start, , name] = match;
  record.functions ??= /* @__PURE__ */ new Map();
  if (!record.functions.has(name)) record.functions.set(name, Number(start));
}
function readFnda(record, value, lineNumber2, fail) {
  const match = /^(-?\d+),(.+)$/.exec(value);
  if (!match) fail(lineNumber2, `malformed FNDA record "FNDA:${clip2(value)}"; expected FNDA:<hits>,<name>`);
  const [, hits, name] = match;
  record.functionHits ??= /* @__PURE__ */ new Map();
  record.functionHits.set(
    name,
    (record.functionHits.get(name) ?? 0) + Math.max(0, Number(hits))
  );
}
function readDa(record, value, lineNumber2, fail) {
  const first = value.indexOf(",");
  const second = first === -1 ? -1 : value.indexOf(",", first + 1);
  const lineText = first === -1 ? value : value.slice(0, first);
  const hitsText = first === -1 ? "" : value.slice(first + 1, second === -1 ? void 0 : second);
  if (first === -1 || !UNSIGNED.test(lineText) || !SIGNED.test(hitsText) || second !== -1 && value.indexOf(",", second + 1) !== -1) {
    fail(lineNumber2, `malformed DA record "DA:${clip2(value)}"; expected DA:<line>,<hits>[,<checksum>]`);
  }
  addLineHits(record.lines, Number(lineText), Math.max(0, Number(hitsText)));
}
function readBrda(record, value, lineNumber2, fail) {
  const first = value.indexOf(",");
  const last = value.lastIndexOf(",");
  const lineText = value.slice(0, first);
  const taken = value.slice(last + 1);
  const fields = first === -1 ? 1 : value.split(",", 4).length;
  if (fields < 4 || !UNSIGNED.test(lineText) || taken !== "-" && !SIGNED.test(taken)) {
    fail(
      lineNumber2,
      `malformed BRDA record "BRDA:${clip2(value)}"; expected BRDA:<line>,<block>,<branch>,<taken or ->`
    );
  }
  const line = Number(lineText);
  record.branches ??= /* @__PURE__ */ new Map();
  let branch = record.branches.get(line);
  if (!branch) {
    branch = { line, covered: 0, total: 0 };
    record.branches.set(line, branch);
  }
  branch.total++;
  if (taken !== "-" && Number(taken) > 0) branch.covered++;
}
function clip2(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/gates/coverage/read-reports.ts
var READERS = {
  cobertura: readCobertura,
  jacoco: readJacoco,
  lcov: readLcov,
  "coverage-py-json": readCoveragePyJson,
  "istanbul-final": readIstanbulFinal,
  "istanbul-summary": readIstanbulSummary,
  "go-coverprofile": readGoCoverprofile
};
async function expandReports(patterns, cwd) {
  if (patterns.length === 0) {
    throw new InputError(
      "no coverage reports given",
      void 0,
      "Pass --report <file or glob> (the `reports` input), or set coverage.reports in the config."
    );
  }
  const files = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      let matches;
      try {
        matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
      } catch (error) {
        throw new InputError(`invalid report glob ${JSON.stringify(pattern)}: ${String(error)}`);
      }
      if (matches.length === 0) {
        throw new InputError(
          `no file matches the report glob ${JSON.stringify(pattern)} (relative to ${cwd})`,
          void 0,
          "Check that the test step wrote its report there before this step ran."
        );
      }
      files.push(...matches.sort());
    } else {
      const path = resolve4(cwd, pattern);
      const info = await stat2(path).catch(() => void 0);
      if (!info?.isFile()) {
        throw new InputError(
          `coverage report ${pattern} ${info ? "is not a file" : "does not exist"} (relative to ${cwd})`,
          { path: pattern },
          "Check the path, and that the test step wrote the report before this step ran."
        );
      }
      files.push(path);
    }
  }
  return [...new Set(files)];
}
async function readReport(file, cwd, store) {
  const rel = relative3(cwd, file);
  const display = rel === "" || rel.startsWith("..") || isAbsolute3(rel) ? file : rel;
  const format = await detectFormat(file, display);
  let files = 0;
  await READERS[format](
    readTextChunks(file),
    store.sinkFor(format, () => files++),
    display
  );
  if (files === 0) {
    throw new InputError(
      `${display}: the ${format} report lists no source files`,
      { path: display },
      "Check the coverage tool's source/include settings: it measured nothing."
    );
  }
  return { path: display, format, files };
}

// src/gates/coverage/line-set.ts
var LineSet = class {
  words = new Uint32Array(4);
  /** Adds a line number (≥ 1). */
  add(line) {
    const word = line >>> 5;
    if (word >= this.words.length) {
      let size = this.words.length * 2;
      while (size <= word) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[word] = this.words[word] | 1 << (line & 31);
  }
  has(line) {
    const word = line >>> 5;
    return word < this.words.length && (this.words[word] & 1 << (line & 31)) !== 0;
  }
  /** Number of lines in the set. */
  get size() {
    let count = 0;
    for (const w of this.words) count += popcount(w);
    return count;
  }
  /** Lines in ascending order. */
  *[Symbol.iterator]() {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const bit = 31 - Math.clz32(w & -w);
        yield i * 32 + bit;
        w &= w - 1;
      }
    }
  }
};
function popcount(value) {
  let v = value - (value >>> 1 & 1431655765);
  v = (v & 858993459) + (v >>> 2 & 858993459);
  return (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
}

// src/gates/coverage/store.ts
var CoverageStore = class {
  constructor(mapper) {
    this.mapper = mapper;
  }
  mapper;
  files = /* @__PURE__ */ new Map();
  /** A sink for one report; `onFile` lets the caller count records per report. */
  sinkFor(format, onFile) {
    let roots = [];
    return {
      sourceRoots: (r) => {
        roots = r;
      },
      file: (record) => {
        this.add(record, roots, format);
        onFile?.();
      }
    };
  }
  add(record, roots, format) {
    const mapped = this.mapper.map(record.path, roots);
    let file = this.files.get(mapped.path);
    if (!file) {
      file = {
        path: mapped.path,
        measured: new LineSet(),
        covered: new LineSet(),
        reportPath: record.path,
        matched: mapped.matched,
        tried: mapped.tried,
        formats: /* @__PURE__ */ new Set(),
        records: 0
      };
      this.files.set(mapped.path, file);
    }
    file.formats.add(format);
    file.records++;
    for (const [line, hits] of record.lines) {
      file.measured.add(line);
      if (hits > 0) file.covered.add(line);
    }
    if (record.functionLines) {
      file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
      for (const [line, hits] of record.functionLines) {
        file.functionLines.measured.add(line);
        if (hits > 0) file.functionLines.covered.add(line);
      }
    }
    if (record.branches) {
      file.branches ??= /* @__PURE__ */ new Map();
      for (const b of record.branches) {
        const seen = file.branches.get(b.line);
        if (!seen) file.branches.set(b.line, { covered: b.covered, total: b.total });
        else {
          seen.covered = Math.max(seen.covered, b.covered);
          seen.total = Math.max(seen.total, b.total);
        }
      }
    }
    if (record.summary) file.summary = mergeSummary(file.summary, record.summary);
  }
};
function fileLineCount(file) {
  const total = file.measured.size;
  if (file.summary && (total === 0 || file.records === 1)) return file.summary.lines;
  return { covered: file.covered.size, total };
}
function fileBranchCount(file) {
  if (file.summary?.branches && (file.records === 1 || file.measured.size === 0))
    return file.summary.branches;
  if (file.branches) {
    let covered = 0;
    let total = 0;
    for (const b of file.branches.values()) {
      covered += Math.min(b.covered, b.total);
      total += b.total;
    }
    return { covered, total };
  }
  return void 0;
}
function mergeSummary(a, b) {
  if (!a) return b;
  return a.lines.covered >= b.lines.covered ? a : b;
}

// src/gates/coverage/collect.ts
async function collectCoverage(settings) {
  const cwd = settings.cwd;
  const gitRoot = await gitTopLevel(settings.root ? resolve5(cwd, settings.root) : cwd);
  const root = settings.root ? resolve5(cwd, settings.root) : gitRoot ?? cwd;
  const excluded = settings.exclude.length > 0 ? (0, import_picomatch2.default)(settings.exclude, { dot: true }) : () => false;
  const changed = (await readChangedLines(settings, root))?.filter((c) => !excluded(c.path));
  const known = new Set(gitRoot ? await trackedUnder(gitRoot, root) : []);
  for (const c of changed ?? []) known.add(c.path);
  const store = new CoverageStore(new PathMapper(root, known, settings.pathMap));
  const reports = [];
  const errors = [];
  for (const file of await expandReports(settings.reports, cwd)) {
    try {
      reports.push(await readReport(file, cwd, store));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(inputErrorFinding(error));
    }
  }
  for (const path of store.files.keys()) if (excluded(path)) store.files.delete(path);
  return { root, store, reports, ...changed ? { changed } : {}, errors, excluded };
}
async function readChangedLines(settings, root) {
  if (settings.diffFile) {
    let text;
    try {
      text = await readFile2(resolve5(settings.cwd, settings.diffFile), "utf8");
    } catch {
      throw new InputError(`diff file ${settings.diffFile} cannot be read`, { path: settings.diffFile });
    }
    return changedLines(text, settings.diffFile);
  }
  if (settings.base)
    return changedLines(await diffSinceMergeBase(root, settings.base), `git diff ${settings.base}...HEAD`);
  return void 0;
}
async function trackedUnder(gitRoot, root) {
  const all = await trackedFiles(root);
  const prefix = root === gitRoot ? "" : `${root.slice(gitRoot.length + 1).replace(/\\/g, "/")}/`;
  return prefix === "" ? all : all.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

// src/gates/coverage/describe.ts
function patchMetrics(patch) {
  return {
    ...ratio(patch.covered, patch.total),
    files: patch.files.map((f) => ({ path: f.path, ...ratio(f.covered, f.total), missing: f.missing })),
    absent: patch.absent.map((c) => c.path)
  };
}
function title(status, lines, branches, patch) {
  const parts = [`${formatPercent(lines.percent)} of lines`];
  if (branches) parts.push(`${formatPercent(branches.percent)} of branches`);
  if (patch)
    parts.push(
      patch.total > 0 ? `${formatPercent(ratio(patch.covered, patch.total).percent)} of changed lines` : "no measured changed lines"
    );
  const verdict = status === "fail" ? "Coverage below threshold" : "Coverage";
  return `${verdict}: ${parts.join(", ")}`;
}
function summary(lines, branches, patch, failures, fileCount, reportCount) {
  const s = [
    `${lines.covered} of ${lines.total} lines covered (${formatPercent(lines.percent)}) in ${fileCount} file(s) from ${reportCount} report(s).`
  ];
  if (branches)
    s.push(`${branches.covered} of ${branches.total} branches covered (${formatPercent(branches.percent)}).`);
  if (patch) {
    s.push(
      patch.total > 0 ? `${patch.covered} of ${patch.total} changed lines covered (${formatPercent(ratio(patch.covered, patch.total).percent)}) in ${patch.files.length} file(s).` : "No changed line is measured by the reports."
    );
  }
  s.push(failures === 0 ? "All thresholds met." : `${failures} threshold(s) not met.`);
  return s.join(" ");
}
function errorResult(findings, reports = [], partial = {}) {
  return errorGateResult("coverage", "Coverage could not be judged", findings, { reports, ...partial });
}

// src/gates/coverage/patch.ts
function patchCoverage(store, changed) {
  const files = [];
  const absent = [];
  let covered = 0;
  let total = 0;
  for (const change of changed) {
    const file = store.files.get(change.path);
    if (!file || file.measured.size === 0) {
      absent.push(change);
      continue;
    }
    const figures = patchOfFile(file, change.addedLines);
    covered += figures.covered;
    total += figures.total;
    files.push(figures);
  }
  return { covered, total, files, absent };
}
function patchOfFile(file, addedLines) {
  const missing = [];
  const ranges = [];
  let open2;
  let previous = Number.NaN;
  let total = 0;
  for (const line of addedLines) {
    if (open2 && line !== previous + 1) open2 = void 0;
    previous = line;
    const fromFunction = !file.measured.has(line) && file.functionLines?.measured.has(line) === true;
    if (!file.measured.has(line) && !fromFunction) continue;
    total++;
    if (fromFunction ? file.functionLines?.covered.has(line) : file.covered.has(line)) {
      open2 = void 0;
      continue;
    }
    missing.push(line);
    if (open2) open2[1] = line;
    else {
      open2 = [line, line];
      ranges.push(open2);
    }
  }
  return { path: file.path, covered: total - missing.length, total, missing, ranges };
}

// src/gates/coverage/thresholds.ts
function checkMinimum(id, label, actual, minimum) {
  if (minimum === void 0 || actual.total === 0) return void 0;
  return { id, label, actual, minimum, passed: meets(actual.covered, actual.total, minimum) };
}
function failureFinding(check, fix, path) {
  const { covered, total, percent } = check.actual;
  return {
    severity: "error",
    rule: `coverage/${check.id.split(":")[0]}-threshold`,
    message: `${check.label} is ${formatPercent(percent)} (${covered}/${total}), below the minimum of ${check.minimum}%`,
    ...path ? { path } : {},
    fix
  };
}
function checkPathRule(rule, files, matches, minChangedLines) {
  const name = rule.name ?? (typeof rule.glob === "string" ? rule.glob : rule.glob.join(", "));
  let lc = 0;
  let lt = 0;
  let bc = 0;
  let bt = 0;
  let pc = 0;
  let pt = 0;
  let count = 0;
  for (const f of files) {
    if (!matches(f.path)) continue;
    count++;
    lc += f.lines.covered;
    lt += f.lines.total;
    bc += f.branches?.covered ?? 0;
    bt += f.branches?.total ?? 0;
    pc += f.patch?.covered ?? 0;
    pt += f.patch?.total ?? 0;
  }
  const lines = ratio(lc, lt);
  const branches = ratio(bc, bt);
  const patch = ratio(pc, pt);
  const checks = [
    checkMinimum(`path:${name}:lines`, `Line coverage of ${name}`, lines, rule.lines),
    checkMinimum(`path:${name}:branches`, `Branch coverage of ${name}`, branches, rule.branches),
    pt >= Math.max(1, minChangedLines) ? checkMinimum(`path:${name}:patch`, `Patch coverage of ${name}`, patch, rule.patch) : void 0
  ].filter((c) => c !== void 0);
  return { name, files: count, lines, branches, patch, checks };
}
function configuredThresholds(t) {
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== void 0));
}

// src/gates/coverage/evaluate.ts
async function evaluateCoverage(settings) {
  try {
    const collected = await collectCoverage(settings);
    if (collected.errors.length > 0) return errorResult(collected.errors, collected.reports);
    return await judge(settings, collected);
  } catch (error) {
    if (error instanceof UserError) return errorResult([inputErrorFinding(error)]);
    throw error;
  }
}
async function judge(settings, collected) {
  const { store, reports, changed } = collected;
  const files = [...store.files.values()];
  const totals = computeTotals(files);
  const findings = [];
  const checks = totalChecks(settings, totals, findings);
  let patch;
  if (changed) {
    patch = patchCoverage(store, changed);
    const mapping = checkMapping(patch, changed, files);
    if (mapping) return errorResult([mapping], reports, { ...totals });
    findings.push(...absentFileFindings(patch, files));
    checks.push(...patchChecks(settings, patch, findings));
  }
  const figures = fileFigures(files, patch);
  for (const f of patch ? figures.filter((x) => x.patch) : []) {
    push(
      checks,
      checkMinimum(`file:${f.path}`, `Line coverage of ${f.path}`, f.lines, settings.thresholds.file)
    );
  }
  const pathResults = settings.paths.map(
    (rule) => checkPathRule(rule, figures, (0, import_picomatch3.default)(rule.glob, { dot: true }), settings.minChangedLines)
  );
  for (const r of pathResults) checks.push(...r.checks);
  const baseline = await baselineDeltas(settings, totals, findings);
  const failed = checks.filter((c) => !c.passed);
  for (const c of failed) {
    findings.push(failureFinding(c, fixFor(c.id), c.id.startsWith("file:") ? c.id.slice(5) : void 0));
  }
  for (const d of baseline ?? []) if (!d.passed) findings.push(dropFinding(d));
  const patchFailed = failed.some((c) => c.id === "patch" || c.id.endsWith(":patch"));
  const failedFiles = new Set(failed.filter((c) => c.id.startsWith("file:")).map((c) => c.id.slice(5)));
  findings.push(...uncoveredRangeFindings(patch, patchFailed, failedFiles));
  const status = statusOf(failed.length > 0 || baseline?.some((d) => !d.passed) === true, findings);
  const t = settings.thresholds;
  return {
    schemaVersion: 1,
    gate: "coverage",
    status,
    title: title(status, totals.lines, totals.branches, patch),
    summary: summary(totals.lines, totals.branches, patch, failed.length, files.length, reports.length),
    metrics: {
      lines: totals.lines,
      ...totals.branches ? { branches: totals.branches, overall: totals.overall } : {},
      ...patch ? { patch: patchMetrics(patch) } : {},
      files: files.length,
      reports,
      thresholds: {
        ...configuredThresholds(t),
        ...t.patch !== void 0 ? { minChangedLines: settings.minChangedLines } : {}
      },
      checks: checks.map((c) => ({
        id: c.id,
        label: c.label,
        percent: c.actual.percent,
        minimum: c.minimum,
        passed: c.passed
      })),
      ...pathResults.length > 0 ? { paths: pathResults.map((r) => ({ name: r.name, files: r.files, lines: r.lines, branches: r.branches, patch: r.patch })) } : {},
      ...baseline ? { baseline } : {},
      rounding: ROUNDING_NOTE
    },
    findings
  };
}
function computeTotals(files) {
  const lines = sumRatio(files.map(fileLineCount));
  const branchCounts = files.map(fileBranchCount);
  if (!branchCounts.some((b) => b !== void 0)) return { lines };
  const branches = sumRatio(branchCounts.map((b) => b ?? { covered: 0, total: 0 }));
  const overall = ratio(lines.covered + branches.covered, lines.total + branches.total);
  return { lines, branches, overall };
}
function totalChecks(settings, totals, findings) {
  const t = settings.thresholds;
  const checks = [];
  push(checks, checkMinimum("lines", "Line coverage", totals.lines, t.lines));
  if (totals.branches) push(checks, checkMinimum("branches", "Branch coverage", totals.branches, t.branches));
  const overallLabel = totals.overall ? "Line and branch coverage" : "Line coverage (no branch data)";
  push(checks, checkMinimum("overall", overallLabel, totals.overall ?? totals.lines, t.overall));
  if (!totals.branches && t.branches !== void 0) {
    findings.push({
      severity: "warning",
      rule: "coverage/no-branch-data",
      message: `A branch threshold (${t.branches}%) is set but no report has branch data.`,
      fix: "Enable branch coverage (pytest --cov-branch, coverage run --branch) or remove thresholds.branches."
    });
  }
  return checks;
}
function patchChecks(settings, patch, findings) {
  const minimum = settings.thresholds.patch;
  if (patch.total >= Math.max(1, settings.minChangedLines)) {
    const check = checkMinimum("patch", "Patch coverage", ratio(patch.covered, patch.total), minimum);
    return check ? [check] : [];
  }
  if (minimum !== void 0 && patch.total > 0) {
    findings.push({
      severity: "notice",
      rule: "coverage/patch-too-small",
      message: `Only ${patch.total} measured line(s) changed, fewer than min-changed-lines (${settings.minChangedLines}); the patch threshold was not applied.`
    });
  }
  return [];
}
async function baselineDeltas(settings, totals, findings) {
  if (!settings.baseline) return void 0;
  const loaded = await readBaseline(settings.baseline.file, settings.cwd, settings.baseline.required);
  if (loaded.notice) findings.push(loaded.notice);
  if (!loaded.metrics) return void 0;
  return compareBaseline(
    { lines: totals.lines, branches: totals.branches },
    loaded.metrics,
    settings.baseline.maxDrop
  );
}
function statusOf(failed, findings) {
  if (failed) return "fail";
  return findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}
function fileFigures(files, patch) {
  const patchByPath = new Map(patch?.files.map((f) => [f.path, f]));
  return files.map((f) => {
    const l = fileLineCount(f);
    const b = fileBranchCount(f);
    const p = patchByPath.get(f.path);
    return {
      path: f.path,
      lines: ratio(l.covered, l.total),
      ...b ? { branches: ratio(b.covered, b.total) } : {},
      ...p ? { patch: ratio(p.covered, p.total) } : {}
    };
  });
}
function sumRatio(counts) {
  let covered = 0;
  let total = 0;
  for (const c of counts) {
    covered += c.covered;
    total += c.total;
  }
  return ratio(covered, total);
}
function push(list, item) {
  if (item !== void 0) list.push(item);
}

// src/entries/coverage.ts
var COVERAGE_OPTIONS = [
  { name: "report", kind: "list", env: "MLQG_REPORTS", description: "Coverage report file or glob" },
  { name: "base", kind: "string", description: "Git ref; patch coverage = diff of merge-base...HEAD" },
  {
    name: "diff-file",
    kind: "string",
    description: "Unified diff to take changed lines from instead of git"
  },
  {
    name: "root",
    kind: "string",
    description: "Repository root report paths map onto (default: git top level)"
  },
  { name: "min-lines", kind: "number", description: "Minimum total line coverage, percent" },
  { name: "min-branches", kind: "number", description: "Minimum total branch coverage, percent" },
  {
    name: "min-overall",
    kind: "number",
    description: "Minimum lines+branches coverage (coverage.py's TOTAL), percent"
  },
  { name: "min-patch", kind: "number", description: "Minimum coverage of changed lines, percent" },
  { name: "min-file", kind: "number", description: "Minimum line coverage of each changed file, percent" },
  {
    name: "min-changed-lines",
    kind: "number",
    description: "Apply the patch minimum only from this many measured changed lines"
  },
  { name: "exclude", kind: "list", description: "Glob of repository paths to leave out" },
  { name: "path-map", kind: "list", description: "FROM=TO prefix rewrite for report paths" },
  { name: "baseline", kind: "string", description: "Earlier coverage result JSON to compare with" },
  { name: "max-drop", kind: "number", description: "Largest allowed drop vs the baseline, in points" }
];
var COVERAGE_GATE = {
  name: "coverage",
  summary: "Line, branch and patch coverage from Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul and Go reports",
  options: COVERAGE_OPTIONS,
  configured: (config) => config.coverage !== void 0,
  disabled: (config) => config.coverage?.enabled === false ? "coverage.enabled is false in the config" : void 0,
  evaluate: (config, options, ctx) => evaluateCoverage(coverageSettings(config.coverage ?? {}, options, ctx.cwd, pullRequestBase(ctx.env)))
};
function pullRequestBase(env) {
  const baseRef = env.GITHUB_BASE_REF;
  return env.GITHUB_ACTIONS === "true" && baseRef ? `origin/${baseRef}` : void 0;
}

export {
  COVERAGE_OPTIONS,
  COVERAGE_GATE
};
/*! For license information please see chunk-RSEGQLEZ.js.LEGAL.txt */

#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _quick_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1860);
// The CLI entry (bundled by ncc into dist/cli/index.js): run `main` with the process's values.
// Only the exit code is set; the process ends by itself once output is flushed.
// `--version` and `--help` are answered here, before the commands are imported: loading the
// engine, the config loader and Octokit takes longer than starting node itself.

const argv = process.argv.slice(2);
const answer = (0,_quick_js__WEBPACK_IMPORTED_MODULE_0__/* .quickAnswer */ .C)(argv);
if (answer !== undefined) {
    process.stdout.write(answer);
}
else {
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(480), __nccwpck_require__.e(506)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5506));
    process.exitCode = await main(argv, {
        stdout: process.stdout,
        stderr: process.stderr,
        cwd: process.cwd(),
        env: process.env
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ quickAnswer)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/help.ts
// The --help text: every command and flag, with the defaults and exit codes.
const HELP = `Usage: multiplier <command> [options]

Reports how much of a team's recent work multiplies the team (documentation, automation,
shared patterns) against direct feature output.

Commands:
  report                 Report on one repository (the default command)
  pr                     Print the comment the action would post on a pull request of
                         the current branch (from the clone, no token)
  aggregate FILE...      Roll JSON reports of many repositories up into one org report
  repos OWNER            List an organisation's or user's repositories as a JSON array
                         (for a workflow matrix)
  help                   Show this help

Report options:
  --repo PATH            Git working tree to read (default: the current directory)
  --github OWNER/REPO    Read merged pull requests from the GitHub API instead of git
                         (token from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL and
                         GITHUB_GRAPHQL_URL for GitHub Enterprise Server)
  --source SOURCE        auto, git or github (default: github with --github, else git);
                         auto reads the clone when its history covers the window and
                         its trend, and the API for --github otherwise
  --since WHEN           Start of the window: 30d, 12w, 6m, 1y, YYYY-MM-DD or an ISO time
                         (default: the config's since, else 30d)
  --until WHEN           End of the window, exclusive: YYYY-MM-DD means the end of that day
                         (UTC), or an ISO time (default: now)
  --config FILE          Config file (default: .github/multiplier.yml in the repository,
                         if it exists)
  --format FORMAT        text (the default on a terminal), markdown (the default when
                         piped or with --output), json, badge (shields.io endpoint JSON)
                         or html (one self-contained page)
  --no-color             No colour in text (also NO_COLOR=1; never coloured when piped)
  --output FILE          Write the report to FILE instead of standard output
  --api-budget N         With --github: stop after N API requests and report what was
                         covered (default: no limit)
  --request-timeout S    Seconds to wait for each answer from GitHub; a request with no
                         answer is retried 3 times, then the run fails (default: 30)
  --history N            Windows in the history and its chart, the report's last; 0 for
                         none (default: the config's history, else 6)
  --teams                Add the scores per CODEOWNERS team (@org/team); never per person
  --unit pull-request|commit
                         How git history is counted: one change per merged pull request or
                         direct push (default), or every commit

Pr options:
  --repo PATH            Git working tree to read (default: the current directory)
  --base REF             What the pull request merges into (default: origin/HEAD, else
                         main, else master)
  --title TEXT           The pull request's title (default: the one commit's subject, else
                         the branch name)
  --label NAME           A label of the pull request (repeatable): category labels and
                         multiplier:skip act as they do on GitHub
  --config FILE          Config file (default: .github/multiplier.yml, if it exists)
  --since WHEN           The window whose docs-debt hotspots are compared (default: the
                         config's since, else 30d)
  --always               Print the comment even where the action stays quiet
                         (only-when-changed: false)
  --comment-on-bots      Print it for a bot's branch too (comment-on-bots: true)

Aggregate options:
  --format FORMAT        markdown (default), json or html (the org dashboard page)
  --report-link TEMPLATE Each repository links to its report at TEMPLATE (markdown and html),
                         {repository} (owner/name), {owner} and {name} replaced, e.g.
                         {repository}.html for reports published beside the page
  --output FILE          Write the org report to FILE instead of standard output
  --expect FILE          JSON array of the repositories that should have a report (the
                         repos command's output); those without one are listed as missing

Repos options (token from GITHUB_TOKEN or GH_TOKEN):
  --include-archived     Keep archived repositories (left out by default)
  --include-forks        Keep forks (left out by default)
  --name GLOB            Keep names matching GLOB (repeatable; !GLOB leaves out)
  --topic TOPIC          Keep repositories with this topic (repeatable: any of them)
  --chunk-size N         Print an array of chunks of N repositories (0: the fewest per
                         chunk that keep within GitHub's 256 matrix jobs)
  --output FILE          Write the list to FILE instead of standard output
  --request-timeout S    Seconds to wait for each answer from GitHub, as for report
                         (default: 30)

General:
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 done (an empty window is not an error), 1 the run failed,
2 the command line is wrong (unknown flag, bad date).
`;

;// CONCATENATED MODULE: ./src/cli/quick.ts
// The answers the CLI gives without running a command: the version and the help text. Kept
// apart from the commands so the entry can answer them before loading the engine, the config
// loader and Octokit (most of the bundle's start-up time).


const VERSION = package_namespaceObject.rE;
/**
 * What to print when the command line asks for the version or the help (in that order, as
 * anywhere on the line), else undefined: a command has to run.
 */
function quickAnswer(argv) {
    if (argv.includes('--version') || argv.includes('-v'))
        return `${VERSION}\n`;
    if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
        return HELP;
    return undefined;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

#!/usr/bin/env node
import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import{GATES}from"./chunks/chunk-B5O5QGU5.js";import{annotationCommand,debugLog,neutralizeCommands}from"./chunks/chunk-W5YACMGH.js";import{nearestOption}from"./chunks/chunk-J5OKDG75.js";import"./chunks/chunk-WLR37ANA.js";import"./chunks/chunk-ACRHUC22.js";import"./chunks/chunk-SK2HGE6R.js";import"./chunks/chunk-AHY3XWCN.js";import{UserError,errorMessage,formatLocation}from"./chunks/chunk-V6DQHPSQ.js";import"./chunks/chunk-HOQOPNNC.js";var COMMANDS={run:{summary:"Run every gate configured in .github/ml-quality-gates.yml and print the combined verdict",load:async()=>(await import("./chunks/run-all-XKZ4AZLW.js")).runAll},report:{summary:"Combine gate results into one verdict: sticky PR comment, check run, job summary, exit code",load:async()=>(await import("./chunks/report-command-57ATD3LO.js")).runReport},...Object.fromEntries(GATES.map(gate=>[gate.id,{summary:gate.summary,load:async()=>{let{runGateCommand}=await import("./chunks/gate-command-CAQ7WCH7.js");return(args,ctx)=>runGateCommand(gate,args,ctx)}}])),init:{summary:"Write a starter .github/ml-quality-gates.yml and workflow from what the repository holds",load:async()=>(await import("./chunks/init-command-H5EHRDBU.js")).runInit}},USAGE=`Usage: ml-quality-gates <gate> [options]

Gates:
${Object.entries(COMMANDS).map(([name,c])=>`  ${name.padEnd(18)}${c.summary}`).join(`
`)}

Run "ml-quality-gates <gate> --help" for a gate's options.
Exit codes: 0 pass or warn, 1 fail, 2 error (bad input or usage).
`;async function main(argv,ctx){let[command,...rest]=argv;if(command===void 0||command==="--help"||command==="-h"||command==="help")return ctx.stdout(USAGE),command===void 0?2:0;if(command==="--version"||command==="-v")return ctx.stdout(`${version()}
`),0;let entry=COMMANDS[command];if(!entry){let nearest=nearestOption(command,Object.keys(COMMANDS));return ctx.stderr(`ml-quality-gates: unknown gate "${command}"${nearest?` (did you mean "${nearest}"?)`:""}; available: ${Object.keys(COMMANDS).join(", ")}
`),2}let stderr=text=>{ctx.stderr(ctx.env.GITHUB_ACTIONS==="true"?neutralizeCommands(text):text)};try{return await(await entry.load())(rest,ctx)}catch(error){if(error instanceof UserError){let where=error.location&&!error.message.startsWith(error.location.path)?`${formatLocation(error.location)}: `:"";return stderr(`ml-quality-gates ${command}: ${where}${error.message}
${error.fix?`Fix: ${error.fix}
`:""}`),ctx.env.GITHUB_ACTIONS==="true"&&ctx.stdout(`${annotationCommand("error",error.message,{title:`ml-quality-gates ${command}`})}
`),2}return stderr(`ml-quality-gates ${command}: internal error (please report it, with the stack from a run with MLQG_DEBUG=1 or RUNNER_DEBUG=1): ${errorMessage(error).split(`
`)[0]??""}
`),debugLog(ctx,error instanceof Error?error.stack??error.message:String(error)),2}}function version(){return"0.1.0"}process.exitCode=await main(process.argv.slice(2),{cwd:process.cwd(),env:process.env,stdout:text=>process.stdout.write(text),stderr:text=>process.stderr.write(text)});

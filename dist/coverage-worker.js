import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  runTask,
  serialise
} from "./chunks/chunk-KWS6QSFF.js";
import "./chunks/chunk-37ENVNE3.js";
import "./chunks/chunk-6FUKT7O5.js";
import "./chunks/chunk-JB365UXO.js";
import "./chunks/chunk-UETBL5CI.js";

// src/gates/coverage/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port) {
  port.on("message", (task) => {
    void runTask(task).then((result) => {
      const { message, transfer } = serialise(result);
      port.postMessage(message, transfer);
    });
  });
}

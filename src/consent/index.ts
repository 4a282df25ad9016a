// The consent gate: hold detection, storage and the prompt until the reader consents.
export { consent } from './explicit';
export { createConsentGate, whenGranted, type ConsentGate, type ConsentOptions } from './gate';
export { tcfDecision, type TcData } from './tcf';

// Google's ad hosts, written once: the ad-stack, stand-in and network probes all name them.
export const ADSENSE_HOST = 'pagead2.googlesyndication.com';
export const GPT_HOST = 'securepubads.g.doubleclick.net';
/** The Google Publisher Tag library, on {@link GPT_HOST}. */
export const GPT = GPT_HOST + '/tag/js/gpt.js';

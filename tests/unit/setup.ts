// The unit tier's warnings are worded as a page's are once the diagnostics file has arrived: at
// once (the entries fetch the file when there is something to say: see src/api/init.ts and the
// tests of init() and of the script tag, which register their own).
import { wordWith } from '../../src/contain/index';
import { explain } from '../../src/diagnostics/index';

wordWith((code, details) => explain(code, details));

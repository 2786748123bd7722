// expect: syntax
import fs from 'fs';
return fs;

// expect: script
const sab = new SharedArrayBuffer(4);
Atomics.wait(new Int32Array(sab), 0, 0);
return 1;

// expect: time
while (true) {
  try { for (;;) {} } finally { continue; }
}

// The local suite's outgoing mail: a minimal SMTP server on 127.0.0.1 that accepts every message and writes it to a
// directory (one .eml file each, named by time and recipient) instead of delivering it. ./suite points user-service
// at it so that a person trying the suite can open the verification and password reset links (and the browser tests
// read them from there). Plain SMTP without TLS or authentication: it listens on loopback only.
// usage: node mail-sink.mjs <port> <directory>
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';

const [port, dir] = [Number(process.argv[2]), process.argv[3]];
if (!port || !dir) { console.error('usage: node mail-sink.mjs <port> <directory>'); process.exit(2); }
fs.mkdirSync(dir, { recursive: true });

const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  let buffer = '';
  let data = null; // lines of the message while in DATA
  let recipients = [];
  const reply = (line) => socket.write(line + '\r\n');
  reply('220 jobmatch-mail-sink ESMTP');
  socket.on('data', (chunk) => {
    buffer += chunk;
    let eol;
    while ((eol = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, eol);
      buffer = buffer.slice(eol + 2);
      if (data) {
        if (line === '.') {
          const to = (recipients[0] || 'unknown').replace(/[^A-Za-z0-9@._+-]/g, '_');
          const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.hrtime.bigint()}-${to}.eml`;
          fs.writeFileSync(path.join(dir, name), data.join('\r\n') + '\r\n');
          console.log(`mail to ${recipients.join(', ')} stored as ${name}`);
          data = null; recipients = [];
          reply('250 stored');
        } else {
          data.push(line.startsWith('..') ? line.slice(1) : line);
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') { reply('250-jobmatch-mail-sink'); reply('250-8BITMIME'); reply('250 SIZE 10485760'); }
      else if (verb === 'HELO') reply('250 jobmatch-mail-sink');
      else if (verb === 'MAIL') { recipients = []; reply('250 ok'); }
      else if (verb === 'RCPT') { recipients.push((line.match(/<([^>]*)>/) || [])[1] || ''); reply('250 ok'); }
      else if (verb === 'DATA') { data = []; reply('354 end with <CRLF>.<CRLF>'); }
      else if (verb === 'RSET') { recipients = []; reply('250 ok'); }
      else if (verb === 'NOOP') reply('250 ok');
      else if (verb === 'QUIT') { reply('221 bye'); socket.end(); }
      else reply('502 not implemented');
    }
  });
  socket.on('error', () => socket.destroy());
});
server.listen(port, '127.0.0.1', () => console.log(`mail sink on 127.0.0.1:${port}, writing to ${dir}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

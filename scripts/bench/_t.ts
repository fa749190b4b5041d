import { parseHTML } from 'linkedom';
const { document } = parseHTML('<html><body><div id="a"><p>x</p></div></body></html>');
const c = document.cloneNode(true) as Document;
console.log('orig', document.getElementById('a')!.isConnected, 'clone', c.getElementById('a')!.isConnected, c.body.contains(c.getElementById('a')));

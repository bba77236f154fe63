import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";

/**
 * A TCP proxy in front of a database server that a test can cut off, as if the server had stopped,
 * and restore. While cut, it drops every connection it had, and every new one as soon as the
 * client has said its first words (a PostgreSQL client's startup message, which names the
 * application), so that the test can count who tried to connect meanwhile.
 */
export class TcpProxy {
  private readonly open = new Set<Socket>();
  private cut = false;
  /** The first message of every connection refused while cut. */
  readonly refused: string[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | null = null;
    const server = createServer((socket) => proxy?.accept(socket, target));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
    const address = server.address();
    proxy = new TcpProxy(server, typeof address === "object" && address ? address.port : 0);
    return proxy;
  }

  /** The URL with its host and port replaced by the proxy's. */
  url(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = "127.0.0.1";
    url.port = String(this.port);
    return url.toString();
  }

  /** How many connections were refused while cut whose first message holds `text`. */
  refusedFrom(text: string): number {
    return this.refused.filter((first) => first.includes(text)).length;
  }

  cutOff(): void {
    this.cut = true;
    for (const socket of this.open) socket.destroy();
    this.open.clear();
  }

  restore(): void {
    this.cut = false;
  }

  async close(): Promise<void> {
    this.cutOff();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    client.on("error", () => {});
    if (this.cut) {
      client.once("data", (chunk: Buffer) => {
        this.refused.push(chunk.toString("latin1"));
        client.destroy();
      });
      return;
    }
    const upstream = tcpConnect(target.port, target.host);
    upstream.on("error", () => client.destroy());
    client.on("close", () => {
      upstream.destroy();
      this.open.delete(client);
      this.open.delete(upstream);
    });
    upstream.on("close", () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    this.open.add(client);
    this.open.add(upstream);
  }
}

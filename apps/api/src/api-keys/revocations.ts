import type { Listener } from "@kraftsamling/db";
import { forgetApiKeys, hearApiKeyRevocations } from "./bearer";

/** The channel on which the database announces the id of every key revoked or removed. */
export const apiKeyRevocationsChannel = "api_key_revocations";

/**
 * Listens for the keys revoked or removed on the database, by whichever instance: each is
 * forgotten here at once, so that its next request on this instance is refused. While the listening
 * connection is lost, keys are looked up again every few seconds instead of believed for minutes.
 */
export class ApiKeyRevocations {
  private stopListening: (() => Promise<void>) | null = null;

  /** `revoked` is told each key's id too, to close the sockets that sent it. */
  constructor(
    private readonly listener: Listener,
    private readonly revoked: (id: string) => void = () => {},
  ) {}

  async start(): Promise<void> {
    this.stopListening = await this.listener.listen(apiKeyRevocationsChannel, (id) => {
      forgetApiKeys([id]);
      this.revoked(id);
    });
    hearApiKeyRevocations(true);
  }

  /** The listening connection was lost: revocations may be missed from now on. */
  lost(): void {
    hearApiKeyRevocations(false);
  }

  /** Listening again: what was looked up meanwhile is forgotten, and believed longer again. */
  restored(): void {
    hearApiKeyRevocations(true);
  }

  async stop(): Promise<void> {
    hearApiKeyRevocations(false);
    await this.stopListening?.();
    this.stopListening = null;
  }
}

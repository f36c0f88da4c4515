// What a README's task guide shows, picked from the IR by what operations and channels do (bytes to a file, an
// event stream, a file upload, a realtime context, streamed audio), so any API with such endpoints gets the guide.
import type { ApiModel, Channel, ChannelCommand, Operation, Schema } from '../../ir/types.js';
import { ExampleBuilder } from './examples.js';

export interface ContextGuide {
  channel: Channel;
  /** The command that sends a piece of input and more will follow (`push`), and the one that ends it (`end`). */
  push: ChannelCommand;
  end: ChannelCommand;
  /** The push command's argument: its schema, and an example value. */
  textSchema: Schema | undefined;
  text: unknown;
}

export class Guide {
  private readonly examples: ExampleBuilder;

  constructor(private readonly model: ApiModel) {
    this.examples = new ExampleBuilder(model);
  }

  /** The first operation that sends a body and answers with bytes (generated media): "save it to a file". */
  download(): Operation | undefined {
    return this.model.operations.find((op) => op.response.kind === 'binary' && op.requestBody?.required && !hasFile(op));
  }

  /** The first operation that answers with server-sent events. */
  events(): Operation | undefined {
    return this.model.operations.find((op) => op.response.kind === 'event-stream');
  }

  /** The first upload answered with JSON, preferring one beside a channel that streams audio (its batch form). */
  upload(): Operation | undefined {
    const uploads = this.model.operations.filter((op) => hasFile(op) && op.response.kind === 'json');
    const audioPaths = this.model.channels.filter((c) => c.audio).map((c) => c.resourcePath.join('.'));
    return uploads.find((op) => audioPaths.includes(op.resourcePath.join('.'))) ?? uploads[0];
  }

  /** A channel that streams audio up (without contexts), the one beside the upload first. */
  audioChannel(): Channel | undefined {
    const channels = this.model.channels.filter((c) => c.audio && !c.context);
    const upload = this.upload()?.resourcePath.join('.');
    return channels.find((c) => c.resourcePath.join('.') === upload) ?? channels[0];
  }

  /** The command that ends an audio channel's input: the last one it lists that needs nothing from the caller. */
  audioEnd(channel: Channel): ChannelCommand | undefined {
    const needsNothing = (c: ChannelCommand): boolean =>
      !c.argument && (this.examples.resolve(c.schema)?.required ?? []).every((field) => field in c.set);
    return channel.send.filter(needsNothing).at(-1);
  }

  /** The first multiplexed channel whose contexts take input in pieces (a push command and an ending one). */
  context(): ContextGuide | undefined {
    for (const channel of this.model.channels) {
      if (!channel.context) continue;
      // The argument is required on `push`; on the command that closes the input it may be left out.
      const push = channel.send.find((c) => c.argument && !c.endsContext && c.argumentDefault === undefined);
      const end = channel.send.find((c) => c !== push && c.argument === push?.argument && c.argumentDefault !== undefined);
      if (!push || !end) continue;
      const property = this.examples.resolve(push.schema)?.properties?.[push.argument!];
      return { channel, push, end, textSchema: property, text: this.examples.value(property, push.argument) };
    }
    return undefined;
  }
}

/** A file name for what an operation returns, its extension from the response's media type (`output.wav`). */
export function guideFileName(op: Operation): string {
  const subtype = /^[a-z]+\/(?:x-)?([a-z0-9.+-]+)/i.exec(op.response.contentType ?? '')?.[1]?.toLowerCase();
  const extension = subtype === 'mpeg' ? 'mp3' : !subtype || subtype === 'octet-stream' ? 'bin' : subtype.split('+')[0];
  return `output.${extension}`;
}

function hasFile(op: Operation): boolean {
  return op.requestBody?.fields.some((f) => f.isFile) ?? false;
}

/**
 * The handler registry: one plain function per contract channel. Inputs
 * arrive already parsed; outputs are checked against the contract by the
 * dispatcher before they leave the main process.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract';
import { KravstudioError } from '../shared/errors';
import { validateExternalUrl } from '../shared/external-url';
import type { HandlerContext } from './context';

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

export type HandlerRegistry = { [C in ChannelName]: Handler<C> };

export const handlers: HandlerRegistry = {
  'app:getInfo': async (ctx) => ctx.appInfo(),
  'app:getLicences': async (ctx) => ctx.licences(),
  'settings:get': async (ctx) => ctx.settings.get(),
  'settings:update': async (ctx, patch) => ctx.settings.update(patch),
  'shell:openExternal': async (ctx, { url }) => {
    const safe = validateExternalUrl(url);
    if (safe === null) {
      throw new KravstudioError({
        code: 'NOT_ALLOWED',
        message: 'Only secure web addresses (https) can be opened.',
      });
    }
    await ctx.openExternal(safe);
  },
  'clipboard:writeText': async (ctx, { text }) => {
    ctx.clipboard.writeText(text);
  },
};

"""Information any member can ask for: the guidelines and the commands they may use."""

from __future__ import annotations

from bot.cog import Cog, Context, command
from bot.plugins import CogManifest


class Info(Cog):
    name = "info"
    order = 0

    @command("guidelines")
    async def guidelines(self, ctx: Context) -> None:
        text = ctx.i18n.guidelines(ctx.locale).strip()
        if not text:
            await ctx.reply("guidelines-missing")
            return
        header = ctx.t("guidelines-header", community=ctx.rules.community.name)
        await ctx.reply_text(f"{header}\n\n{text}", ephemeral=True)

    @command("help")
    async def help(self, ctx: Context) -> None:
        level = ctx.community.level_of(ctx.event.user)
        lines = [ctx.t("help-header")]
        for spec in ctx.available_commands():
            if ctx.community.level_for(spec) <= level:
                lines.append(f"/{spec.name} — {ctx.t(spec.description_id)}")
        await ctx.reply_text("\n".join(lines), ephemeral=True)


manifest = CogManifest(cog=Info, summary="/guidelines and /help for every member.")

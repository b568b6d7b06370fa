using Revista.Web.Commands;

return await RevistaCommandLine.InvokeAsync(args, Console.Out, Console.Error);

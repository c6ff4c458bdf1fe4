using Jixiao.Cli;

return await JixiaoCli.RunAsync(args, Console.Out, Console.Error);

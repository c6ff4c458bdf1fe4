using System.Text;
using Jixiao.Cli;

// Chinese output must survive consoles whose default code page is not UTF-8 (Windows); set before Console.Out is used.
Console.OutputEncoding = Encoding.UTF8;
return await JixiaoCli.RunAsync(args, Console.Out, Console.Error);

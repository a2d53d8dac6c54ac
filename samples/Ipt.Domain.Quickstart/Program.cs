System.Console.WriteLine("Quickstart placeholder");

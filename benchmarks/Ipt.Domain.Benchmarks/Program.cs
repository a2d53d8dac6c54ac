System.Console.WriteLine("Benchmarks placeholder");

" ftdetect/regl.vim — .regl files are Regl regulations (reglc).
autocmd BufNewFile,BufRead *.regl setfiletype regl

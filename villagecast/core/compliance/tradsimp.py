"""Traditional → simplified characters that matter for the scanner.

A compact table, not a general converter: every traditional form of a character used in the
shipped terms and their context words, plus the common words of anchor scripts around them.
Only one-to-one mappings whose traditional form is not itself in simplified use are listed
(著 and 乾, which simplified Chinese also uses, are left alone).
``tests/core/test_compliance_normalise.py`` checks that every term written in traditional
characters normalises to the same text as its simplified form.
"""

from __future__ import annotations

# Pairs "traditional simplified", grouped loosely by theme; spaces separate pairs.
_PAIRS = """
優优 佳佳 鮮鲜 營营 養养 級级 檔档 國国 網网 銷销 軍军 獨独 無无 與与 倫伦 頂顶 極极 終终 絕绝 對对
萬万 僅仅 領领 遙遥 發发 髮发 創创 巔巅 藝艺 療疗 癒愈 藥药 壓压 腫肿 殺杀 潤润 熱热 祕秘 軟软 護护
腎肾 壯壮 陽阳 預预 適适 傳传 價价 醫医 薦荐 腸肠 強强 脑脑 腦脑 記记 憶忆 減减 顏颜 壽寿 氣气 勞劳
調调 體体 鈣钙 纖纤 維维 鈉钠 鹽盐 劑剂 純纯 態态 農农 殘残 轉转 雞鸡 機机 綠绿 標标 誌志 產产 硒硒
專专 禮礼 會会 縣县 長长 書书 隊队 馳驰 檢检 視视 認认 證证 權权 號号 獎奖 貧贫 險险 變变 質质 見见
壞坏 賠赔 歷历 劃划 線线 場场 廠厂 虧亏 賣卖 錢钱 樓楼 費费 購购 單单 買买 來来 後后 幾几 庫库 馬马
漲涨 隨随 時时 搶抢 沒没 錯错 過过 計计 瘋疯 評评 別别 漿浆 聰聪 兒儿 嬰婴 輔辅 讓让 媽妈 備备 掃扫
碼码 進进 賬账 帳帐 財财 運运 開开 說说 話话 這这 個个 們们 為为 點点 東东 麼么 樣样 嗎吗 聽听 還还
貨货 從从 頭头 裡里 裏里 於于 衛卫 週周 隻只 當当 實实 際际 據据 驗验 測测 報报 總总 數数 萬万 億亿
錄录 寶宝 貝贝 斤斤 遠远 鄉乡 鎮镇 縣县 區区 廣广 東东 雲云 門门 問问 間间 關关 閉闭 聞闻 間间
紅红 紹绍 經经 給给 結结 絡络 統统 續续 緊紧 練练 組组 細细 織织 約约 級级 紀纪 純纯 紙纸 總总 緣缘
讀读 讚赞 談谈 謝谢 請请 該该 詳详 試试 語语 誤误 論论 設设 許许 訂订 議议 識识 譜谱 護护 譽誉
車车 輕轻 較较 輪轮 載载 轉转 輸输 辦办 邊边 達达 遞递 遷迁 選选 遺遗 鄰邻 鐘钟 鍋锅 錦锦 鋪铺
飯饭 飲饮 餅饼 餘余 館馆 饞馋 魚鱼 鳥鸟 雞鸡 鴨鸭 鵝鹅 麥麦 黃黄 齊齐 齒齿 龍龙 龜龟
簡简 節节 範范 築筑 糧粮 糰团 團团 圓圆 圖图 園园 圍围 塊块 壇坛 墊垫 奮奋 奪夺 婦妇 孫孙 學学
實实 寧宁 審审 寫写 將将 專专 尋寻 導导 屆届 屬属 嶺岭 幣币 幫帮 廳厅 彈弹 彎弯 後后 徑径 復复
戰战 戲戏 戶户 擇择 擔担 據据 擁拥 擊击 擋挡 擠挤 攤摊 敗败 敵敌 數数 斷断 舊旧 暫暂 曆历 曬晒
條条 棗枣 棧栈 楊杨 榮荣 樂乐 樹树 橋桥 機机 歡欢 歲岁 殼壳 氣气 漢汉 湯汤 溫温 滅灭 滿满 漁渔
灣湾 為为 烏乌 煉炼 煙烟 燈灯 燒烧 爛烂 爭争 狀状 狹狭 獲获 環环 現现 瑪玛 甕瓮 畝亩 畫画 異异
當当 療疗 發发 盜盗 盡尽 監监 盤盘 眾众 睏困 礙碍 礦矿 確确 祿禄 禍祸 種种 稱称 穩稳 窮穷 競竞
筆笔 類类 糞粪 絲丝 罰罚 罷罢 羅罗 義义 習习 聯联 聲声 肅肃 脅胁 脈脉 脫脱 膽胆 臉脸 臘腊 艱艰
莊庄 華华 萬万 葉叶 蔥葱 蘋苹 蘿萝 蟲虫 蠶蚕 補补 製制 複复 規规 親亲 覺觉 觀观 觸触 訊讯 託托
詢询 豐丰 豬猪 貓猫 負负 貢贡 責责 貴贵 貼贴 賀贺 資资 賓宾 賞赏 賴赖 贈赠 趕赶 趨趋 跡迹 踐践
蹤踪 躍跃 軌轨 農农 迴回 遊游 運运 違违 醬酱 釀酿 釋释 針针 鈕钮 銀银 鋼钢 鏡镜 長长 閃闪 閱阅
陣阵 陰阴 陳陈 陸陆 隱隐 雙双 雜杂 難难 雲云 電电 靜静 韓韩 響响 頁页 頂顶 項项 順顺 須须 預预
頓顿 頻频 題题 額额 顧顾 顯显 風风 飛飞 飽饱 駕驾 驅驱 驚惊 鬆松 鬥斗 鬧闹 鮑鲍 鴿鸽 麗丽 黨党
嚐尝 嘗尝 噸吨 嚴严 囑嘱 蟹蟹 鯉鲤 鯽鲫 蝦虾 蠔蚝 麵面 滷卤 醃腌 濃浓 淨净 濕湿 灑洒 澀涩 鹼碱
參参 參参 蔘参 薑姜 蒜蒜 荔荔 蓮莲 筍笋 黴霉 菇菇 檸柠 檬檬 橙橙 莓莓 蘭兰 蕭萧 藍蓝 薺荠
癌癌 瘤瘤 痰痰 尿尿 疫疫 瘦瘦 糖糖 脂脂 蛋蛋 鈣钙 鐵铁 鋅锌 鉀钾 鎂镁 碘碘 銅铜 氟氟 錳锰 膽胆
齡龄 蒼苍 腦脑 髒脏 臟脏 勁劲 勵励 勝胜 勢势 匯汇 協协 卻却 厲厉 厭厌 叢丛 吳吴 員员 唄呗 喚唤
喪丧 嗚呜 嘆叹 嘩哗 噴喷 嚇吓 囉啰 圈圈 垃垃 執执 堅坚 報报 場场 塗涂 塵尘 墳坟 壓压 壩坝 夠够
夢梦 夾夹 奧奥 妝妆 娛娱 孿孪 寢寝 對对 屜屉 岡冈 峽峡 崗岗 帥帅 師师 帶带 幹干 廟庙 廢废 張张
彙汇 徵征 恆恒 惡恶 惱恼 惲恽 愛爱 愛爱 態态 慣惯 慶庆 憂忧 懂懂 懶懒 懷怀 戀恋 擺摆 攜携 撐撑
"""

_TABLE: dict[str, str] = {}
for _pair in _PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        _TABLE[_pair[0]] = _pair[1]

TRAD_TO_SIMP: dict[int, str] = {ord(t): s for t, s in _TABLE.items()}


def to_simplified(char: str) -> str:
    """The simplified form of one character (the character itself when not in the table)."""
    return _TABLE.get(char, char)

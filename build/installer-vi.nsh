; Vietnamese texts (LANGID 1066) of the messages electron-builder adds to the installer itself
; (app-builder-lib/templates/nsis/messages.yml has Vietnamese only for appCannotBeClosed, and with
; one language it defines nothing for the others). NSIS's own Vietnamese file covers the standard
; pages. test/unit/installer/installer-config.test.ts checks every message id has a line here.
LangString win7Required 1066 "Soạn thảo Kế hoạch cần Windows 7 trở lên."
LangString x64WinRequired 1066 "Soạn thảo Kế hoạch cần Windows 64 bit."
LangString appRunning 1066 "Soạn thảo Kế hoạch đang mở.$\r$\nBấm OK để đóng chương trình.$\r$\nNếu chương trình không đóng, hãy tự đóng rồi cài lại."
LangString installing 1066 "Đang cài đặt, xin chờ…"
LangString areYouSureToUninstall 1066 "Gỡ Soạn thảo Kế hoạch khỏi máy? Các bản thảo đã lưu của bạn không bị xóa."
LangString decompressionFailed 1066 "Không giải nén được tệp cài đặt. Hãy tải lại tệp cài đặt rồi chạy lại."
LangString uninstallFailed 1066 "Không gỡ được bản cũ. Hãy đóng Soạn thảo Kế hoạch rồi thử lại."
LangString appClosing 1066 "Đang đóng Soạn thảo Kế hoạch…"
